/**
 * One message through the pipeline: parse, claim, decide (automatic → reply → duplicate →
 * new, issue 4 §3), act through the core, record the decision. The caller moves the message
 * to its folder only after this returns, so a crash anywhere leaves either nothing recorded
 * (the message is processed again from scratch) or a record that says what was already done.
 *
 * Crash-safety, step by step:
 * 1. claim: a row keyed by the message's mailbox identity (`source`) and its Message-ID (or
 *    content hash) is written first, in its own transaction. A second copy of the same
 *    Message-ID can never claim "first" (unique key), so it can never create a second case.
 * 2. act: the core creates the case and its acknowledgement in one transaction, tagged with the
 *    message's Message-ID. A worker that finds its claim half-done looks for that case before
 *    creating one, so a crash between 2 and 3 does not create a second case.
 * 3. complete: the decision and the attachments are recorded in one transaction.
 * 4. move (caller): a crash before the move means the message is seen again, its record says
 *    "finished", and it is only moved.
 */
import { createHash } from 'node:crypto';
import type { Classifier } from '../../core/classify/classification.js';
import { addCorrespondence } from '../../core/cases/add-correspondence.js';
import type { CaseDeps } from '../../core/cases/case-deps.js';
import type { IntakeInput } from '../../core/cases/intake-schema.js';
import { recordConsent } from '../../core/cases/record-consent.js';
import { isAppError } from '../../core/errors/app-error.js';
import type { MailConfig } from '../mail-config.js';
import type { AttachmentRow, ClaimResult, InboundClaim, InboundDecision, InboundRecord, MailStore } from '../mail-store.js';
import { judgeAttachments } from './attachment-policy.js';
import { buildIntake } from './build-intake.js';
import { detectAutomatic } from './detect-automatic.js';
import { findBouncedMessages } from './find-bounced-messages.js';
import { parseMessage, type ParsedMessage } from './parse-message.js';
import { splitReplyText } from './split-reply-text.js';
import { decideThread, threadClues } from './thread-reply.js';

export interface InboundItem {
  /** Where the copy lives: "imap:<mailbox>:<uidvalidity>:<uid>" or "local:<file>". */
  source: string;
  raw: Buffer;
  /** The server's arrival time (IMAP INTERNALDATE; file time in the local folder). */
  internalDate: Date;
}

export type Destination = 'processed' | 'quarantine' | 'leave';

export interface Outcome {
  source: string;
  destination: Destination;
  decision: InboundDecision | 'busy';
  reason: string;
  caseId: string | null;
}

export interface InboundDeps {
  store: MailStore;
  caseDeps: CaseDeps;
  classify: Classifier;
  config: Pick<MailConfig, 'fromAddress' | 'messageIdDomain' | 'maxMessageBytes' | 'attachmentLimits'>;
  worker: string;
  /** How long a claim stays ours without finishing (a crashed worker's claim is then taken over). */
  claimLeaseMs?: number;
}

const ACTOR = 'system:email';

/** Reply and forward prefixes of common mail clients (en, pt, pl, de, fr, es, nl, nordic). */
const REPLY_SUBJECT = /^\s*(re|fw|fwd|enc|res|odp|pd|aw|wg|tr|rv|sv|vs|antw)\s*(\[\d+\])?\s*:/i;

/** Messages without a Message-ID get a stable stand-in in the reserved .invalid domain (RFC 2606). */
function sourceMessageIdOf(parsed: ParsedMessage): string {
  return parsed.messageId ? `<${parsed.messageId}>` : `<sha256.${parsed.contentHash}@no-message-id.invalid>`;
}

function attachmentRows(parsed: ParsedMessage, deps: InboundDeps): AttachmentRow[] {
  const verdicts = judgeAttachments(
    parsed.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      head: a.content.subarray(0, 8),
    })),
    deps.config.attachmentLimits,
  );
  return parsed.attachments.map((a, i) => {
    const verdict = verdicts[i]!;
    return {
      filename: a.filename.slice(0, 255),
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      content: verdict.accepted ? a.content : null,
      refusedReason: verdict.accepted ? null : verdict.reason,
    };
  });
}

