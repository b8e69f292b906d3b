import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import jwt from 'jsonwebtoken';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface ReceivedReply {
  path: string;
  authorization: string | undefined;
  activity: { type?: string; text?: string; replyToId?: string; conversation?: { id: string } };
}

/**
 * A local stand-in for the Bot Connector service, speaking the real protocol: it publishes its
 * signing keys as OpenID metadata (as login.botframework.com does), signs the channel's JWTs
 * with them, and receives the bot's replies on /v3/conversations/{id}/activities/{replyTo}.
 */
export class FakeBotConnector {
  readonly replies: ReceivedReply[] = [];
  readonly kid = randomUUID();
  private readonly privateKey: KeyObject;
  private readonly publicJwk: object;
  private server!: Server;
  url = '';

  constructor(private readonly channelId: string) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = publicKey.export({ format: 'jwk' });
  }

  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const send = (status: number, payload: unknown) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        if (req.method === 'GET' && req.url === '/v1/.well-known/openidconfiguration') {
          return send(200, {
            issuer: CHANNEL_ISSUER,
            jwks_uri: `${this.url}/v1/.well-known/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          });
        }
        if (req.method === 'GET' && req.url === '/v1/.well-known/keys') {
          return send(200, { keys: [{ ...this.publicJwk, kid: this.kid, use: 'sig', endorsements: [this.channelId] }] });
        }
        if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) {
          this.replies.push({ path: req.url, authorization: req.headers.authorization, activity: JSON.parse(body || '{}') });
          return send(200, { id: randomUUID() });
        }
        send(404, { error: 'not found' });
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  /** A channel token as the Bot Connector signs it for our bot (Bot Framework authentication docs). */
  channelToken(
    appId: string,
    overrides: { key?: KeyObject; audience?: string; issuer?: string; serviceUrl?: string } = {},
  ): string {
    return jwt.sign({ serviceurl: overrides.serviceUrl ?? this.url }, overrides.key ?? this.privateKey, {
      algorithm: 'RS256',
      keyid: this.kid,
      issuer: overrides.issuer ?? CHANNEL_ISSUER,
      audience: overrides.audience ?? appId,
      expiresIn: '5m',
    });
  }

  activity(conversationId: string, text: string | undefined, type = 'message') {
    return {
      type,
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: this.url,
      text,
      locale: 'en-GB',
      from: { id: 'user-1', name: 'Ana', role: 'user' },
      recipient: { id: 'bot', name: 'Feedback assistant' },
      conversation: { id: conversationId },
      membersAdded: type === 'conversationUpdate' ? [{ id: 'user-1' }] : undefined,
      timestamp: new Date().toISOString(),
    };
  }

  async waitForReplies(count: number, timeoutMs = 10_000): Promise<ReceivedReply[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.replies.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} replies, got ${this.replies.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.replies;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
