/**
 * Named leases between processes: a holder renews before expiresAt; anyone may take an expired
 * lease. Used so that of two processes on one mailbox exactly one reads it (issue 4 §7).
 */
import type { Db } from '../open-store.js';
import { isUniqueViolation } from '../is-unique-violation.js';

export async function acquireLease(db: Db, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const renewed = await db.workerLease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (renewed.count === 1) return true;
  try {
    await db.workerLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.workerLease.deleteMany({ where: { name, holder } });
}
