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

/**
 * What the bot-state functions use of either generated client (SQLite or PostgreSQL). Every
 * chat turn reads and writes this table, so the hot path is plain SQL through Prisma's raw
 * queries (parameters bound by the driver adapter, the same statement on both providers): the
 * query compiler cost about 2 ms of CPU per call, more than the database itself.
 */
export type BotStateDb = Pick<Db, '$queryRaw' | '$executeRaw'> & {
  botState: { deleteMany(args: { where: { key: { in: string[] } } | { expiresAt: { lte: Date } } }): Promise<{ count: number }> };
};
