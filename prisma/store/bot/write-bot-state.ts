import type { BotStateDb, BotStateRow } from './bot-state-db.js';

export type WriteOutcome = 'written' | 'conflict';

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}

/**
 * Writes one item. With `expectedETag` the write happens only if the stored item still has that
 * eTag, or is gone or expired (then it is absent for readers): a conditional update, and a
 * create that the primary key refuses if another instance created the item first, so two
 * instances racing on one conversation cannot both win. Without it, the write is unconditional
 * ("*").
 */
export async function writeBotState(db: BotStateDb, row: BotStateRow, expectedETag: string | undefined): Promise<WriteOutcome> {
  const { key, ...fields } = row;
  if (expectedETag === undefined) {
    await db.botState.upsert({ where: { key }, create: row, update: fields });
    return 'written';
  }
  const updated = await db.botState.updateMany({
    where: { key, OR: [{ eTag: expectedETag }, { expiresAt: { lte: row.updatedAt } }] },
    data: fields,
  });
  if (updated.count > 0) return 'written';
  try {
    await db.botState.create({ data: row });
    return 'written';
  } catch (error) {
    if (isUniqueViolation(error)) return 'conflict';
    throw error;
  }
}