/** A new submission whose case is still to be created (in one transaction with its batch). */
export interface PendingCase {
  kind: 'new_case';
  source: string;
  recordId: string;
  intake: IntakeInput;
  reason: string;
  attachments: AttachmentRow[];
}

/** A message read from its source: parsed, or the reason it cannot be. */
export interface ReadMessage {
  item: InboundItem;
  parsed: ParsedMessage | null;
  unreadable: string | null;
  /** The key a second copy of the same message shares: Message-ID, else a content hash. */
  dedupeKey: string;
  contentHash: string;
}

export async function readMessage(item: InboundItem, deps: Pick<InboundDeps, 'config'>): Promise<ReadMessage> {
  // Mail too large or too broken to read is still claimed, so its quarantine is recorded.
  let parsed: ParsedMessage | null = null;
  let unreadable: string | null = null;
  if (item.raw.length > deps.config.maxMessageBytes) {
    unreadable = `message larger than ${deps.config.maxMessageBytes} bytes`;
  } else {
    try {
      parsed = await parseMessage(item.raw);
    } catch (error) {
      unreadable = `could not be parsed: ${(error as Error).name}: ${(error as Error).message.slice(0, 200)}`;
    }
  }
  if (parsed) {
    return {
      item,
      parsed,
      unreadable,
      dedupeKey: parsed.messageId ?? `sha256:${parsed.contentHash}`,
      contentHash: parsed.contentHash,
    };
  }
  const rawHash = createHash('sha256').update(item.raw).digest('hex');
  return { item, parsed, unreadable, dedupeKey: `raw-sha256:${rawHash}`, contentHash: rawHash };
}

export function claimOf(read: ReadMessage, deps: InboundDeps): InboundClaim {
  return {
    source: read.item.source,
    dedupeKey: read.dedupeKey,
    messageId: read.parsed?.messageId ?? null,
    contentHash: read.contentHash,
    internalDate: read.item.internalDate,
    worker: deps.worker,
    now: deps.caseDeps.now(),
    leaseMs: deps.claimLeaseMs ?? 120_000,
  };
}

/**
 * Steps 1–3 for one claimed message, and for a new submission everything but the case itself.
 * Returns the final outcome, or the pending case for the batch to create.
 */
