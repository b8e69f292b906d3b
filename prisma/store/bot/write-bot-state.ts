import type { BotStateDb, BotStateRow } from './bot-state-db.js';

export type WriteOutcome = 'written' | 'conflict';

/**
 * Writes one item. With `expectedETag` the write happens only if the stored item still has that
 * eTag, or is gone or expired (then it is absent for readers): a conditional UPDATE, so two
 * instances racing on one conversation cannot both win. Without it, the write is unconditional
 * ("*"). INSERT … ON CONFLICT works the same on SQLite (3.24+) and PostgreSQL.
 */
export async function writeBotState(db: BotStateDb, row: BotStateRow, expectedETag: string | undefined): Promise<WriteOutcome> {
  const { key, data, eTag, expiresAt, updatedAt } = row;
  if (expectedETag === undefined) {
    await db.$executeRaw`
      INSERT INTO "BotState" ("key", "data", "eTag", "expiresAt", "updatedAt")
      VALUES (${key}, ${data}, ${eTag}, ${expiresAt}, ${updatedAt})
      ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "eTag" = excluded."eTag",
        "expiresAt" = excluded."expiresAt", "updatedAt" = excluded."updatedAt"`;
    return 'written';
  }
  const updated = await db.$executeRaw`
    UPDATE "BotState" SET "data" = ${data}, "eTag" = ${eTag}, "expiresAt" = ${expiresAt}, "updatedAt" = ${updatedAt}
    WHERE "key" = ${key} AND ("eTag" = ${expectedETag} OR "expiresAt" <= ${updatedAt})`;
  if (updated > 0) return 'written';
  const inserted = await db.$executeRaw`
    INSERT INTO "BotState" ("key", "data", "eTag", "expiresAt", "updatedAt")
    VALUES (${key}, ${data}, ${eTag}, ${expiresAt}, ${updatedAt})
    ON CONFLICT ("key") DO NOTHING`;
  return inserted > 0 ? 'written' : 'conflict';
}
