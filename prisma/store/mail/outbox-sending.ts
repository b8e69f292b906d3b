/**
 * The sending side of the transactional outbox. Rows are claimed with a lease (lockedBy,
 * lockedUntil) by one conditional UPDATE: on PostgreSQL a concurrent claimer re-checks the
 * condition after the row lock and finds the row taken, so two processes never send the same
 * row. A row whose lease ran out (the sender crashed mid-send) is claimed again.
 *
 * The statements the sender runs for every batch (claim, sent, loop-guard counts, suppression)
 * are raw SQL through the client: Prisma's typed queries cost 2–4 ms of CPU each in the client
 * (the query compiler, then mapping every field of every row), several times the raw statement,
 * and the sender runs about fifteen per hundred acknowledgements. The SQL is plain enough to be
 * the same on SQLite and PostgreSQL; the mail tests run it on both.
 */
import type { OutboxRow } from '../../../mail/mail-store.js';
import { Prisma } from '../../generated/sqlite/client.js';
import type { Db } from '../open-store.js';

/**
 * Due now: pending and due, or "sending" under a lease that ran out, or "sending" under our own
 * earlier incarnation's token (tokens are "<worker>:<uuid>"; the sender claims one batch at a
 * time and settles it first, so none of ours is still in flight in this process).
 */
function claimable(worker: string, now: Date) {
  const prefix = `${worker}:`;
  return Prisma.sql`(("status" = 'pending' AND "nextAttemptAt" <= ${now})
    OR ("status" = 'sending' AND ("lockedUntil" < ${now} OR substr("lockedBy", 1, ${prefix.length}) = ${prefix})))`;
}

/**
 * One statement: the due rows, oldest first, are marked "sending" under `claimToken` and
 * returned. A row another claimer took meanwhile fails the re-checked condition and is not ours.
 */
export async function claimOutbox(
  db: Db,
  worker: string,
  claimToken: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxRow[]> {
  const rows = await db.$queryRaw<OutboxRow[]>`
    UPDATE "OutboxMessage"
    SET "status" = 'sending', "lockedBy" = ${claimToken}, "lockedUntil" = ${new Date(now.getTime() + leaseMs)},
        "attempts" = "attempts" + 1
    WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE ${claimable(worker, now)} ORDER BY "nextAttemptAt" ASC LIMIT ${limit})
      AND ${claimable(worker, now)}
    RETURNING "id", "caseId", "kind", "toAddress", "subject", "bodyText", "language", "messageId", "inReplyTo", "references", "attempts"`;
  // Integers may come back as BigInt (PostgreSQL) or number (SQLite).
  return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
}

const released = { lockedBy: null, lockedUntil: null };

export async function markOutboxSent(db: Db, ids: string[], claimToken: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "OutboxMessage"
    SET "status" = 'sent', "sentAt" = ${now}, "lastError" = NULL, "lockedBy" = NULL, "lockedUntil" = NULL
    WHERE "id" IN (${Prisma.join(ids)}) AND "lockedBy" = ${claimToken}`;
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
  const groups = await db.$queryRaw<Array<{ address: string; sent: number | bigint }>>`
    SELECT "toAddress" AS "address", COUNT(*) AS "sent" FROM "OutboxMessage"
    WHERE "kind" = 'acknowledgement' AND "status" = 'sent' AND "sentAt" >= ${since} AND "toAddress" IN (${Prisma.join(addresses)})
    GROUP BY "toAddress"`;
  for (const g of groups) counts.set(g.address, Number(g.sent));
  return counts;
}

export async function suppressedAmong(db: Db, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await db.$queryRaw<Array<{ address: string }>>`
    SELECT "address" FROM "MailSuppression" WHERE "address" IN (${Prisma.join(addresses.map((a) => a.toLowerCase()))})`;
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
