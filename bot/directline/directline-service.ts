import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { PostedActivity } from './activity-schema.js';
import { ConversationRegistry, type DirectLineConversation } from './conversation-registry.js';
import type { DirectLineTokens, IssuedToken } from './directline-tokens.js';
import type { RateLimiter } from './rate-limiter.js';

/** Runs one bot turn for an activity and returns the bot's replies. */
export type DeliverToBot = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** Error body shape of Direct Line 3.0 ({ error: { code, message } }) with the HTTP status. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export type Caller = { kind: 'secret' } | { kind: 'token'; conversationId: string; userId: string };

export interface DirectLineServiceOptions {
  secret: string;
  tokens: DirectLineTokens;
  registry: ConversationRegistry;
  deliver: DeliverToBot;
  bot: { id: string; name: string };
  perConversation: RateLimiter;
  maxOpenConversationsPerAddress: number;
  now?: () => Date;
}

export interface ConversationResponse extends IssuedToken {
  conversationId: string;
  streamUrl?: string;
}

/** Direct Line conversation ids are opaque; ours are 22 url-safe characters. */
function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

export class DirectLineService {
  private readonly now: () => Date;
  private readonly secretBuffer: Buffer;

  constructor(private readonly options: DirectLineServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.secretBuffer = Buffer.from(options.secret);
  }

  /** "Authorization: Bearer <secret or token>" → who is calling. */
  authenticate(authorization: string | undefined): Caller {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new DirectLineError(401, 'BadArgument', 'Missing Authorization: Bearer header.');
    const presented = Buffer.from(match[1]);
    if (presented.length === this.secretBuffer.length && timingSafeEqual(presented, this.secretBuffer)) {
      return { kind: 'secret' };
    }
    const claims = this.options.tokens.verify(match[1]);
    if (!claims) throw new DirectLineError(403, 'TokenExpired', 'The token is invalid or has expired.');
    return { kind: 'token', conversationId: claims.conv, userId: claims.user };
  }

  /** Tokens "generate": a token for a new conversation, counted against the caller's address. */
  generateToken(addressKey: string, userId?: string, locale?: string): ConversationResponse {
    const conversation = this.reserve(addressKey, userId ?? newUserId(), locale);
    const issued = this.options.tokens.issue({ conv: conversation.id, user: conversation.userId });
    return { conversationId: conversation.id, ...issued };
  }

  /** Tokens "refresh": a fresh token for the same conversation. */
  refreshToken(caller: Caller): ConversationResponse {
    if (caller.kind !== 'token') throw new DirectLineError(400, 'BadArgument', 'Refresh needs a token, not the secret.');
    const issued = this.options.tokens.issue({ conv: caller.conversationId, user: caller.userId });
    return { conversationId: caller.conversationId, ...issued };
  }

  /** "Start a conversation": with the secret a new one; with a token, the one it is bound to. */
  async startConversation(
    caller: Caller,
    addressKey: string,
    request: { userId?: string; locale?: string },
  ): Promise<{ created: boolean; body: ConversationResponse }> {
    let conversation: DirectLineConversation;
    if (caller.kind === 'secret') {
      conversation = this.reserve(addressKey, request.userId ?? newUserId(), request.locale);
    } else {
      conversation =
        this.options.registry.get(caller.conversationId) ??
        this.options.registry.create(caller.conversationId, caller.userId, addressKey, request.locale);
    }
    if (request.locale && !conversation.locale) conversation.locale = request.locale;
    const created = !conversation.started;
    if (created) {
      conversation.started = true;
      // Like Azure Direct Line, tell the bot who joined so it can greet first.
      await this.runTurn(
        conversation,
        {
          type: 'conversationUpdate',
          membersAdded: [
            { id: this.options.bot.id, name: this.options.bot.name },
            { id: conversation.userId, name: '' },
          ],
          from: { id: conversation.userId, role: 'user' } as Activity['from'],
          locale: conversation.locale,
        },
        false,
      );
    }
    const issued = this.options.tokens.issue({ conv: conversation.id, user: conversation.userId });
    return { created, body: { conversationId: conversation.id, ...issued } };
  }

  /** "Reconnect": same conversation, fresh token. */
  reconnect(caller: Caller, conversationId: string, addressKey = '', watermark = 0): ConversationResponse {
    const conversation = this.conversationFor(caller, conversationId, addressKey, watermark);
    const issued = this.options.tokens.issue({ conv: conversation.id, user: conversation.userId });
    return { conversationId: conversation.id, ...issued };
  }

