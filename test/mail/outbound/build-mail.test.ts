/** What goes on the wire for an acknowledgement: marked automatic, threaded, our Message-ID. */
import { describe, expect, it } from 'vitest';
import { buildMail } from '../../../mail/outbound/build-mail.js';

const row = {
  id: 'o1',
  caseId: 'c1',
  kind: 'acknowledgement',
  toAddress: 'anna@example.org',
  subject: 'We received your complaint: FB-2026-000001',
  bodyText: 'Olá',
  language: 'pt',
  messageId: '<o1@feedback.gov.test>',
  inReplyTo: '<orig@example.org>',
  references: '<orig@example.org>',
  attempts: 0,
};

describe('buildMail', () => {
  it('an acknowledgement is auto-replied (RFC 3834 §5), threaded and in the person’s language', () => {
    const mail = buildMail(row, 'Customer Feedback <feedback@feedback.gov.test>');
    expect(mail).toMatchObject({
      to: 'anna@example.org',
      messageId: '<o1@feedback.gov.test>',
      inReplyTo: '<orig@example.org>',
      references: '<orig@example.org>',
      headers: { 'Auto-Submitted': 'auto-replied', 'Content-Language': 'pt' },
    });
  });

  it('an alert to staff is auto-generated, not a reply', () => {
    const mail = buildMail({ ...row, kind: 'safeguarding_alert', inReplyTo: null, references: null }, 'x@feedback.gov.test');
    expect(mail.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated' });
    expect(mail.inReplyTo).toBeUndefined();
  });
});
