/**
 * Finds the case a reply belongs to: first by Message-IDs we sent (outbox) or received
 * (inbound, correspondence, the case's source message), then by a reference in the subject.
 */
import type { ThreadMatch } from '../../../mail/inbound/thread-reply.js';
import type { Db } from '../open-store.js';

const bracket = (id: string) => `<${id}>`;

async function caseIdByMessageIds(db: Db, ids: string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const bracketed = ids.map(bracket);
  const sent = await db.outboxMessage.findFirst({ where: { messageId: { in: bracketed } }, select: { caseId: true } });
  if (sent) return sent.caseId;
  const received = await db.inboundMessage.findFirst({
    where: { messageId: { in: ids }, caseId: { not: null } },
    select: { caseId: true },
  });
  if (received?.caseId) return received.caseId;
  const source = await db.case.findFirst({ where: { sourceMessageId: { in: bracketed } }, select: { id: true } });
  if (source) return source.id;
  const reply = await db.correspondence.findFirst({ where: { messageId: { in: bracketed } }, select: { caseId: true } });
  return reply?.caseId ?? null;
}

export async function findThreadMatch(
  db: Db,
  clues: { messageIds: string[]; references: string[] },
): Promise<ThreadMatch | null> {
  let matchedBy: ThreadMatch['matchedBy'] = 'message_id';
  let caseId = await caseIdByMessageIds(db, clues.messageIds);
  if (!caseId && clues.references.length) {
    const byReference = await db.case.findFirst({ where: { reference: { in: clues.references } }, select: { id: true } });
    caseId = byReference?.id ?? null;
    matchedBy = 'subject_reference';
  }
  if (!caseId) return null;
  const found = await db.case.findUnique({
    where: { id: caseId },
    select: {
      reference: true,
      consentStatus: true,
      parties: { select: { email: true, role: true } },
      // Whom we asked for consent by email is, for this case, the subject (POLICY.md §2).
      outbox: { where: { kind: 'consent_request' }, select: { toAddress: true } },
    },
  });
  if (!found) return null;
  const emails = (list: Array<string | null>) => list.filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase());
  return {
    caseId,
    reference: found.reference,
    matchedBy,
    partyEmails: emails(found.parties.filter((p) => p.role !== 'subject').map((p) => p.email)),
    awaitingConsent: found.consentStatus === 'requested' || found.consentStatus === 'expired',
    subjectEmails: emails([
      ...found.parties.filter((p) => p.role === 'subject').map((p) => p.email),
      ...found.outbox.map((o) => o.toAddress),
    ]),
  };
}

export async function findCaseIdBySourceMessageId(db: Db, sourceMessageId: string): Promise<string | null> {
  const found = await db.case.findFirst({ where: { sourceMessageId }, select: { id: true } });
  return found?.id ?? null;
}

export async function hasCorrespondence(db: Db, caseId: string, messageId: string): Promise<boolean> {
  return (await db.correspondence.count({ where: { caseId, messageId } })) > 0;
}