  async postActivity(caller: Caller, conversationId: string, posted: PostedActivity, addressKey = ''): Promise<{ id: string }> {
    const conversation = this.conversationFor(caller, conversationId, addressKey);
    if (!conversation.started) throw new DirectLineError(404, 'BadArgument', 'Start the conversation first.');
    const wait = this.options.perConversation.take(conversation.id);
    if (wait > 0) throw new DirectLineError(429, 'Throttled', 'Too many messages in this conversation; wait a moment.', wait);
    const activity: Partial<Activity> = {
      type: posted.type,
      text: posted.text,
      textFormat: posted.textFormat,
      locale: posted.locale ?? conversation.locale,
      name: posted.name,
      value: posted.value,
      // The token decides who the sender is, not the body (a token is bound to its user).
      from: { id: conversation.userId, name: posted.from?.name ?? '', role: 'user' } as Activity['from'],
      channelData: posted.channelData?.clientActivityID ? { clientActivityID: posted.channelData.clientActivityID } : undefined,
    };
    if (posted.type === 'typing') return { id: '' };
    return this.runTurn(conversation, activity, true);
  }

  getActivities(caller: Caller, conversationId: string, watermark: number, addressKey = '') {
    const conversation = this.conversationFor(caller, conversationId, addressKey, watermark);
    this.options.registry.touch(conversation);
    return this.options.registry.since(conversation, watermark);
  }

  private reserve(addressKey: string, userId: string, locale: string | undefined): DirectLineConversation {
    if (this.options.registry.openCountFor(addressKey) >= this.options.maxOpenConversationsPerAddress) {
      throw new DirectLineError(429, 'TooManyConversations', 'Too many open conversations from this address.', 60_000);
    }
    return this.options.registry.create(newConversationId(), userId, addressKey, locale);
  }

  private conversationFor(caller: Caller, conversationId: string, addressKey = '', watermark = 0): DirectLineConversation {
    if (caller.kind === 'token' && caller.conversationId !== conversationId) {
      throw new DirectLineError(403, 'BadArgument', 'This token belongs to another conversation.');
    }
    const known = this.options.registry.get(conversationId);
    if (known) return known;
    if (caller.kind === 'token') {
      // A valid token for a conversation this instance does not hold: the server restarted (or
      // another instance started it). The bot's state is in the shared store, so carry on; the
      // transcript restarts after the client's watermark so the client sees only new activities.
      const revived = this.options.registry.create(conversationId, caller.userId, addressKey, undefined, watermark + 1);
      revived.started = true;
      return revived;
    }
    throw new DirectLineError(404, 'BadArgument', 'Conversation not found or expired.');
  }

  /** One turn at a time per conversation: the bot's state is read, changed and written back. */
  private runTurn(conversation: DirectLineConversation, activity: Partial<Activity>, keep: boolean): Promise<{ id: string }> {
    const turn = conversation.queue.then(async () => {
      const timestamp = this.now().toISOString();
      const base: Partial<Activity> = {
        ...activity,
        channelId: 'directline',
        conversation: { id: conversation.id } as Activity['conversation'],
        recipient: { id: this.options.bot.id, name: this.options.bot.name, role: 'bot' } as Activity['recipient'],
        serviceUrl: 'urn:directline:local',
        timestamp: timestamp as unknown as Date,
      };
      const [stored] = keep ? this.options.registry.append(conversation, [base]) : [{ ...base, id: `${conversation.id}|start` }];
      const replies = await this.options.deliver({ ...stored, timestamp: new Date(timestamp) });
      this.options.registry.append(
        conversation,
        replies
          .filter(
            (reply) =>
              reply.type === 'message' || reply.type === 'event' || reply.type === 'typing' || reply.type === 'endOfConversation',
          )
          .map((reply) => ({
            ...reply,
            from: { id: this.options.bot.id, name: this.options.bot.name, role: 'bot' } as Activity['from'],
            recipient: undefined,
            conversation: { id: conversation.id } as Activity['conversation'],
            channelId: 'directline',
            serviceUrl: undefined,
            timestamp: this.now().toISOString() as unknown as Date,
          })),
      );
      return { id: stored?.id ?? '' };
    });
    conversation.queue = turn.catch(() => undefined);
    return turn;
  }
}
