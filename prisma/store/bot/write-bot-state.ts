import { Prisma } from '../../generated/sqlite/client.js';
import type { BotStateDb, BotStateRow } from './bot-state-db.js';

export interface BotStateWrite {
  row: BotStateRow;
  /** Write only if the stored item still has this eTag (or is gone or expired); none: unconditional ("*"). */
  expectedETag?: string;
}

/**
 * Writes items (distinct keys) in one statement and returns the keys written; a key not returned
 * was refused: its stored item has another eTag. The insert creates missing items, and ON
 * CONFLICT updates an existing one only if its condition holds: for a write with an expected
 * eTag, that the stored item still has it or has expired (an expired item is absent for readers).
 * On PostgreSQL a concurrent writer of the same key waits for the row lock and then checks the
 * condition against the row as that writer left it, so two instances racing on one conversation
 * cannot both win; rows go in key order, so two statements lock shared keys in the same order.
 */
export async function writeBotStates(db: BotStateDb, writes: BotStateWrite[], now: Date): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  const sorted = [...writes].sort((a, b) => (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
  const values = sorted.map(({ row }) => Prisma.sql`(${row.key}, ${row.data}, ${row.eTag}, ${row.expiresAt}, ${row.updatedAt})`);
  const conditional = sorted.filter((w) => w.expectedETag !== undefined);
  const condition =
    conditional.length === 0
      ? Prisma.empty
      : Prisma.sql`WHERE "BotState"."expiresAt" <= ${now} OR CASE excluded."key" ${Prisma.join(
          conditional.map((w) => Prisma.sql`WHEN ${w.row.key} THEN "BotState"."eTag" = ${w.expectedETag}`),
          ' ',
        )} ELSE TRUE END`;
  const written = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "BotState" ("key", "data", "eTag", "expiresAt", "updatedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "eTag" = excluded."eTag",
      "expiresAt" = excluded."expiresAt", "updatedAt" = excluded."updatedAt"
    ${condition}
    RETURNING "key"`;
  return new Set(written.map((r) => r.key));
}
