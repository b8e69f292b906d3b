/** Replies join their case only when a party of the case wrote them. */
import { describe, expect, it } from 'vitest';
import { decideThread, threadClues } from '../../../mail/inbound/thread-reply.js';

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
  const match = { caseId: 'c1', reference: 'FB-2026-000123', matchedBy: 'subject_reference' as const, partyEmails: ['Anna@Example.org'], subjectEmails: ['mum@example.org'] };
  const rows: Array<[string, string | null, typeof match | null, 'reply' | 'not_a_reply']> = [
    ['a party replies (address case differs)', 'anna@example.org', match, 'reply'],
    ['a stranger quotes the reference', 'mallory@example.net', match, 'not_a_reply'],
    ['no sender address', null, match, 'not_a_reply'],
    ['the subject answers a consent request', 'mum@example.org', match, 'reply'],
    ['nothing matched', 'anna@example.org', null, 'not_a_reply'],
  ];
  it.each(rows)('%s → %s', (_name, sender, found, kind) => {
    expect(decideThread(sender, found).kind).toBe(kind);
  });

  it('records why a stranger quoting a reference got a new case', () => {
    expect(decideThread('mallory@example.net', match).reason).toMatch(/not a party/);
  });
});
