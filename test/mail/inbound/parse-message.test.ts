/**
 * What the pipeline reads out of real-world mail: charsets decoded, HTML made safe and turned
 * into text, identifiers normalised, attachments fingerprinted.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../mail/inbound/parse-message.js';

const crlf = (text: string) => Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'latin1');

describe('parseMessage', () => {
  it('decodes a Polish message in ISO-8859-2 quoted-printable', async () => {
    const parsed = await parseMessage(
      crlf(`From: =?ISO-8859-2?Q?Jan_Kowalski?= <jan@example.pl>
Subject: =?ISO-8859-2?Q?Skarga_na_op=F3=BCnienie?=
Message-ID: <pl-1@example.pl>
Content-Type: text/plain; charset=ISO-8859-2
Content-Transfer-Encoding: quoted-printable

Autobus si=EA sp=F3=BCni=B3 o godzin=EA.
`),
    );
    expect(parsed.fromName).toBe('Jan Kowalski');
    expect(parsed.subject).toBe('Skarga na opóźnienie');
    expect(parsed.text).toBe('Autobus się spóźnił o godzinę.');
    expect(parsed.messageId).toBe('pl-1@example.pl');
  });

  it('turns HTML-only mail into text and strips scripts from the HTML it keeps', async () => {
    const parsed = await parseMessage(
      crlf(`From: a@example.org
Subject: html
Content-Type: text/html; charset=utf-8

<p>The <b>lift</b> is broken.</p><script>alert(1)</script><img src=x onerror="steal()">
`),
    );
    expect(parsed.text).toContain('The lift is broken.');
    expect(parsed.safeHtml).not.toMatch(/script|onerror/);
  });

  it('normalises Message-ID, In-Reply-To and References without angle brackets, and lower-cases the sender', async () => {
    const parsed = await parseMessage(
      crlf(`From: Anna <Anna@Example.ORG>
Subject: Re: x
Message-ID: <r1@example.org>
In-Reply-To: <ack-1@feedback.gov.test>
References: <orig@example.org>
 <ack-1@feedback.gov.test>

text
`),
    );
    expect(parsed).toMatchObject({
      fromAddress: 'anna@example.org',
      messageId: 'r1@example.org',
      inReplyTo: ['ack-1@feedback.gov.test'],
      references: ['orig@example.org', 'ack-1@feedback.gov.test'],
    });
  });

  it('treats a sender without a usable address as unknown (the case is then anonymous)', async () => {
    const parsed = await parseMessage(crlf(`From: undisclosed-recipients:;\nSubject: x\n\nHello\n`));
    expect(parsed.fromAddress).toBeNull();
  });

  it('gives each attachment its size and SHA-256', async () => {
    const parsed = await parseMessage(
      crlf(`From: a@example.org
Subject: photo
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

see photo
--b
Content-Type: image/png; name=pothole.png
Content-Disposition: attachment; filename=pothole.png
Content-Transfer-Encoding: base64

aGVsbG8=
--b--
`),
    );
    expect(parsed.attachments).toEqual([
      expect.objectContaining({
        filename: 'pothole.png',
        contentType: 'image/png',
        size: 5,
        sha256: createHash('sha256').update('hello').digest('hex'),
      }),
    ]);
  });

  it('gives the same content hash to two copies that differ only in their transport headers', async () => {
    const body = `From: a@example.org\nSubject: same\nDate: Mon, 02 Mar 2026 09:00:00 +0000\n\nThe same text.\n`;
    const one = await parseMessage(crlf(`Received: from mx1\n${body}`));
    const two = await parseMessage(crlf(`Received: from mx2\nReceived: from relay\n${body}`));
    expect(one.contentHash).toBe(two.contentHash);
  });
});
