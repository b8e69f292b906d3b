/**
 * A server without IDLE (RFC 2177): the worker still notices new mail, by polling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imapClient, personMail, startMailHarness, waitUntil, type MailHarness } from './support/mail-harness.js';

let h: MailHarness;
beforeAll(async () => {
  h = await startMailHarness({ imapWithoutIdle: true, env: { MAIL_POLL_INTERVAL_MS: '1000' } });
  h.start();
});
afterAll(async () => h?.close());

describe('polling fallback', () => {
  it('picks up new mail on a server that does not offer IDLE', async () => {
    const probe = await imapClient(h.dovecot);
    expect(probe.capabilities.has('IDLE')).toBe(false);
    await probe.logout();

    await new Promise((r) => setTimeout(r, 1_500));
    await h.deliver(personMail({ from: 'poll@example.org', messageId: '<polled@example.org>' }));
    await waitUntil(
      () => h.services.store.db.case.findFirst({ where: { sourceMessageId: '<polled@example.org>' } }),
      'the case from a polled mailbox',
      15_000,
    );
    await waitUntil(
      async () => h.smtp.received.some((m) => m.header('in-reply-to') === '<polled@example.org>'),
      'its acknowledgement',
    );
    expect((await h.counts()).inbox).toBe(0);
  });
});
