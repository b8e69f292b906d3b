/**
 * Inbound message records: the claim written before any case exists, and the decision written
 * after. See mail/inbound/process-message.ts for the crash-safety argument.
 */
import { randomUUID } from 'node:crypto';
import type { AttachmentRow, ClaimResult, InboundClaim, InboundCompletion, InboundRecord } from '../../../mail/mail-store.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { insertRows } from '../insert-rows.js';
import type { Db } from '../open-store.js';
import { isUniqueViolation } from '../is-unique-violation.js';

type Row = Awaited<ReturnType<Db['inboundMessage']['findUnique']>> & object;

function toRecord(row: Row): InboundRecord {
  return {
    id: row.id,
    source: row.source,
    dedupeKey: row.dedupeKey,
    status: row.status as InboundRecord['status'],
    decision: row.decision as InboundRecord['decision'],
    reason: row.reason,
    caseId: row.caseId,
    duplicateOfId: row.duplicateOfId,
  };
}

async function takeOver(db: Db, row: Row, claim: InboundClaim): Promise<ClaimResult> {
  if (row.status !== 'processing') return { kind: 'finished', record: toRecord(row) };
  // Ours already, or the worker that claimed it stopped renewing (crashed): take it over.
  const taken = await db.inboundMessage.updateMany({
    where: { id: row.id, status: 'processing', OR: [{ claimedBy: claim.worker }, { claimedUntil: { lt: claim.now } }] },
    data: { claimedBy: claim.worker, claimedUntil: new Date(claim.now.getTime() + claim.leaseMs) },
  });
  return taken.count === 1 ? { kind: 'claimed', record: toRecord(row), resumed: true } : { kind: 'busy' };
}

/** The columns of a new InboundMessage row, claimed by `claim.worker` until its lease runs out. */
function claimedRow(claim: InboundClaim) {
  return {
    source: claim.source,
    dedupeKey: claim.dedupeKey,
    messageId: claim.messageId,
    contentHash: claim.contentHash,
    internalDate: claim.internalDate,
    status: 'processing',
    claimedBy: claim.worker,
    claimedUntil: new Date(claim.now.getTime() + claim.leaseMs),
    createdAt: claim.now,
  };
}

