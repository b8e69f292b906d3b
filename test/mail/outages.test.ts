/**
 * The servers misbehave: the SMTP relay is down or answers 4xx (nothing lost, nothing
 * doubled), answers 5xx (given up with the reason), a sender floods us (loop guard), and the
 * IMAP server restarts while the worker sits in IDLE (it reconnects and carries on).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';

let h: MailHarness;
beforeAll(async () => {
  // A long poll interval: new mail must be noticed through IDLE, not by polling.
  h = await startMailHarness({ env: { MAIL_POLL_INTERVAL_MS: '600000', MAIL_MAX_ACKS_PER_SENDER_PER_HOUR: '3' } });
  h.start();
});
afterAll(async () => h?.close());

const db = () => h.services.store.db;
const casesFor = (messageIds: string[]) =>
  db().case.findMany({ where: { sourceMessageId: { in: messageIds.map((id) => `<${id}>`) } }, select: { id: true } });

describe('SMTP outages', () => {
  it('SMTP down, then up: every acknowledgement arrives once', async () => {
    await h.smtp.stop();
    const ids = ['down-1@example.org', 'down-2@example.org', 'down-3@example.org'];
    await h.deliver(...ids.map((id, n) => personMail({ from: `down${n}@example.org`, messageId: `<${id}>` })));
    await waitUntil(async () => (await casesFor(ids)).length === 3, 'the cases');
    const waiting = await waitUntil(async () => {
      const rows = await db().outboxMessage.findMany({ where: { caseId: { in: (await casesFor(ids)).map((c) => c.id) } } });
      return rows.length === 3 && rows.every((r) => r.status === 'pending' && r.attempts >= 1 && r.lastError) ? rows : null;
    }, 'failed attempts recorded for retry');
    expect(waiting[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);

    await h.smtp.start();
    await waitUntil(
      async () => ids.every((id) => h.smtp.received.some((m) => m.header('in-reply-to') === `<${id}>`)),
      'the acknowledgements after the relay came back',
    );
    await new Promise((r) => setTimeout(r, 1_500));
    for (const id of ids) expect(h.smtp.received.filter((m) => m.header('in-reply-to') === `<${id}>`)).toHaveLength(1);
  });

  it('4xx (try again later) is retried until accepted', async () => {
    h.smtp.setMode('tempfail');
    await h.deliver(personMail({ from: 'busy@example.org', messageId: '<tempfail@example.org>' }));
    const [created] = await waitUntil(
      async () => ((await casesFor(['tempfail@example.org'])).length ? casesFor(['tempfail@example.org']) : null),
      'the case',
    );
    await waitUntil(
      () => db().outboxMessage.findFirst({ where: { caseId: created!.id, lastError: { contains: '451' } } }),
      'a 451 recorded',
    );
    h.smtp.setMode('accept');
    await waitUntil(
      () => db().outboxMessage.findFirst({ where: { caseId: created!.id, status: 'sent' } }),
      'the acknowledgement sent',
    );
    expect(h.smtp.received.filter((m) => m.header('in-reply-to') === '<tempfail@example.org>')).toHaveLength(1);
  });

  it('5xx (permanent) is given up at once with the reason', async () => {
    h.smtp.setMode('permfail');
    await h.deliver(personMail({ from: 'nobody@example.org', messageId: '<permfail@example.org>' }));
    const row = await waitUntil(async () => {
      const cases = await casesFor(['permfail@example.org']);
      return cases.length ? db().outboxMessage.findFirst({ where: { caseId: cases[0]!.id, status: 'failed' } }) : null;
    }, 'the acknowledgement given up');
    h.smtp.setMode('accept');
    expect(row.lastError).toMatch(/permanent failure: 550/);
    expect(row.attempts).toBe(1);
  });
});

describe('loop guard', () => {
  it('at most N acknowledgements per sender per hour; the rest are skipped with the reason', async () => {
    const ids = [1, 2, 3, 4, 5].map((n) => `flood-${n}@example.org`);
    for (const id of ids) {
      await h.deliver(personMail({ from: 'robot@example.org', messageId: `<${id}>`, subject: `Ticket ${id}` }));
      await waitUntil(async () => (await casesFor([id])).length === 1, 'the case');
    }
    const rows = await waitUntil(async () => {
      const all = await db().outboxMessage.findMany({ where: { toAddress: 'robot@example.org' } });
      return all.length === 5 && all.every((r) => r.status === 'sent' || r.status === 'skipped') ? all : null;
    }, 'all acknowledgements decided');
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'skipped').map((r) => r.skipReason)).toEqual([
      'loop guard: 3 acknowledgements to this address in the last hour',
      'loop guard: 3 acknowledgements to this address in the last hour',
    ]);
    expect(h.smtp.received.filter((m) => m.to.includes('robot@example.org'))).toHaveLength(3);
  });
});

describe('IMAP server restart during IDLE', () => {
  it('the worker reconnects and picks up mail that arrives after the restart', async () => {
    await h.deliver(personMail({ from: 'idle1@example.org', messageId: '<idle-1@example.org>' }));
    // Seen through IDLE within seconds, though the poll interval is ten minutes.
    await waitUntil(async () => (await casesFor(['idle-1@example.org'])).length === 1, 'the first case (via IDLE)', 10_000);
    await new Promise((r) => setTimeout(r, 500));

    await h.dovecot.restart();
    await h.deliver(personMail({ from: 'idle2@example.org', messageId: '<idle-2@example.org>' }));
    await waitUntil(async () => (await casesFor(['idle-2@example.org'])).length === 1, 'the case after the restart', 30_000);
    await waitUntil(
      async () => h.smtp.received.some((m) => m.header('in-reply-to') === '<idle-2@example.org>'),
      'its acknowledgement',
    );
    expect((await h.counts()).inbox).toBe(0);
  });
});
