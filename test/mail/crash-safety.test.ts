/**
 * Crash at any step, restart: exactly one case and one acknowledgement per message (issue 4
 * §4). The mail worker runs as a real process (`intake mail`) that kills itself with SIGKILL at
 * the named step (mail/crash-point.ts); a second run under the same worker name finishes the
 * job and then stops cleanly on SIGTERM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';
import { runMailProcess } from './support/mail-process.js';

let h: MailHarness;
beforeAll(async () => {
  h = await startMailHarness();
});
afterAll(async () => h?.close());

const STEPS = ['after-claim', 'after-cases-created', 'after-recorded', 'after-moved', 'after-smtp-accepted'] as const;

describe('crash at each step, then restart', () => {
  it.each(STEPS)('%s', { timeout: 150_000 }, async (step) => {
    const db = h.services.store.db;
    const ids = [1, 2, 3].map((n) => `${step}-${n}@example.org`);
    const before = await h.counts();
    await h.deliver(...ids.map((id, n) => personMail({ from: `person${n}.${step}@example.org`, messageId: `<${id}>` })));
    const env = { ...h.env, MAIL_WORKER_ID: 'mail-1', MAIL_POLL_INTERVAL_MS: '500' };

    const crashing = runMailProcess({ ...env, MAIL_CRASH_AT: step });
    const crashed = await Promise.race([crashing.exited, new Promise((r) => setTimeout(() => r('timeout'), 45_000))]);
    expect(crashed, crashing.output()).toEqual({ code: null, signal: 'SIGKILL' });

    const restarted = runMailProcess(env);
    try {
      await waitUntil(
        async () => {
          const cases = await db.case.findMany({
            where: { sourceMessageId: { in: ids.map((id) => `<${id}>`) } },
            select: { id: true },
          });
          const sent = await db.outboxMessage.count({
            where: { caseId: { in: cases.map((c) => c.id) }, kind: 'acknowledgement', status: 'sent' },
          });
          return cases.length === 3 && sent === 3 && (await h.counts()).inbox === 0;
        },
        'every message processed and acknowledged after the restart',
        45_000,
      );
    } finally {
      const ended = await restarted.stop();
      expect(ended, restarted.output()).toEqual({ code: 0, signal: null });
    }

    for (const id of ids) {
      const cases = await db.case.findMany({ where: { sourceMessageId: `<${id}>` }, include: { outbox: true } });
      expect(cases).toHaveLength(1);
      const acks = cases[0]!.outbox.filter((o) => o.kind === 'acknowledgement');
      expect(acks).toHaveLength(1);
      const delivered = h.smtp.received.filter((m) => m.header('in-reply-to') === `<${id}>`);
      if (step === 'after-smtp-accepted') {
        // The one window SMTP cannot close: the relay accepted, the process died before
        // recording it. The same acknowledgement (same Message-ID) may go again, never a second one.
        expect(delivered.length).toBeGreaterThanOrEqual(1);
        expect(new Set(delivered.map((m) => m.header('message-id')))).toEqual(new Set([acks[0]!.messageId]));
      } else {
        expect(delivered).toHaveLength(1);
      }
      const records = await db.inboundMessage.findMany({ where: { messageId: id } });
      expect(records.map((r) => [r.status, r.decision])).toEqual([['done', 'new_case']]);
    }
    const after = await h.counts();
    expect(after.processed - before.processed).toBe(3);
  });
});
