/**
 * Inbound message records: the claim written before any case exists, and the decision written
 * after. See mail/inbound/process-message.ts for the crash-safety argument.
 */
import { randomUUID } from 'node:crypto';
import type { ClaimResult, InboundClaim, InboundCompletion, InboundRecord } from '../../../mail/mail-store.js';
import type { Db } from '../open-store.js';
import { isUniqueViolation } from './is-unique-violation.js';

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

export async function claimInbound(db: Db, claim: InboundClaim): Promise<ClaimResult> {
  const existing = await db.inboundMessage.findUnique({ where: { source: claim.source } });
  if (existing) return takeOver(db, existing, claim);
  const base = {
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
    const row = await db.inboundMessage.create({ data: { ...base, id: randomUUID(), firstOfKey: null, duplicateOfId: first?.id ?? null } });
    return { kind: 'claimed', record: toRecord(row), resumed: false };
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'busy' };
    throw error;
  }
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
            data: attachments.map((a) => ({
              id: randomUUID(),
              inboundMessageId: id,
              caseId: completion.caseId,
              filename: a.filename,
              contentType: a.contentType,
              size: a.size,
              sha256: a.sha256,
              content: a.content ? new Uint8Array(a.content) : null,
              refusedReason: a.refusedReason,
              createdAt: completion.now,
            })),
          }),
        ]
      : []),
  ]);
}
