/**
 * The sending side of the transactional outbox. Rows are claimed with a lease (lockedBy,
 * lockedUntil) by one conditional UPDATE: on PostgreSQL a concurrent claimer re-checks the
 * condition after the row lock and finds the row taken, so two processes never send the same
 * row. A row whose lease ran out (the sender crashed mid-send) is claimed again.
 */
import type { OutboxRow } from '../../../mail/mail-store.js';
import { Prisma } from '../../generated/sqlite/client.js';
import type { Db } from '../open-store.js';

const claimable = (worker: string, now: Date) => [
  { status: 'pending', nextAttemptAt: { lte: now } },
  { status: 'sending', lockedUntil: { lt: now } },
  // Our own earlier incarnation's rows (tokens are "<worker>:<uuid>"): the sender claims one
  // batch at a time, so none of them is still in flight in this process.
  { status: 'sending', lockedBy: { startsWith: `${worker}:` } },
];

export async function claimOutbox(
  db: Db,
  worker: string,
  claimToken: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxRow[]> {
  const candidates = await db.outboxMessage.findMany({
    where: { OR: claimable(worker, now) },
    orderBy: { nextAttemptAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, OR: claimable(worker, now) },
    data: { status: 'sending', lockedBy: claimToken, lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  // Raw: the rows carry whole message bodies, and Prisma's typed findMany maps every field of
  // every row in the client, about three times the CPU of the same read as one raw statement
  // (all columns here are text or integer, so both databases return them as they are).
  const rows = await db.$queryRaw<OutboxRow[]>`
    SELECT "id", "caseId", "kind", "toAddress", "subject", "bodyText", "language", "messageId", "inReplyTo", "references", "attempts"
    FROM "OutboxMessage"
    WHERE "id" IN (${Prisma.join(ids)}) AND "lockedBy" = ${claimToken} AND "status" = 'sending'`;
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

const released = { lockedBy: null, lockedUntil: null };

export async function markOutboxSent(db: Db, ids: string[], claimToken: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, lockedBy: claimToken },
    data: { status: 'sent', sentAt: now, lastError: null, ...released },
  });
}

export async function markOutboxRetry(db: Db, id: string, claimToken: string, error: string, nextAttemptAt: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, lockedBy: claimToken },
    data: { status: 'pending', nextAttemptAt, lastError: error, ...released },
  });
}

export async function markOutboxFailed(db: Db, id: string, claimToken: string, error: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, lockedBy: claimToken },
    data: { status: 'failed', lastError: error, ...released },
  });
}

export async function markOutboxSkipped(db: Db, id: string, claimToken: string, reason: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, lockedBy: claimToken },
    data: { status: 'skipped', skipReason: reason, ...released },
  });
}

/**
 * A bounce reports our message undeliverable: it becomes failed, and its address is suppressed
 * so no further acknowledgement goes to a dead mailbox.
 */
export async function markOutboxBounced(db: Db, messageIds: string[], reason: string, now: Date): Promise<number> {
  const rows = await db.outboxMessage.findMany({
    where: { messageId: { in: messageIds } },
    select: { id: true, toAddress: true },
  });
  if (rows.length === 0) return 0;
  await db.$transaction([
    db.outboxMessage.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: 'failed', lastError: reason, ...released },
    }),
    ...rows
      .filter((r) => r.toAddress)
      .map((r) =>
        db.mailSuppression.upsert({
          where: { address: r.toAddress!.toLowerCase() },
          create: { address: r.toAddress!.toLowerCase(), reason, createdAt: now },
          update: {},
        }),
      ),
  ]);
  return rows.length;
}

export async function countAcknowledgementsSince(db: Db, addresses: string[], since: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (addresses.length === 0) return counts;
  const groups = await db.outboxMessage.groupBy({
    by: ['toAddress'],
    where: { kind: 'acknowledgement', status: 'sent', sentAt: { gte: since }, toAddress: { in: addresses } },
    _count: { _all: true },
  });
  for (const g of groups) if (g.toAddress) counts.set(g.toAddress, g._count._all);
  return counts;
}

export async function suppressedAmong(db: Db, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db.mailSuppression.findMany({
    where: { address: { in: addresses.map((a) => a.toLowerCase()) } },
    select: { address: true },
  });
  return new Set(rows.map((r) => r.address));
}

export async function suppress(db: Db, address: string, reason: string, now: Date): Promise<void> {
  const key = address.toLowerCase();
  await db.mailSuppression.upsert({
    where: { address: key },
    create: { address: key, reason, createdAt: now },
    update: { reason },
  });
}
