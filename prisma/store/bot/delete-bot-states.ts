import type { BotStateDb } from './bot-state-db.js';

export async function deleteBotStates(db: BotStateDb, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  return (await db.botState.deleteMany({ where: { key: { in: keys } } })).count;
}

/** Deletes every item past its expiry: idle conversations and what was typed into them (issue 5 §4). */
export async function deleteExpiredBotStates(db: BotStateDb, now: Date): Promise<number> {
  return (await db.botState.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
