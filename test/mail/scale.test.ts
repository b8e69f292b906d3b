/**
 * Volume and scale-out: a 2,000-message backlog after an outage is worked off completely, and
 * two `intake mail` processes on one mailbox and one PostgreSQL database never create a case
 * twice or send an acknowledgement twice (a database lease, not luck); when the process holding
 * the mailbox dies, the other takes over.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';
import { runMailProcess, type MailProcess } from './support/mail-process.js';

describe('a 2,000-message backlog', () => {
  let h: MailHarness;
  beforeAll(async () => {
    h = await startMailHarness();
  });
  afterAll(async () => h?.close());

  it('is worked off after start: one case and one acknowledgement each', { timeout: 400_000 }, async () => {
    const N = 2000;
    const raws = Array.from({ length: N }, (_, i) =>
      personMail({ from: `backlog${i}@example.org`, messageId: `<backlog-${i}@example.org>` }),
    );
    for (let i = 0; i < N; i += 100) await h.deliver(...raws.slice(i, i + 100));
    expect((await h.counts()).inbox).toBe(N);

    h.start();
    const db = h.services.store.db;
    await waitUntil(
      async () => (await db.case.count()) === N && h.smtp.received.length >= N,
      'every case and acknowledgement',
      360_000,
    );
    await waitUntil(async () => (await h.counts()).inbox === 0, 'the inbox to be empty');
    expect(await h.counts()).toEqual({ inbox: 0, processed: N, quarantine: 0 });
    expect(await db.inboundMessage.count({ where: { decision: 'new_case' } })).toBe(N);
    expect(new Set(h.smtp.received.map((m) => m.header('in-reply-to'))).size).toBe(N);
    expect(h.smtp.received).toHaveLength(N);
  });
});

describe('two processes on one mailbox and one PostgreSQL database', () => {
  let h: MailHarness;
  const processes: MailProcess[] = [];
  beforeAll(async () => {
    h = await startMailHarness({ database: 'postgresql' });
  });
  afterAll(async () => {
    for (const p of processes) await p.stop();
    await h?.close();
  });

  it('never create or send twice, and the standby takes over when the holder dies', { timeout: 300_000 }, async () => {
    const db = h.services.store.db;
    const N = 300;
    const raws = Array.from({ length: N }, (_, i) =>
      personMail({ from: `two${i}@example.org`, messageId: `<two-${i}@example.org>` }),
    );
    for (let i = 0; i < N; i += 100) await h.deliver(...raws.slice(i, i + 100));

    const env = { ...h.env, MAIL_LEASE_MS: '10000', MAIL_BATCH_SIZE: '50', MAIL_POLL_INTERVAL_MS: '1000' };
    const a = runMailProcess({ ...env, MAIL_WORKER_ID: 'mail-a' });
    const b = runMailProcess({ ...env, MAIL_WORKER_ID: 'mail-b' });
    processes.push(a, b);
    await waitUntil(
      async () => (await db.case.count()) === N && h.smtp.received.length >= N,
      'every case and acknowledgement',
      240_000,
    );
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await db.case.count()).toBe(N);
    expect(h.smtp.received).toHaveLength(N);
    expect(new Set(h.smtp.received.map((m) => m.header('in-reply-to'))).size).toBe(N);
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(N);

    // The holder of the mailbox lease dies; the other notices when the lease runs out.
    const lease = await db.workerLease.findFirstOrThrow({ where: { name: { startsWith: 'mail-inbound:' } } });
    const [holder, standby] = lease.holder === 'mail-a' ? [a, b] : [b, a];
    holder.child.kill('SIGKILL');
    await holder.exited;
    await h.deliver(personMail({ from: 'late@example.org', messageId: '<after-failover@example.org>' }));
    await waitUntil(
      () => db.case.findFirst({ where: { sourceMessageId: '<after-failover@example.org>' } }),
      'the standby to take over',
      60_000,
    );
    await waitUntil(
      async () => h.smtp.received.some((m) => m.header('in-reply-to') === '<after-failover@example.org>'),
      'its acknowledgement',
    );
    const taken = await db.workerLease.findFirstOrThrow({ where: { name: lease.name } });
    expect(taken.holder).toBe(lease.holder === 'mail-a' ? 'mail-b' : 'mail-a');
    expect(await standby.stop()).toEqual({ code: 0, signal: null });
  });
});
