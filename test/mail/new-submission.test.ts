/**
 * A person emails the feedback mailbox: a case is opened from the server's arrival time, the
 * acknowledgement reaches them in their thread with our headers, the message is filed under
 * Processed, and the decision is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_ADDRESS, personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';

let h: MailHarness;
beforeAll(async () => {
  h = await startMailHarness();
  h.start();
});
afterAll(async () => h?.close());

describe('a new complaint by email', () => {
  it('opens a case dated by the server arrival time and sends one threaded acknowledgement', async () => {
    // Sent (Date header) on a Monday morning, but reached the server after 15:00 on Friday 6 March
    // 2026: POLICY.md §3, the clock starts on the next working day, Monday 9 March.
    const raw = personMail({ messageId: '<complaint-1@example.org>', date: 'Mon, 02 Mar 2026 09:00:00 +0000' });
    await h.deliverAt(raw, new Date('2026-03-06T16:30:00Z'));

    const [ack] = await h.smtp.waitFor(1);
    const db = h.services.store.db;
    const found = await db.case.findFirstOrThrow({
      where: { sourceMessageId: '<complaint-1@example.org>' },
      include: { parties: true },
    });
    expect(found.channel).toBe('email');
    expect(found.receivedAt.toISOString()).toBe('2026-03-06T16:30:00.000Z');
    expect(found.clockStartsOn).toBe('2026-03-09');
    expect(found.parties[0]).toMatchObject({ email: 'anna@example.org', name: 'Anna Smith' });
    expect(found.description).toContain('bins have not been collected');

    expect(ack!.to).toEqual(['anna@example.org']);
    expect(ack!.header('auto-submitted')).toBe('auto-replied');
    expect(ack!.header('in-reply-to')).toBe('<complaint-1@example.org>');
    expect(ack!.header('references')).toContain('<complaint-1@example.org>');
    expect(ack!.parsed.subject).toContain(found.reference);
    expect(ack!.parsed.from?.value[0]?.address).toBe(FEEDBACK_ADDRESS);
    const outbox = await waitUntil(
      () => db.outboxMessage.findFirst({ where: { caseId: found.id, kind: 'acknowledgement', status: 'sent' } }),
      'the acknowledgement to be recorded as sent',
    );
    expect(ack!.header('message-id')).toBe(outbox.messageId);

    const inbound = await db.inboundMessage.findFirstOrThrow({ where: { messageId: 'complaint-1@example.org' } });
    expect(inbound).toMatchObject({ status: 'done', decision: 'new_case', caseId: found.id });
    await waitUntil(async () => (await h.counts()).processed === 1, 'the message to be filed under Processed');
    expect(await h.counts()).toEqual({ inbox: 0, processed: 1, quarantine: 0 });
  });
});
