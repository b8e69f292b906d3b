import { Prisma } from '../../generated/sqlite/client.js';
import type { BotStateDb } from './bot-state-db.js';

/** What a read needs of a stored item. */
export interface StoredBotState {
  key: string;
  data: string;
  eTag: string;
}

/** The unexpired items among `keys`; an expired item reads as absent, as if already swept. */
export async function readBotStates(db: BotStateDb, keys: string[], now: Date): Promise<StoredBotState[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw<StoredBotState[]>`
    SELECT "key", "data", "eTag" FROM "BotState" WHERE "key" IN (${Prisma.join(keys)}) AND "expiresAt" > ${now}`;
}
