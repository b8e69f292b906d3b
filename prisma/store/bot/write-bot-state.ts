import { Prisma } from '../../generated/sqlite/client.js';
import type { BotStateDb, BotStateRow } from './bot-state-db.js';

export type WriteOutcome = 'written' | 'conflict';

/**
 * Writes one item in one statement. With `expectedETag` the write happens only if the stored
 * item still has that eTag, or is gone or expired (then it is absent for readers): the insert
 * creates a missing item, and ON CONFLICT updates an existing one only if its WHERE holds, so
 * 0 rows written means another writer got there first. On PostgreSQL a concurrent writer of
 * the same key waits for the row lock and then checks the WHERE against the row as that writer
 * left it, so two instances racing on one conversation cannot both win. Without it, the write is
 * unconditional ("*").
 */
export async function writeBotState(db: BotStateDb, row: BotStateRow, expectedETag: string | undefined): Promise<WriteOutcome> {
  const { key, data, eTag, expiresAt, updatedAt } = row;
  const condition =
    expectedETag === undefined
      ? Prisma.empty
      : Prisma.sql`WHERE "BotState"."eTag" = ${expectedETag} OR "BotState"."expiresAt" <= ${updatedAt}`;
  const written = await db.$executeRaw`
    INSERT INTO "BotState" ("key", "data", "eTag", "expiresAt", "updatedAt")
    VALUES (${key}, ${data}, ${eTag}, ${expiresAt}, ${updatedAt})
    ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "eTag" = excluded."eTag",
      "expiresAt" = excluded."expiresAt", "updatedAt" = excluded."updatedAt"
    ${condition}`;
  return written > 0 ? 'written' : 'conflict';
}
