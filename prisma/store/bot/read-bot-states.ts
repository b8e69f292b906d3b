import { Prisma } from '../../generated/sqlite/client.js';
import type { BotStateDb, BotStateRow } from './bot-state-db.js';

/** The unexpired items among `keys`; an expired item reads as absent, as if already swept. */
export async function readBotStates(db: BotStateDb, keys: string[], now: Date): Promise<BotStateRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<BotStateRow[]>`
    SELECT "key", "data", "eTag", "expiresAt", "updatedAt" FROM "BotState" WHERE "key" IN (${Prisma.join(keys)})`;
  return rows
    .map((row) => ({ ...row, expiresAt: new Date(row.expiresAt), updatedAt: new Date(row.updatedAt) }))
    .filter((row) => row.expiresAt > now);
}
