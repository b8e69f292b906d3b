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
 * What the bot-state functions use of either generated client (SQLite or PostgreSQL).
 *
 * Every chat turn reads and writes this table, so those two statements are SQL through the
 * client's tagged-template raw queries (parameters bound by the driver adapter; the same text runs
 * on SQLite 3.35+ and PostgreSQL), and the Storage sends the reads, and the writes, of turns that
 * run at the same moment as one statement each. The rest uses the model API. Measured on
 * PostgreSQL, one call at a time (2026-11-27): findMany 1.02 ms CPU vs $queryRaw 0.42 ms; the
 * conditional write as updateMany 1.00 ms CPU and three round trips (Prisma wraps it in
 * BEGIN … COMMIT, and a first write needs a create after it) vs one INSERT … ON CONFLICT … WHERE,
 * 0.33 ms and one round trip.
 */
export type BotStateDb = Pick<Db, 'botState' | '$queryRaw' | '$executeRaw'>;
