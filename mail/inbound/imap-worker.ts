/**
 * The feedback-mailbox worker. It holds a database lease so that, of several processes pointed
 * at the same mailbox, exactly one reads it at a time (the others wait as hot standbys). Holding
 * the lease, it takes the IMAP mailbox lock, catches up with everything waiting, releases the
 * lock and sleeps in IDLE (RFC 2177) until new mail arrives, with a polling timer as the fallback
 * for servers or networks where IDLE notifications get lost. A dropped connection is retried
 * with exponential backoff; stop() lets the batches in flight finish and move before logging out.
 */
import { ImapFlow } from 'imapflow';
import type { ImapSettings } from '../mail-config.js';
import type { MailLog } from '../mail-log.js';
import { crashPoint } from '../crash-point.js';
import { Wakeup } from '../wakeup.js';
import { fetchMessages, listWaiting, uidOfSource } from './fetch-new.js';
import { ensureMailbox, moveMessages } from './move-processed.js';
import { processBatch } from './process-batch.js';
import type { InboundDeps, InboundItem, Outcome } from './process-message.js';

export interface ImapWorkerOptions {
  settings: ImapSettings;
  deps: InboundDeps;
  batchSize: number;
  concurrency: number;
  pollIntervalMs: number;
  leaseTtlMs?: number;
  /** Called after a batch created cases, so the outbox sender goes at once. */
  onBatchDone?: (outcomes: Outcome[]) => void;
  log: MailLog;
}

export interface ImapWorker {
  stop(): Promise<void>;
}

const BACKOFF_START_MS = 500;
const BACKOFF_MAX_MS = 30_000;
/** Batches worked at once: one waits on the database while the next is fetched and decided. */
const PIPELINE_DEPTH = 2;

export function startImapWorker(options: ImapWorkerOptions): ImapWorker {
  const { settings, deps, log } = options;
  const leaseName = `mail-inbound:${settings.host}:${settings.user}:${settings.mailbox}`;
  const leaseTtlMs = options.leaseTtlMs ?? 30_000;
  const wakeup = new Wakeup();
  let stopping = false;
  let client: ImapFlow | null = null;

  const now = () => deps.caseDeps.now();
  const holdLease = () => deps.store.acquireLease(leaseName, deps.worker, now(), leaseTtlMs);

  async function handleBatch(imap: ImapFlow, items: InboundItem[]): Promise<void> {
    const { outcomes, failures } = await processBatch(items, deps, options.concurrency, async () => {
      if (!(await holdLease())) throw new Error('lost the mailbox lease');
    });
    for (const f of failures) log('inbound_failed', { source: f.source, error: f.error?.message ?? String(f.error) });
    // Moved only now, after every decision is committed: a crash before this line means the
    // messages are seen again and their records say they are finished.
    const byDestination = (d: Outcome['destination']) =>
      outcomes.filter((o) => o.destination === d).map((o) => uidOfSource(o.source));
    await moveMessages(imap, byDestination('processed'), settings.processedMailbox);
    await moveMessages(imap, byDestination('quarantine'), settings.quarantineMailbox);
    crashPoint('after-moved');
    for (const o of outcomes)
      if (o.destination === 'quarantine') log('inbound_quarantined', { source: o.source, reason: o.reason });
    if (outcomes.length) options.onBatchDone?.(outcomes);
    if (failures.length) throw new Error(`${failures.length} messages could not be processed; retrying`);
  }

  /**
   * Processes everything waiting, in batches, with up to PIPELINE_DEPTH batches in flight: while
   * one batch waits on the database, the next is fetched and decided. Every batch is still
   * claimed, committed and then moved on its own, so the crash argument holds per batch.
   */
  async function drain(imap: ImapFlow): Promise<void> {
    const uids = await listWaiting(imap);
    if (uids.length === 0) return;
    log('inbound_waiting', { count: uids.length });
    const working: Promise<void>[] = [];
    let failed: unknown = null;
    for (let i = 0; i < uids.length && !stopping && !failed; i += options.batchSize) {
      const items = await fetchMessages(imap, settings.mailbox, uids.slice(i, i + options.batchSize));
      working.push(handleBatch(imap, items).catch((error) => void (failed ??= error)));
      if (working.length >= PIPELINE_DEPTH) await working.shift();
      if (!(await holdLease())) failed ??= new Error('lost the mailbox lease');
    }
    await Promise.all(working);
    if (failed) throw failed;
  }

  async function session(): Promise<void> {
    const imap = new ImapFlow({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: { user: settings.user, pass: settings.password },
      logger: false,
      // Without IDLE support, keep the connection alive and look for new mail with NOOP.
      missingIdleCommand: 'NOOP',
      // Enter IDLE as soon as the connection is free (imapflow waits 15 s by default), so new
      // mail is seen within moments of its arrival.
      autoIdleDelay: 50,
      // Restart IDLE regularly: some servers and NAT boxes drop silent connections.
      maxIdleTime: Math.min(options.pollIntervalMs, 5 * 60_000),
    });
    client = imap;
    imap.on('error', (error: Error) => log('imap_error', { error: error.message }));
    imap.on('close', () => wakeup.fire());
    imap.on('exists', () => wakeup.fire());
    await imap.connect();
    await ensureMailbox(imap, settings.processedMailbox);
    await ensureMailbox(imap, settings.quarantineMailbox);
    log('imap_ready', { mailbox: settings.mailbox });
    while (!stopping && imap.usable) {
      // The lock is held while we work on the mailbox and released while we wait: imapflow only
      // enters IDLE when no lock is held.
      const lock = await imap.getMailboxLock(settings.mailbox);
      try {
        await drain(imap);
      } finally {
        lock.release();
      }
      if (stopping) break;
      // Wake at least three times per lease period to renew it, even when no mail comes.
      await wakeup.wait(Math.min(options.pollIntervalMs, leaseTtlMs / 3));
      if (!(await holdLease())) throw new Error('lost the mailbox lease');
    }
    if (imap.usable) await imap.logout().catch(() => undefined);
  }

  const done = (async () => {
    let backoff = BACKOFF_START_MS;
    while (!stopping) {
      try {
        if (!(await holdLease())) {
          // Another process reads the mailbox; stand by and try again when its lease may end.
          await wakeup.wait(Math.min(leaseTtlMs / 3, 5_000));
          continue;
        }
        await session();
        backoff = BACKOFF_START_MS;
      } catch (error) {
        if (stopping) break;
        log('imap_retry', { error: (error as Error).message, inMs: backoff });
        (client as ImapFlow | null)?.close();
        await wakeup.wait(backoff);
        backoff = Math.min(backoff * 2, BACKOFF_MAX_MS);
      }
    }
    await deps.store.releaseLease(leaseName, deps.worker).catch(() => undefined);
  })();

  return {
    async stop() {
      stopping = true;
      wakeup.fire();
      // An IDLE in progress ends when the wait returns; nothing in flight is abandoned.
      await done;
      (client as ImapFlow | null)?.close();
    },
  };
}
