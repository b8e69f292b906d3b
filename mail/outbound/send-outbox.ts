/**
 * The outbox sender: claims due rows with a lease, applies the suppression list and the loop
 * guard to acknowledgements, sends, and records sent / retry-later / failed with the reason.
 * Several senders (processes) can run at once: a row is only ever claimed by one of them.
 *
 * A crash after the relay accepted a message but before "sent" was recorded leaves the row in
 * "sending"; when its lease runs out it is sent again with the same Message-ID (at-least-once:
 * SMTP has no way to ask whether a message was delivered).
 */
import { randomUUID } from 'node:crypto';
import type { MailLog } from '../mail-log.js';
import type { MailStore, OutboxRow } from '../mail-store.js';
import { runLimited } from '../run-limited.js';
import { batchCalls } from '../../core/batching/batch-calls.js';
import { crashPoint } from '../crash-point.js';
import { Wakeup } from '../wakeup.js';
import { buildMail } from './build-mail.js';
import type { MailTransport } from './create-transport.js';
import { LOOP_GUARD_WINDOW_MS, loopGuardAllows } from './loop-guard.js';
import { DEFAULT_RETRY, judgeSendFailure, type RetrySchedule } from './retry-policy.js';

export interface OutboxSenderOptions {
  store: MailStore;
  transport: MailTransport;
  from: string;
  worker: string;
  now: () => Date;
  maxAcksPerSenderPerHour: number;
  batchSize?: number;
  concurrency?: number;
  pollIntervalMs?: number;
  leaseMs?: number;
  retry?: RetrySchedule;
  log: MailLog;
}

export interface OutboxSender {
  /** Look for due rows now (called when new cases were created). */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * How long a "sent" record may wait to share its statement with others. A crash inside this
 * window sends that acknowledgement again on restart (with the same Message-ID, so threading
 * mail clients show one); 25 ms turned ~450 statements per 2,000 acknowledgements (bench:mail) into ~190.
 */
const SENT_RECORD_LINGER_MS = 25;

export function startOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { store, transport, log } = options;
  const wakeup = new Wakeup();
  const retry = options.retry ?? DEFAULT_RETRY;
  let stopping = false;

  async function sendOne(
    row: OutboxRow,
    token: string,
    allowed: (row: OutboxRow) => string | null,
    records: Array<Promise<void>>,
    recordSent: (id: string) => Promise<void>,
  ): Promise<void> {
    const now = options.now();
    if (!row.toAddress) {
      await store.markOutboxSkipped(row.id, token, 'no address');
      return;
    }
    const refusal = allowed(row);
    if (refusal) {
      await store.markOutboxSkipped(row.id, token, refusal);
      log('outbox_skipped', { id: row.id, reason: refusal });
      return;
    }
    try {
      await transport.send(buildMail(row, options.from));
    } catch (error) {
      const verdict = judgeSendFailure(error, row.attempts, retry);
      if (verdict.retry) {
        await store.markOutboxRetry(row.id, token, verdict.reason, new Date(now.getTime() + verdict.delayMs));
        log('outbox_retry', { id: row.id, reason: verdict.reason, inMs: verdict.delayMs });
      } else {
        await store.markOutboxFailed(row.id, token, verdict.reason);
        log('outbox_failed', { id: row.id, reason: verdict.reason });
      }
      return;
    }
    crashPoint('after-smtp-accepted');
    // Outside the try: a failure to record must not be mistaken for a failure to send (which
    // would schedule a second copy). The row stays leased to us and is resolved on the next run.
    // The lane goes on to its next send while the record is written; the batch waits for all.
    records.push(recordSent(row.id));
  }

  async function sendDue(): Promise<number> {
    let handled = 0;
    for (;;) {
      const token = `${options.worker}:${randomUUID()}`;
      const now = options.now();
      // Small claims, long lease: a claimed row must be sent long before its lease could end,
      // or another sender would take it and send it again.
      const rows = await store.claimOutbox(options.worker, token, now, options.leaseMs ?? 120_000, options.batchSize ?? 200);
      if (rows.length === 0) return handled;
      const ackAddresses = [
        ...new Set(rows.filter((r) => r.kind === 'acknowledgement' && r.toAddress).map((r) => r.toAddress!.toLowerCase())),
      ];
      const [sentCounts, suppressed] = await Promise.all([
        store.countAcknowledgementsSince(ackAddresses, new Date(now.getTime() - LOOP_GUARD_WINDOW_MS)),
        store.suppressedAmong(ackAddresses),
      ]);
      // Counted as we go, so one batch cannot exceed the limit either.
      const allowed = (row: OutboxRow): string | null => {
        if (row.kind !== 'acknowledgement') return null;
        const address = row.toAddress!.toLowerCase();
        if (suppressed.has(address)) return 'address on the suppression list';
        const sent = sentCounts.get(address) ?? 0;
        if (!loopGuardAllows(sent, options.maxAcksPerSenderPerHour)) {
          return `loop guard: ${options.maxAcksPerSenderPerHour} acknowledgements to this address in the last hour`;
        }
        sentCounts.set(address, sent + 1);
        return null;
      };
      // Sends finish concurrently; their "sent" records go to the store together, one statement
      // at a time (core/batching/batch-calls.ts).
      const recordSent = batchCalls<string, void>({
        inFlight: 1,
        maxBatch: rows.length,
        lingerMs: SENT_RECORD_LINGER_MS,
        run: async (ids) => {
          await store.markOutboxSent(ids, token, options.now());
          return ids.map(() => ({ status: 'fulfilled', value: undefined }));
        },
      });
      const records: Array<Promise<void>> = [];
      const results = await runLimited(rows, options.concurrency ?? 8, (row) =>
        sendOne(row, token, allowed, records, recordSent),
      );
      // Every record is settled before the next claim: rows of our own still "sending" are
      // claimable again (outbox-sending.ts), and must not be while their record is in flight.
      results.push(...(await Promise.allSettled(records)));
      for (const r of results) if (r.status === 'rejected') log('outbox_error', { error: (r.reason as Error)?.message });
      handled += rows.length;
      if (stopping) return handled;
    }
  }

  const done = (async () => {
    while (!stopping) {
      try {
        await sendDue();
      } catch (error) {
        log('outbox_error', { error: (error as Error).message });
      }
      if (!stopping) await wakeup.wait(options.pollIntervalMs ?? 1_000);
    }
  })();

  return {
    kick: () => wakeup.fire(),
    async stop() {
      stopping = true;
      wakeup.fire();
      await done;
      transport.close();
    },
  };
}
