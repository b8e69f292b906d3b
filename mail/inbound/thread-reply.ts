/**
 * Is this message a reply to one of our cases? Two signals, strongest first: the
 * In-Reply-To/References chain (RFC 5322 §3.6.4) naming a message we stored or sent, then a case
 * reference in the subject (our acknowledgement's subject carries it, and people copy it).
 *
 * A reply joins the case only when its sender is a party of that case. Anyone else quoting a
 * reference gets a new case and learns nothing about the old one (POLICY.md §9: information only
 * to those with a need to know).
 */
import { consentByReply, type ConsentAnswer } from '../../core/cases/read-consent-answer.js';
import type { ParsedMessage } from './parse-message.js';

/** GoJ references look like FB-2026-000123 (core/cases allocates them). */
const CASE_REFERENCE = /\bFB-\d{4}-\d{4,}\b/gi;

export interface ThreadClues {
  /** Message-IDs this message answers, nearest first (In-Reply-To, then References newest first). */
  messageIds: string[];
  /** Case references written in the subject. */
  references: string[];
}

export function threadClues(message: Pick<ParsedMessage, 'inReplyTo' | 'references' | 'subject'>): ThreadClues {
  const messageIds = [...new Set([...message.inReplyTo, ...[...message.references].reverse()])];
  const references = [...new Set((message.subject.match(CASE_REFERENCE) ?? []).map((r) => r.toUpperCase()))];
  return { messageIds, references };
}

/** A case found from the clues, with the addresses of its parties. */
export interface ThreadMatch {
  caseId: string;
  reference: string;
  matchedBy: 'message_id' | 'subject_reference';
  /** Addresses of the case's parties (the writer and, when known, the subject). */
  partyEmails: string[];
  /** Addresses of the person the feedback is about (subject party, or whom we asked for consent). */
  subjectEmails: string[];
  /** The case waits for the subject's consent (POLICY.md §2). */
  awaitingConsent: boolean;
}

export type ThreadDecision =
  | { kind: 'reply'; caseId: string; reason: string; consent: ConsentAnswer | null }
  | { kind: 'not_a_reply'; reason: string | null };

export function decideThread(senderAddress: string | null, match: ThreadMatch | null, newText: string): ThreadDecision {
  if (!match) return { kind: 'not_a_reply', reason: null };
  const sender = senderAddress?.toLowerCase() ?? null;
  const among = (list: string[]) => sender !== null && list.some((email) => email.toLowerCase() === sender);
  const senderIsSubject = among(match.subjectEmails);
  const senderIsWriter = among(match.partyEmails);
  const consent = consentByReply({
    awaitingConsent: match.awaitingConsent,
    senderIsWriter,
    senderIsSubject,
    inThreadByMessageId: match.matchedBy === 'message_id',
    text: newText,
  });
  if (senderIsWriter || senderIsSubject) {
    return { kind: 'reply', caseId: match.caseId, reason: `reply by a party, matched by ${match.matchedBy}`, consent };
  }
  if (consent) {
    return { kind: 'reply', caseId: match.caseId, reason: `consent answer in the thread of our message`, consent };
  }
  return {
    kind: 'not_a_reply',
    reason: `refers to an existing case (by ${match.matchedBy}) but the sender is not a party: treated as new`,
  };
}
