import type { BotStateDb, BotStateRow } from './bot-state-db.js';

export type WriteOutcome = 'written' | 'conflict';

/**
 * Writes one item. With `expectedETag` the write happens only if the stored item still has that
 * eTag (or no live item exists): a conditional UPDATE, so two instances racing on one
 * conversation cannot both win. Without it, the write is unconditional ("*").
 */
export async function writeBotState(
  db: BotStateDb,
  row: BotStateRow,
  expectedETag: string | undefined,
): Promise<WriteOutcome> {
  const { key, ...data } = row;
  if (expectedETag === undefined) {
    const updated = await db.botState.updateMany({ where: { key }, data });
    if (updated.count > 0) return 'written';
    return insertOrConflict(db, row);
  }
  const updated = await db.botState.updateMany({ where: { key, eTag: expectedETag }, data });
  if (updated.count > 0) return 'written';
  // No row with that eTag: the item is gone (write it), expired (absent for readers: replace it),
  // or another writer moved it on (conflict). row.updatedAt is this write's "now".
  const [current] = await db.botState.findMany({ where: { key: { in: [key] }, expiresAt: { gt: new Date(0) } } });
  if (current && current.expiresAt > row.updatedAt) return 'conflict';
  if (current) {
    const replaced = await db.botState.updateMany({ where: { key, eTag: current.eTag }, data });
    return replaced.count > 0 ? 'written' : 'conflict';
  }
  return insertOrConflict(db, row);
}

async function insertOrConflict(db: BotStateDb, row: BotStateRow): Promise<WriteOutcome> {
  try {
    await db.botState.create({ data: row });
    return 'written';
  } catch (error) {
    // P2002: unique constraint; another writer created the key first.
    if ((error as { code?: string }).code === 'P2002') return 'conflict';
    throw error;
  }
}
