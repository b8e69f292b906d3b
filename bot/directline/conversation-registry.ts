import type { Activity } from 'botbuilder';

/**
 * The Direct Line conversations this instance serves: their activity log (the transcript a
 * client pages through with a watermark) and who opened them. Held in memory: the bot's own
 * state lives in the shared store (bot/storage), so a restart loses only this channel's
 * transcript, not the conversation. Deployments with several instances use Azure Direct Line,
 * which the page can point at instead (bot/page).
 */
export interface DirectLineConversation {
  id: string;
  userId: string;
  /** Hashed client address, for the per-address cap; never the address itself. */
  addressKey: string;
  locale: string | undefined;
  started: boolean;
  lastActiveAt: number;
  /** Activities in order; activity i has watermark firstSeq + i. */
  activities: Partial<Activity>[];
  firstSeq: number;
  /** Turns of one conversation run one after another (bot state is read-modify-write). */
  queue: Promise<unknown>;
}

export interface ConversationRegistryOptions {
  idleMs: number;
  maxActivitiesKept: number;
  now?: () => number;
}

export class ConversationRegistry {
  private readonly conversations = new Map<string, DirectLineConversation>();
  private readonly now: () => number;

  constructor(private readonly options: ConversationRegistryOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Watermarks start from the clock (ms), so they keep increasing across a restart: a client
   * holding a watermark from before it never skips the activities that come after.
   */
  create(id: string, userId: string, addressKey: string, locale: string | undefined, atLeast = 0): DirectLineConversation {
    const firstSeq = Math.max(this.now(), atLeast);
    const conversation: DirectLineConversation = {
      id,
      userId,
      addressKey,
      locale,
      started: false,
      lastActiveAt: this.now(),
      activities: [],
      firstSeq,
      queue: Promise.resolve(),
    };
    this.conversations.set(id, conversation);
    return conversation;
  }

  get(id: string): DirectLineConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.now() - conversation.lastActiveAt > this.options.idleMs) {
      this.conversations.delete(id);
      return undefined;
    }
    return conversation;
  }

  openCountFor(addressKey: string): number {
    this.sweep();
    let count = 0;
    for (const conversation of this.conversations.values()) if (conversation.addressKey === addressKey) count++;
    return count;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Appends activities, giving each its Direct Line id ("<conversation>|<watermark>"). */
  append(conversation: DirectLineConversation, activities: Partial<Activity>[]): Partial<Activity>[] {
    const stored: Partial<Activity>[] = [];
    for (const activity of activities) {
      const seq = conversation.firstSeq + conversation.activities.length;
      const withId = { ...activity, id: `${conversation.id}|${String(seq).padStart(7, '0')}` };
      conversation.activities.push(withId);
      stored.push(withId);
    }
    const excess = conversation.activities.length - this.options.maxActivitiesKept;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.firstSeq += excess;
    }
    conversation.lastActiveAt = this.now();
    return stored;
  }

  /** Direct Line "GET activities?watermark=": everything after the watermark, and the new one. */
  since(conversation: DirectLineConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const start = Math.max(0, watermark - conversation.firstSeq + 1);
    const activities = conversation.activities.slice(start);
    const last = conversation.firstSeq + conversation.activities.length - 1;
    return { activities, watermark: String(Math.max(last, 0)) };
  }

  touch(conversation: DirectLineConversation): void {
    conversation.lastActiveAt = this.now();
  }

  /** Forgets idle conversations (their transcripts hold what people typed). */
  sweep(): number {
    const t = this.now();
    let removed = 0;
    for (const [id, conversation] of this.conversations) {
      if (t - conversation.lastActiveAt > this.options.idleMs) {
        this.conversations.delete(id);
        removed++;
      }
    }
    return removed;
  }
}
