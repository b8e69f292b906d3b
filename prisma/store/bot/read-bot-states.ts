import type { BotStateDb, BotStateRow } from './bot-state-db.js';

/** The unexpired items among `keys`; an expired item reads as absent, as if already swept. */
export async function readBotStates(db: BotStateDb, keys: string[], now: Date): Promise<BotStateRow[]> {
  if (keys.length === 0) return [];
  return db.botState.findMany({
    where: { key: { in: keys }, expiresAt: { gt: now } },
    select: { key: true, data: true, eTag: true, expiresAt: true, updatedAt: true },
  });
}
