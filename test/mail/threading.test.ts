/**
 * Replies: a party's reply joins its case (by the reply chain or by the reference in the
 * subject), a stranger quoting a reference gets a case of their own and learns nothing of the
 * other, and the subject's consent by reply starts the clock (POLICY.md §2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../core/cases/create-case.js';
import { personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';

let h: MailHarness;
beforeAll(async () => {
  h = await startMailHarness();
  h.start();
});
afterAll(async () => h?.close());

const db = () => h.services.store.db;
const ackTo = (address: string) =>
  waitUntil(async () => h.smtp.received.find((m) => m.to.includes(address)), `an acknowledgement to ${address}`);
const inbound = (messageId: string) =>
  waitUntil(
    () => db().inboundMessage.findFirst({ where: { messageId, status: { not: 'processing' } } }),
    `the decision on ${messageId}`,
  );

describe('replies by email', () => {
  let reference = '';
  let caseId = '';
  let ackId = '';

  beforeAll(async () => {
    await h.deliver(personMail({ from: 'Anna Smith <anna@example.org>', messageId: '<first@example.org>' }));
    const ack = await ackTo('anna@example.org');
    ackId = ack.header('message-id')!;
    const found = await db().case.findFirstOrThrow({ where: { sourceMessageId: '<first@example.org>' } });
    reference = found.reference;
    caseId = found.id;
  });

  it('a reply in the thread joins the case with only the new words, and is not acknowledged again', async () => {
    await h.deliver(
      personMail({
        from: 'anna@example.org',
        subject: `Re: ${reference}`,
        messageId: '<reply-1@example.org>',
        headers: [`In-Reply-To: ${ackId}`, `References: <first@example.org> ${ackId}`],
        text: `It is now four weeks.\n\nOn Mon, 2 Mar 2026 at 10:00, Customer Feedback <feedback@feedback.gov.test> wrote:\n> Thank you for your complaint. Your reference is ${reference}.\n`,
      }),
    );
    expect(await inbound('reply-1@example.org')).toMatchObject({ decision: 'reply', caseId });
    const [entry] = await db().correspondence.findMany({ where: { caseId } });
    expect(entry).toMatchObject({ direction: 'inbound', text: 'It is now four weeks.', messageId: '<reply-1@example.org>' });
    expect(await db().case.count()).toBe(1);
    expect(h.smtp.received).toHaveLength(1);
  });

  it('a party writing with only the reference in the subject joins the case too', async () => {
    await h.deliver(
      personMail({
        from: 'ANNA@example.org',
        subject: `About ${reference}`,
        messageId: '<by-ref@example.org>',
        text: 'Any news?',
      }),
    );
    expect(await inbound('by-ref@example.org')).toMatchObject({ decision: 'reply', caseId });
    expect(await db().correspondence.count({ where: { caseId } })).toBe(2);
  });

  it('a stranger quoting the reference gets a new case and nothing of the old one', async () => {
    await h.deliver(
      personMail({
        from: 'Mallory <mallory@example.net>',
        subject: `Re: ${reference}`,
        messageId: '<stranger@example.net>',
        text: `What is the status of ${reference}? I am not happy with the road works outside my house.`,
      }),
    );
    const decided = await inbound('stranger@example.net');
    expect(decided.decision).toBe('new_case');
    expect(decided.caseId).not.toBe(caseId);
    expect(decided.reason).toMatch(/not a party/);
    const ack = await ackTo('mallory@example.net');
    const theirs = await db().case.findUniqueOrThrow({ where: { id: decided.caseId! } });
    expect(ack.parsed.subject).toContain(theirs.reference);
    expect(ack.parsed.text).not.toContain('bins');
    expect(ack.parsed.subject).not.toContain(reference);
    expect(await db().correspondence.count({ where: { caseId } })).toBe(2);
  });
});

describe('consent by reply', () => {
  it('the subject consenting in the thread records the consent and starts the clock that day', async () => {
    // Bob's complaint for his mother (as the classifier would read "on behalf of my mother"):
    // the case waits for her consent and Bob's acknowledgement asks for it.
    await createCase(
      {
        type: 'complaint',
        channel: 'email',
        receivedAt: '2026-03-02T10:00:00Z',
        description: 'Her carer did not turn up for three days last week and nobody called.',
        contact: { name: 'Bob Jones', email: 'bob@example.org', preferredMethod: 'email' },
        onBehalfOf: { relationship: 'child', subjectName: 'Mary Jones' },
        sourceMessageId: '<for-mum@example.org>',
      },
      h.services.caseDeps,
    );
    const ack = await ackTo('bob@example.org');
    const before = await db().case.findFirstOrThrow({ where: { sourceMessageId: '<for-mum@example.org>' } });
    expect(before.consentStatus).toBe('requested');
    expect(before.status).toBe('awaiting_consent');

    // Bob forwards our message to his mother; she answers in the thread, from her own address.
    await h.deliverAt(
      personMail({
        from: 'Mary Jones <mary@example.org>',
        subject: `Re: ${ack.parsed.subject}`,
        messageId: '<mary-consents@example.org>',
        headers: [`In-Reply-To: ${ack.header('message-id')}`],
        text: 'Yes, I consent to my son making this complaint for me.',
      }),
      new Date('2026-03-04T11:00:00Z'),
    );
    expect(await inbound('mary-consents@example.org')).toMatchObject({ decision: 'reply', caseId: before.id });
    const after = await db().case.findUniqueOrThrow({ where: { id: before.id }, include: { consents: true } });
    expect(after.consentStatus).toBe('given');
    expect(after.status).toBe('open');
    // POLICY.md §2: day 1 of the timeframe is the day consent is received (Wednesday 4 March).
    expect(after.clockStartsOn).toBe('2026-03-04');
    expect(after.consents.find((c) => c.kind === 'subject_consent')?.status).toBe('given');
  });
});
