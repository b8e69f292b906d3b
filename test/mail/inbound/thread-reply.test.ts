/** Replies join their case only when a party of the case wrote them. */
import { describe, expect, it } from 'vitest';
import { decideThread, threadClues, type ThreadMatch } from '../../../mail/inbound/thread-reply.js';

describe('threadClues', () => {
  it('reads the reply chain nearest first and case references from the subject', () => {
    const clues = threadClues({
      inReplyTo: ['ack-2@feedback.gov.je'],
      references: ['orig@example.org', 'ack-1@feedback.gov.je'],
      subject: 'Re: We received your complaint fb-2026-000123',
    });
    expect(clues.messageIds).toEqual(['ack-2@feedback.gov.je', 'ack-1@feedback.gov.je', 'orig@example.org']);
    expect(clues.references).toEqual(['FB-2026-000123']);
  });
});

describe('decideThread', () => {
  const match = {
    caseId: 'c1',
    reference: 'FB-2026-000123',
    matchedBy: 'subject_reference' as const,
    partyEmails: ['Anna@Example.org'],
    subjectEmails: ['mum@example.org'],
    awaitingConsent: false,
  };
  const rows: Array<[string, string | null, typeof match | null, 'reply' | 'not_a_reply']> = [
    ['a party replies (address case differs)', 'anna@example.org', match, 'reply'],
    ['a stranger quotes the reference', 'mallory@example.net', match, 'not_a_reply'],
    ['no sender address', null, match, 'not_a_reply'],
    ['the subject answers a consent request', 'mum@example.org', match, 'reply'],
    ['nothing matched', 'anna@example.org', null, 'not_a_reply'],
  ];
  it.each(rows)('%s → %s', (_name, sender, found, kind) => {
    expect(decideThread(sender, found, 'Any news?').kind).toBe(kind);
  });

  it('records why a stranger quoting a reference got a new case', () => {
    expect(decideThread('mallory@example.net', match, 'Any news?').reason).toMatch(/not a party/);
  });

  const waiting: ThreadMatch = { ...match, matchedBy: 'message_id', awaitingConsent: true };
  const consentRows: Array<[string, string, typeof waiting, 'given' | 'refused' | null, 'reply' | 'not_a_reply']> = [
    ['the subject consents from a forwarded copy', 'mum@elsewhere.org', waiting, 'given', 'reply'],
    ['the subject refuses from a forwarded copy', 'mum@elsewhere.org', { ...waiting }, 'refused', 'reply'],
    ['the representative cannot consent for the subject', 'anna@example.org', waiting, null, 'reply'],
    [
      'a stranger quoting only the reference cannot consent',
      'mum@elsewhere.org',
      { ...waiting, matchedBy: 'subject_reference' },
      null,
      'not_a_reply',
    ],
    ['no consent is read when none is awaited', 'mum@elsewhere.org', { ...waiting, awaitingConsent: false }, null, 'not_a_reply'],
  ];
  it.each(consentRows)('%s', (_name, sender, found, consent, kind) => {
    const text = consent === 'refused' ? 'I do not consent.' : 'Yes, I consent to my daughter complaining for me.';
    const decision = decideThread(sender, found, text);
    expect(decision.kind).toBe(kind);
    if (decision.kind === 'reply') expect(decision.consent).toBe(consent);
  });
});