export async function claimInbound(db: Db, claim: InboundClaim): Promise<ClaimResult> {
  const existing = await db.inboundMessage.findUnique({ where: { source: claim.source } });
  if (existing) return takeOver(db, existing, claim);
  const base = claimedRow(claim);
  try {
    const row = await db.inboundMessage.create({ data: { ...base, id: randomUUID(), firstOfKey: claim.dedupeKey } });
    return { kind: 'claimed', record: toRecord(row), resumed: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Either another worker claimed this very copy a moment ago, or an earlier copy holds the key.
  const raced = await db.inboundMessage.findUnique({ where: { source: claim.source } });
  if (raced) return takeOver(db, raced, claim);
  const first = await db.inboundMessage.findUnique({ where: { firstOfKey: claim.dedupeKey }, select: { id: true } });
  try {
    const row = await db.inboundMessage.create({
      data: { ...base, id: randomUUID(), firstOfKey: null, duplicateOfId: first?.id ?? null },
    });
    return { kind: 'claimed', record: toRecord(row), resumed: false };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'busy' };
    throw error;
  }
}

function attachmentRow(inboundMessageId: string, caseId: string | null, a: AttachmentRow, now: Date) {
  return {
    id: randomUUID(),
    inboundMessageId,
    caseId,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    content: a.content ? new Uint8Array(a.content) : null,
    refusedReason: a.refusedReason,
    createdAt: now,
  };
}

export async function completeInbound(db: Db, id: string, completion: InboundCompletion): Promise<void> {
  const attachments = completion.attachments ?? [];
  await db.$transaction([
    db.inboundMessage.update({
      where: { id },
      data: {
        status: completion.status,
        decision: completion.decision,
        reason: completion.reason,
        caseId: completion.caseId,
        processedAt: completion.now,
        claimedBy: null,
        claimedUntil: null,
      },
    }),
    ...(attachments.length
      ? [
          db.inboundAttachment.createMany({
            data: attachments.map((a) => attachmentRow(id, completion.caseId, a, completion.now)),
          }),
        ]
      : []),
  ]);
}

/**
 * claimInbound for a whole batch in a few statements: existing rows in one query, earlier
 * copies of the same keys in one, the new claims in one insert. Two copies of one key inside
 * the batch: the first claims the key, the others are duplicates of it. If the insert meets a
 * concurrent claimer (unique violation), each claim is retried on its own.
 */
export async function claimInboundBatch(db: Db, claims: InboundClaim[]): Promise<ClaimResult[]> {
  if (claims.length === 0) return [];
  const existing = new Map(
    (await db.inboundMessage.findMany({ where: { source: { in: claims.map((c) => c.source) } } })).map((row) => [
      row.source,
      row,
    ]),
  );
  const fresh = claims.filter((c) => !existing.has(c.source));
  const firsts = new Map(
    (
      await db.inboundMessage.findMany({
        where: { firstOfKey: { in: fresh.map((c) => c.dedupeKey) } },
        select: { id: true, firstOfKey: true },
      })
    ).map((row) => [row.firstOfKey!, row.id]),
  );
  const rows = fresh.map((claim) => {
    const id = randomUUID();
    const duplicateOfId = firsts.get(claim.dedupeKey) ?? null;
    if (!duplicateOfId) firsts.set(claim.dedupeKey, id);
    return { ...claimedRow(claim), id, firstOfKey: duplicateOfId ? null : claim.dedupeKey, duplicateOfId };
  });
  try {
    await insertRows(db, 'InboundMessage', rows);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const results: ClaimResult[] = [];
    for (const claim of claims) results.push(await claimInbound(db, claim));
    return results;
  }
  const created = new Map(rows.map((row) => [row.source, row]));
  return Promise.all(
    claims.map(async (claim): Promise<ClaimResult> => {
      const row = created.get(claim.source);
      if (row)
        return {
          kind: 'claimed',
          record: toRecord({ ...row, decision: null, reason: null, caseId: null, processedAt: null }),
          resumed: false,
        };
      return takeOver(db, existing.get(claim.source)!, claim);
    }),
  );
}

/**
 * "New case" for a batch: one update for the shared columns, and one statement that gives each
 * row its own case id. Prisma's API cannot set a different value per row in one statement (its
 * updateMany sets one value for all), and 200 single-row updates per batch cost more than the rest
 * of the batch; hence the one raw CASE statement, parameters bound by the driver adapter.
 */
export async function completeNewCases(
  db: Db,
  entries: Array<{ id: string; caseId: string; reason: string; attachments: AttachmentRow[] }>,
  now: Date,
): Promise<void> {
  if (entries.length === 0) return;
  const byReason = new Map<string, string[]>();
  for (const e of entries) byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.id]);
  const caseIds = Prisma.join(
    entries.map((e) => Prisma.sql`WHEN ${e.id} THEN ${e.caseId}`),
    ' ',
  );
  const attachments = entries.flatMap((e) => e.attachments.map((a) => attachmentRow(e.id, e.caseId, a, now)));
  await db.$transaction([
    ...[...byReason].map(([reason, ids]) =>
      db.inboundMessage.updateMany({
        where: { id: { in: ids } },
        data: { status: 'done', decision: 'new_case', reason, processedAt: now, claimedBy: null, claimedUntil: null },
      }),
    ),
    db.$executeRaw`UPDATE "InboundMessage" SET "caseId" = CASE "id" ${caseIds} END WHERE "id" IN (${Prisma.join(entries.map((e) => e.id))})`,
    ...(attachments.length ? [db.inboundAttachment.createMany({ data: attachments })] : []),
  ]);
}