export async function decideMessage(read: ReadMessage, claim: ClaimResult, deps: InboundDeps): Promise<Outcome | PendingCase> {
  const { store, caseDeps } = deps;
  const { item, parsed, unreadable } = read;
  if (claim.kind === 'busy') {
    return { source: item.source, destination: 'leave', decision: 'busy', reason: 'another worker holds it', caseId: null };
  }
  if (claim.kind === 'finished') return outcomeOf(item.source, claim.record);

  const record = claim.record;
  const finish = async (decision: InboundDecision, reason: string, caseId: string | null, attachments?: AttachmentRow[]) => {
    const status = decision === 'quarantine' ? 'quarantined' : 'done';
    await store.completeInbound(record.id, { status, decision, reason, caseId, attachments, now: caseDeps.now() });
    return outcomeOf(item.source, { ...record, status, decision, reason, caseId });
  };
  if (!parsed) return finish('quarantine', unreadable ?? 'unreadable', null);

  try {
    // 1. Automatic messages: recorded, never answered (RFC 3834).
    const automatic = detectAutomatic(parsed.headers, {
      ownAddress: deps.config.fromAddress,
      ownMessageIdDomain: deps.config.messageIdDomain,
    });
    if (automatic) {
      let reason = `${automatic.kind}: ${automatic.reason}`;
      if (automatic.kind === 'bounce') {
        const bounce = findBouncedMessages(item.raw.toString('latin1'), deps.config.messageIdDomain);
        if (bounce.permanent && bounce.ownMessageIds.length > 0) {
          const marked = await store.markOutboxBounced(
            bounce.ownMessageIds.map((id) => `<${id}>`),
            'bounced (delivery status notification)',
            caseDeps.now(),
          );
          reason += `; ${marked} of our messages marked failed`;
        }
      }
      return await finish('automatic', reason, null);
    }

    // 2. A reply by a party of an existing case joins that case.
    const clues = threadClues(parsed);
    const isReply = clues.messageIds.length > 0 || REPLY_SUBJECT.test(parsed.subject);
    const { newText } = splitReplyText(parsed.text, { isReply });
    let strangerNote: string | null = null;
    if (clues.messageIds.length > 0 || clues.references.length > 0) {
      const match = await store.findThreadMatch(clues);
      const thread = decideThread(parsed.fromAddress, match, newText);
      if (thread.kind === 'reply' && match) {
        if (record.duplicateOfId) return await finish('duplicate', 'same Message-ID as a reply already recorded', match.caseId);
        const messageId = sourceMessageIdOf(parsed);
        if (!(claim.resumed && (await store.hasCorrespondence(match.caseId, messageId)))) {
          await addCorrespondence(match.reference, caseDeps, {
            actor: ACTOR,
            direction: 'inbound',
            channel: 'email',
            fromParty: parsed.fromAddress,
            text: newText || parsed.subject,
            messageId,
            at: item.internalDate,
          });
        }
        let reason = thread.reason;
        if (thread.consent) reason += await recordConsentFromReply(match.reference, thread.consent, item.internalDate, caseDeps);
        return await finish('reply', reason, match.caseId, attachmentRows(parsed, deps));
      }
      strangerNote = thread.reason;
    }

    // 3. A copy of a message already processed.
    if (record.duplicateOfId) {
      return await finish(
        'duplicate',
        parsed.messageId ? 'same Message-ID as a message already processed' : 'same content as a message already processed',
        null,
      );
    }

    // 4. A new submission: prepared here, created with the rest of its batch (process-batch.ts).
    const sourceMessageId = sourceMessageIdOf(parsed);
    const existingCaseId = claim.resumed ? await store.findCaseIdBySourceMessageId(sourceMessageId) : null;
    if (existingCaseId)
      return await finish('new_case', strangerNote ?? 'new submission', existingCaseId, attachmentRows(parsed, deps));
    const text = newText || parsed.text;
    if (!text.trim() && !parsed.subject) return await finish('quarantine', 'empty message: no subject and no text', null);
    const classification = deps.classify({ channel: 'email', subject: parsed.subject || null, text: text || parsed.subject });
    return {
      kind: 'new_case',
      source: item.source,
      recordId: record.id,
      intake: buildIntake({ message: parsed, newText: text, classification, receivedAt: item.internalDate, sourceMessageId }),
      reason: strangerNote ?? 'new submission',
      attachments: attachmentRows(parsed, deps),
    };
  } catch (error) {
    // Input the core refuses is quarantined with the reason; anything else (store down) is
    // thrown so the message stays where it is and is tried again.
    if (isAppError(error) && error.code === 'INVALID_INPUT') {
      return await finish('quarantine', error.message.slice(0, 500), null);
    }
    throw error;
  }
}

async function recordConsentFromReply(
  reference: string,
  answer: 'given' | 'refused',
  at: Date,
  caseDeps: CaseDeps,
): Promise<string> {
  try {
    await recordConsent(reference, caseDeps, { actor: ACTOR, decision: answer, receivedAt: at, note: 'by email reply' });
    return `; consent ${answer} by the subject`;
  } catch (error) {
    // Not waiting for consent (already given, or never asked): the reply is still recorded.
    if (isAppError(error) && error.code === 'NOT_ALLOWED') return '; consent answer ignored: case not waiting for consent';
    throw error;
  }
}

export function outcomeOf(source: string, record: InboundRecord): Outcome {
  return {
    source,
    destination: record.status === 'quarantined' ? 'quarantine' : 'processed',
    decision: record.decision ?? 'quarantine',
    reason: record.reason ?? '',
    caseId: record.caseId,
  };
}
