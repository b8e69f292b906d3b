import type { MailStore } from '../../../mail/mail-store.js';
import type { Db } from '../open-store.js';
import { claimInbound, claimInboundBatch, completeInbound, completeNewCases } from './inbound-messages.js';
import * as outbox from './outbox-sending.js';
import { findCaseIdBySourceMessageId, findThreadMatch, hasCorrespondence } from './thread-lookup.js';
import { acquireLease, releaseLease } from './worker-leases.js';

/** The mail channel's store port (mail/mail-store.ts) on Prisma, for SQLite and PostgreSQL. */
export function prismaMailStore(db: Db): MailStore {
  return {
    claimInbound: (claim) => claimInbound(db, claim),
    claimInboundBatch: (claims) => claimInboundBatch(db, claims),
    completeInbound: (id, completion) => completeInbound(db, id, completion),
    completeNewCases: (entries, now) => completeNewCases(db, entries, now),
    findThreadMatch: (clues) => findThreadMatch(db, clues),
    findCaseIdBySourceMessageId: (id) => findCaseIdBySourceMessageId(db, id),
    hasCorrespondence: (caseId, messageId) => hasCorrespondence(db, caseId, messageId),
    markOutboxBounced: (ids, reason, now) => outbox.markOutboxBounced(db, ids, reason, now),
    acquireLease: (name, holder, now, ttl) => acquireLease(db, name, holder, now, ttl),
    releaseLease: (name, holder) => releaseLease(db, name, holder),
    claimOutbox: (worker, token, now, leaseMs, limit) => outbox.claimOutbox(db, worker, token, now, leaseMs, limit),
    markOutboxSent: (ids, token, now) => outbox.markOutboxSent(db, ids, token, now),
    markOutboxRetry: (id, token, error, at) => outbox.markOutboxRetry(db, id, token, error, at),
    markOutboxFailed: (id, token, error) => outbox.markOutboxFailed(db, id, token, error),
    markOutboxSkipped: (id, token, reason) => outbox.markOutboxSkipped(db, id, token, reason),
    countAcknowledgementsSince: (addresses, since) => outbox.countAcknowledgementsSince(db, addresses, since),
    suppressedAmong: (addresses) => outbox.suppressedAmong(db, addresses),
    suppress: (address, reason, now) => outbox.suppress(db, address, reason, now),
  };
}
