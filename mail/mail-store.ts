/**
 * What the mail channel needs from storage beyond the case core (implemented on Prisma in
 * prisma/store/mail/). Every method is one transaction.
 */
import type { OutboxDraft } from '../core/cases/case-record.js';
import type { ThreadMatch } from './inbound/thread-reply.js';

export type InboundDecision = 'new_case' | 'reply' | 'automatic' | 'duplicate' | 'quarantine';
export type InboundStatus = 'processing' | 'done' | 'quarantined';

export interface InboundRecord {
  id: string;
  source: string;
  dedupeKey: string;
  status: InboundStatus;
  decision: InboundDecision | null;
  reason: string | null;
  caseId: string | null;
  /** The first copy with the same key, when this one is a later copy. */
  duplicateOfId: string | null;
}

export interface InboundClaim {
  source: string;
  dedupeKey: string;
  messageId: string | null;
  contentHash: string;
  internalDate: Date;
  worker: string;
  now: Date;
  leaseMs: number;
}

export type ClaimResult =
  /** Ours to process (new, or left half-done by a crashed worker). */
  | { kind: 'claimed'; record: InboundRecord; resumed: boolean }
  /** Already finished: only the move to its folder may be missing. */
  | { kind: 'finished'; record: InboundRecord }
  /** Another live worker is on it right now. */
  | { kind: 'busy' };

export interface AttachmentRow {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer | null;
  refusedReason: string | null;
}

export interface InboundCompletion {
  status: Exclude<InboundStatus, 'processing'>;
  decision: InboundDecision;
  reason: string;
  caseId: string | null;
  attachments?: AttachmentRow[];
  now: Date;
}

/** An outbox row as the sender claims it: the core's draft (core/cases/case-record.ts) as stored. */
export type OutboxRow = Pick<
  OutboxDraft,
  'id' | 'toAddress' | 'subject' | 'bodyText' | 'language' | 'messageId' | 'inReplyTo' | 'references'
> & { caseId: string; kind: string; attempts: number };

export interface MailStore {
  claimInbound(claim: InboundClaim): Promise<ClaimResult>;
  /** claimInbound for a batch, in a few statements; results in the order of `claims`. */
  claimInboundBatch(claims: InboundClaim[]): Promise<ClaimResult[]>;
  completeInbound(id: string, completion: InboundCompletion): Promise<void>;
  /** Records "new case" for a batch whose cases were just created, in one transaction. */
  completeNewCases(
    entries: Array<{ id: string; caseId: string; reason: string; attachments: AttachmentRow[] }>,
    now: Date,
  ): Promise<void>;
  /** The case a reply belongs to, by our stored/sent Message-IDs first, then by reference. */
  findThreadMatch(clues: { messageIds: string[]; references: string[] }): Promise<ThreadMatch | null>;
  /** The case created from a message (crash recovery: created, then the worker died). */
  findCaseIdBySourceMessageId(sourceMessageId: string): Promise<string | null>;
  hasCorrespondence(caseId: string, messageId: string): Promise<boolean>;
  /** A bounce names our messages: the ones still pending or sent become failed, with why. */
  markOutboxBounced(messageIds: string[], reason: string, now: Date): Promise<number>;

  acquireLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;

  /**
   * Claims due rows under `claimToken`; rows this worker left in "sending" (it crashed and was
   * restarted under the same name) are due again at once, others' only when their lease ends.
   */
  claimOutbox(worker: string, claimToken: string, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]>;
  /** Records rows of one claim as accepted by the relay, in one statement. */
  markOutboxSent(ids: string[], claimToken: string, now: Date): Promise<void>;
  markOutboxRetry(id: string, worker: string, error: string, nextAttemptAt: Date): Promise<void>;
  markOutboxFailed(id: string, worker: string, error: string): Promise<void>;
  markOutboxSkipped(id: string, worker: string, reason: string): Promise<void>;
  /** Acknowledgements sent to each address since `since` (the loop guard's window). */
  countAcknowledgementsSince(addresses: string[], since: Date): Promise<Map<string, number>>;
  suppressedAmong(addresses: string[]): Promise<Set<string>>;
  suppress(address: string, reason: string, now: Date): Promise<void>;
}
