import type { Db } from '../open-store.js';

/** A row of BotState (prisma/datamodel.prisma, "Website chat"): one botbuilder Storage item. */
export interface BotStateRow {
  key: string;
  /** The item as JSON text (the datamodel stores JSON as text on both providers). */
  data: string;
  eTag: string;
  expiresAt: Date;
  updatedAt: Date;
}

/** What the bot-state functions use of either generated client (SQLite or PostgreSQL). */
export type BotStateDb = Pick<Db, 'botState'>;
