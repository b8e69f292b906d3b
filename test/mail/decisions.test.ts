/**
 * What each kind of message becomes, end to end against Dovecot and the SMTP listener: automatic
 * mail is recorded and never answered (and a bounce of our acknowledgement marks it failed),
 * copies are ignored, unreadable mail is quarantined with its reason, attachments are kept or
 * refused, safeguarding alerts go out at once and out-of-scope mail gets its referral.
 * Nothing is ever deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_ADDRESS, personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';

let h: MailHarness;
beforeAll(async () => {
  h = await startMailHarness({ env: { MAIL_MAX_MESSAGE_BYTES: '200000' } });
  h.start();
});
afterAll(async () => h?.close());

const db = () => h.services.store.db;
const decided = (messageId: string) =>
  waitUntil(
    () => db().inboundMessage.findFirst({ where: { messageId, status: { not: 'processing' } } }),
    `the decision on ${messageId}`,
  );
const settled = async () => {
  await waitUntil(async () => (await h.counts()).inbox === 0, 'the inbox to be empty');
  await waitUntil(
    async () => (await db().outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) === 0,
    'the outbox to drain',
  );
};

const bounceOf = (ackMessageId: string, to: string) => `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: ${FEEDBACK_ADDRESS}
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

This is the mail system. Your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; ${to}
Action: failed
Status: 5.1.1

--b1
Content-Type: text/rfc822-headers

From: Customer Feedback <${FEEDBACK_ADDRESS}>
To: ${to}
Message-ID: ${ackMessageId}
Auto-Submitted: auto-replied

--b1--
`;

describe('automatic messages are recorded and never acknowledged', () => {
  const kinds: Array<[string, string]> = [
    [
      'out-of-office (RFC 3834 Auto-Submitted)',
      personMail({ messageId: '<ooo@example.org>', subject: 'Out of office', headers: ['Auto-Submitted: auto-replied'] }),
    ],
    [
      'vacation responder (X-Autoreply)',
      personMail({ messageId: '<xauto@example.org>', subject: 'Away', headers: ['X-Autoreply: yes'] }),
    ],
    [
      'bulk mail (Precedence: bulk)',
      personMail({ messageId: '<bulk@example.org>', subject: 'Offers', headers: ['Precedence: bulk'] }),
    ],
    [
      'mailing list (List-Id)',
      personMail({
        messageId: '<list@example.org>',
        subject: '[residents] minutes',
        headers: ['List-Id: <residents.example.org>'],
      }),
    ],
    [
      'our own acknowledgement coming back',
      personMail({
        from: `Customer Feedback <${FEEDBACK_ADDRESS}>`,
        messageId: '<loop@feedback.gov.test>',
        subject: 'We received your feedback',
      }),
    ],
    [
      'a read receipt (RFC 8098)',
      personMail({
        messageId: '<mdn@example.org>',
        subject: 'Read: complaint',
        contentType: 'multipart/report; report-type=disposition-notification; boundary=x',
        text: '--x\nContent-Type: text/plain\n\nYour message was displayed.\n--x--',
      }),
    ],
  ];
  it.each(kinds)('%s', async (_name, raw) => {
    const id = /Message-ID: <([^>]+)>/.exec(raw)![1]!;
    await h.deliver(raw);
    const record = await decided(id);
    expect(record).toMatchObject({ status: 'done', decision: 'automatic', caseId: null });
    expect(record.reason).toBeTruthy();
    await settled();
    expect(await db().case.count({ where: { sourceMessageId: `<${id}>` } })).toBe(0);
    expect(h.smtp.received.filter((m) => m.header('in-reply-to') === `<${id}>`)).toHaveLength(0);
  });

  it('a bounce of our acknowledgement marks it failed, suppresses the address and is not answered', async () => {
    await h.deliver(personMail({ from: 'gone@example.org', messageId: '<to-bounce@example.org>' }));
    const ack = await waitUntil(
      async () => h.smtp.received.find((m) => m.to.includes('gone@example.org')),
      'the acknowledgement',
    );
    const ackId = ack.header('message-id')!;
    await waitUntil(
      () => db().outboxMessage.findFirst({ where: { messageId: ackId, status: 'sent' } }),
      'the acknowledgement recorded as sent',
    );
    const before = h.smtp.received.length;

    await h.deliver(bounceOf(ackId, 'gone@example.org'));
    const record = await decided('bounce-1@mx.example.org');
    expect(record.decision).toBe('automatic');
    expect(record.reason).toMatch(/bounce/);
    const row = await db().outboxMessage.findFirstOrThrow({ where: { messageId: ackId } });
    expect(row.status).toBe('failed');
    expect(row.lastError).toMatch(/bounced/);
    expect(await db().mailSuppression.findUnique({ where: { address: 'gone@example.org' } })).not.toBeNull();
    await settled();
    expect(h.smtp.received.length).toBe(before);

    // The suppressed address gets no further acknowledgement; the case is still opened.
    await h.deliver(personMail({ from: 'gone@example.org', messageId: '<after-bounce@example.org>', subject: 'Second try' }));
    const second = await decided('after-bounce@example.org');
    expect(second.decision).toBe('new_case');
    await settled();
    const skipped = await db().outboxMessage.findFirstOrThrow({ where: { caseId: second.caseId!, kind: 'acknowledgement' } });
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'address on the suppression list' });
    expect(h.smtp.received.length).toBe(before);
  });
});

describe('copies of the same message', () => {
  it('the same Message-ID twice gives one case and one acknowledgement', async () => {
    const raw = personMail({ from: 'twice@example.org', messageId: '<twice@example.org>' });
    await h.deliver(raw, raw);
    await settled();
    const records = await db().inboundMessage.findMany({
      where: { messageId: 'twice@example.org' },
      orderBy: { createdAt: 'asc' },
    });
    expect(records.map((r) => r.decision).sort()).toEqual(['duplicate', 'new_case']);
    expect(await db().case.count({ where: { sourceMessageId: '<twice@example.org>' } })).toBe(1);
    expect(h.smtp.received.filter((m) => m.to.includes('twice@example.org'))).toHaveLength(1);
  });

  it('without a Message-ID, the same content twice gives one case', async () => {
    const raw = personMail({
      from: 'noid@example.org',
      messageId: null,
      subject: 'No id',
      text: 'My street light has been broken since January.',
    });
    await h.deliver(raw);
    await settled();
    await h.deliver(raw);
    await settled();
    const records = await db().inboundMessage.findMany({ where: { messageId: null, dedupeKey: { startsWith: 'sha256:' } } });
    expect(records.map((r) => r.decision).sort()).toEqual(['duplicate', 'new_case']);
    expect(h.smtp.received.filter((m) => m.to.includes('noid@example.org'))).toHaveLength(1);
  });
});

describe('quarantine', () => {
  it('mail over the size limit and empty mail are quarantined with the reason; nothing is deleted', async () => {
    const before = await h.counts();
    const big = personMail({ from: 'big@example.org', messageId: '<big@example.org>', text: 'x'.repeat(250_000) });
    const empty = personMail({ from: 'empty@example.org', messageId: '<empty@example.org>', subject: '', text: '' });
    await h.deliver(big, empty);
    await settled();
    const quarantined = await db().inboundMessage.findMany({ where: { status: 'quarantined' } });
    const reasons = quarantined.map((q) => q.reason ?? '');
    expect(reasons.some((r) => /larger than 200000 bytes/.test(r))).toBe(true);
    expect(reasons.some((r) => /empty message/.test(r))).toBe(true);
    const after = await h.counts();
    expect(after.quarantine - before.quarantine).toBe(2);
    expect(after.inbox).toBe(0);
    expect(h.smtp.received.filter((m) => m.to.includes('big@example.org') || m.to.includes('empty@example.org'))).toHaveLength(0);
  });
});

describe('no address to answer', () => {
  it('mail without a usable sender opens an anonymous case and no acknowledgement is sent', async () => {
    const before = h.smtp.received.length;
    await h.deliver(
      personMail({
        from: 'undisclosed-recipients:;',
        messageId: '<anon@example.org>',
        text: 'The park toilets are always locked. Not happy.',
      }),
    );
    const record = await decided('anon@example.org');
    expect(record.decision).toBe('new_case');
    await settled();
    const found = await db().case.findUniqueOrThrow({ where: { id: record.caseId! }, include: { outbox: true } });
    expect(found.anonymous).toBe(true);
    expect(found.outbox.find((o) => o.kind === 'acknowledgement')).toMatchObject({
      status: 'skipped',
      skipReason: 'anonymous: no address to reply to',
    });
    expect(h.smtp.received.length).toBe(before);
  });
});

describe('attachments, safeguarding and scope', () => {
  it('keeps a PDF with its SHA-256, refuses a program and notes why on the case', async () => {
    const raw = `From: Pat <pat@example.org>
To: ${FEEDBACK_ADDRESS}
Subject: Wrong charge on my council tax
Message-ID: <attach@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain; charset=utf-8

I was charged twice. My bill is attached. This is wrong.
--m1
Content-Type: application/pdf; name="bill.pdf"
Content-Disposition: attachment; filename="bill.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IK
--m1
Content-Type: application/octet-stream; name="invoice.exe"
Content-Disposition: attachment; filename="invoice.exe"
Content-Transfer-Encoding: base64

TVqQAAMAAAAEAAAA
--m1--
`;
    await h.deliver(raw);
    const record = await decided('attach@example.org');
    expect(record.decision).toBe('new_case');
    const files = await db().inboundAttachment.findMany({ where: { caseId: record.caseId! }, orderBy: { filename: 'asc' } });
    expect(files.map((f) => [f.filename, f.refusedReason])).toEqual([
      ['bill.pdf', null],
      ['invoice.exe', 'executable file type (.exe)'],
    ]);
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(files[0]!.content).not.toBeNull();
    expect(files[1]!.content).toBeNull();
  });

  it('a safeguarding concern alerts the safeguarding address at once', async () => {
    await h.deliver(
      personMail({
        from: 'worried@example.org',
        messageId: '<sg@example.org>',
        subject: 'Please help',
        text: 'My neighbour told me her husband hits her and the children are scared. Please help.',
      }),
    );
    const record = await decided('sg@example.org');
    const alert = await waitUntil(
      async () => h.smtp.received.find((m) => m.to.includes('safeguarding@feedback.gov.test')),
      'the safeguarding alert',
    );
    const found = await db().case.findUniqueOrThrow({ where: { id: record.caseId! } });
    expect(found.safeguarding).toBe(true);
    expect(alert.parsed.subject).toContain(found.reference);
    expect(alert.header('auto-submitted')).toBe('auto-generated');
  });

  it('an out-of-scope request is acknowledged with where to go instead', async () => {
    await h.deliver(
      personMail({
        from: 'foi@example.org',
        messageId: '<foi@example.org>',
        subject: 'FOI request',
        text: 'I want to make a Freedom of Information request for the number of parking fines issued in 2025.',
      }),
    );
    const record = await decided('foi@example.org');
    const ack = await waitUntil(async () => h.smtp.received.find((m) => m.to.includes('foi@example.org')), 'the acknowledgement');
    const found = await db().case.findUniqueOrThrow({ where: { id: record.caseId! } });
    expect(found.outOfScope).toBe('foi');
    expect(ack.parsed.text).toMatch(/Freedom of Information/i);
  });
});
