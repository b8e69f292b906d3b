/**
 * Every kind of machine-written mail is recognised (and so never acknowledged), and ordinary
 * mail from people is not. One row per rule, as the RFCs name them.
 */
import { describe, expect, it } from 'vitest';
import { detectAutomatic } from '../../../mail/inbound/detect-automatic.js';
import { headerMapFromText } from '../../../mail/inbound/header-map.js';

const context = { ownAddress: 'feedback@gov.je', ownMessageIdDomain: 'feedback.gov.je' };
const person =
  'From: Anna Smith <anna@example.org>\nTo: feedback@gov.je\nSubject: Bin collection missed\nMessage-ID: <abc@example.org>\n';

const automatic: Array<[string, string, string]> = [
  [
    'DSN (RFC 3464)',
    'From: Mail Delivery System <mailer-daemon@mx.example.org>\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\n',
    'bounce',
  ],
  [
    'DSN from a relay with a normal From',
    'From: relay@example.org\nContent-Type: multipart/report; report-type="delivery-status"; boundary=x\n',
    'bounce',
  ],
  [
    'read receipt (RFC 8098)',
    'From: anna@example.org\nContent-Type: multipart/report; report-type=disposition-notification; boundary=x\n',
    'read_receipt',
  ],
  ['null reverse-path', 'Return-Path: <>\nFrom: anna@example.org\nSubject: hello\n', 'bounce'],
  ['MAILER-DAEMON sender', 'From: MAILER-DAEMON@example.org\nSubject: failure notice\n', 'bounce'],
  ['postmaster sender', 'From: postmaster@example.org\nSubject: Mail problem\n', 'bounce'],
  ['out-of-office (Auto-Submitted: auto-replied)', `${person}Auto-Submitted: auto-replied\n`, 'auto_reply'],
  ['notification (Auto-Submitted: auto-generated)', `${person}Auto-Submitted: auto-generated\n`, 'auto_reply'],
  [
    'sieve notify (RFC 5436 auto-notified)',
    `${person}Auto-Submitted: auto-notified; owner-email="x@example.org"\n`,
    'auto_reply',
  ],
  ['X-Autoreply', `${person}X-Autoreply: yes\n`, 'auto_reply'],
  ['X-Autorespond', `${person}X-Autorespond: vacation\n`, 'auto_reply'],
  ['Exchange OOF', `${person}X-Auto-Response-Suppress: All\n`, 'auto_reply'],
  ['Precedence: bulk', `${person}Precedence: bulk\n`, 'bulk'],
  ['Precedence: junk', `${person}Precedence: junk\n`, 'bulk'],
  ['Precedence: list', `${person}Precedence: list\n`, 'bulk'],
  ['mailing list (List-Id)', `${person}List-Id: Residents <residents.lists.example.org>\n`, 'mailing_list'],
  ['newsletter (List-Unsubscribe)', `${person}List-Unsubscribe: <mailto:unsub@example.org>\n`, 'mailing_list'],
  [
    'our own acknowledgement coming back',
    'From: Feedback <feedback@gov.je>\nSubject: We received your complaint FB-2026-000001\nMessage-ID: <x1@feedback.gov.je>\n',
    'own_message',
  ],
  ['our Message-ID forwarded by a rule', 'From: anna@example.org\nMessage-ID: <x2@feedback.gov.je>\n', 'own_message'],
  [
    'Outlook out-of-office by subject only',
    'From: anna@example.org\nSubject: Automatic reply: Bin collection missed\n',
    'auto_reply',
  ],
  ['old MTA bounce by subject only', 'From: relay@example.org\nSubject: Undelivered Mail Returned to Sender\n', 'bounce'],
  ['Portuguese auto-reply by subject', 'From: joao@example.pt\nSubject: Resposta automática: ausente\n', 'auto_reply'],
  ['Polish auto-reply by subject', 'From: jan@example.pl\nSubject: Automatyczna odpowiedź: urlop\n', 'auto_reply'],
];

describe('detectAutomatic', () => {
  it.each(automatic)('%s → %s', (_name, head, kind) => {
    expect(detectAutomatic(headerMapFromText(head), context)?.kind).toBe(kind);
  });

  const people: Array<[string, string]> = [
    ['an ordinary complaint', person],
    ['Auto-Submitted: no (RFC 3834: written by a person)', `${person}Auto-Submitted: no\n`],
    ['a reply to our acknowledgement', `${person}In-Reply-To: <x1@feedback.gov.je>\n`],
    ['a subject mentioning an office', 'From: anna@example.org\nSubject: The office was closed again\n'],
  ];
  it.each(people)('%s → a person', (_name, head) => {
    expect(detectAutomatic(headerMapFromText(head), context)).toBeNull();
  });
});
