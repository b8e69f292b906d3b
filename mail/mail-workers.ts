/**
 * Starts the mail channel: the inbox reader (IMAP, or the local .eml folder when IMAP is not
 * configured) and the outbox sender (SMTP, or .eml files when SMTP is not configured). Used by
 * `npm start` with everything else and by `npm run intake -- mail` alone.
 */
import { hostname } from 'node:os';
import type { CaseDeps } from '../core/cases/case-deps.js';
import type { Classifier } from '../core/classify/classification.js';
import { startImapWorker } from './inbound/imap-worker.js';
import type { InboundDeps } from './inbound/process-message.js';
import { startLocalInbox } from './local/local-inbox.js';
import { readMailConfig, type MailConfig } from './mail-config.js';
import { jsonLog, type MailLog } from './mail-log.js';
import type { MailStore } from './mail-store.js';
import { emlFolderTransport, smtpTransport } from './outbound/create-transport.js';
import type { RetrySchedule } from './outbound/retry-policy.js';
import { startOutboxSender, type OutboxSender } from './outbound/send-outbox.js';

export interface MailWorkersDeps {
  store: MailStore;
  caseDeps: CaseDeps;
  classify: Classifier;
  env: Record<string, string | undefined>;
  messageIdDomain: string;
  log?: MailLog;
  /** Identifies this process in leases and claims. */
  workerId?: string;
  retry?: RetrySchedule;
}

export interface MailWorkers {
  config: MailConfig;
  outbox: OutboxSender;
  stop(): Promise<void>;
  /** The same as stop(), under the name app/start.ts uses for every part it runs. */
  close(): Promise<void>;
}

export function startMailChannel(deps: MailWorkersDeps): MailWorkers {
  const config = readMailConfig(deps.env, { messageIdDomain: deps.messageIdDomain });
  const log = deps.log ?? jsonLog;
  const worker = deps.workerId ?? config.workerId ?? `${hostname()}:${process.pid}`;
  const outbox = startOutboxSender({
    store: deps.store,
    transport: config.smtp ? smtpTransport(config.smtp) : emlFolderTransport(config.local.outbox),
    from: config.from,
    worker,
    now: deps.caseDeps.now,
    maxAcksPerSenderPerHour: config.maxAcksPerSenderPerHour,
    retry: deps.retry,
    log,
  });
  const inboundDeps: InboundDeps = {
    store: deps.store,
    caseDeps: deps.caseDeps,
    classify: deps.classify,
    config,
    worker,
    claimLeaseMs: config.leaseMs,
  };
  const onBatchDone = () => outbox.kick();
  const inbox = config.imap
    ? startImapWorker({
        settings: config.imap,
        deps: inboundDeps,
        batchSize: config.batchSize,
        concurrency: config.concurrency,
        pollIntervalMs: config.pollIntervalMs,
        leaseTtlMs: config.leaseMs,
        onBatchDone,
        log,
      })
    : startLocalInbox({
        folders: config.local,
        deps: inboundDeps,
        pollIntervalMs: Math.min(config.pollIntervalMs, 2_000),
        leaseMs: config.leaseMs,
        batchSize: config.batchSize,
        concurrency: config.concurrency,
        onBatchDone,
        log,
      });
  log('mail_started', { inbox: config.imap ? 'imap' : 'local-folder', outbox: config.smtp ? 'smtp' : 'eml-folder' });
  const stop = async () => {
    // Inbox first: a message in flight finishes and may still add outbox rows.
    await inbox.stop();
    await outbox.stop();
  };
  return { config, outbox, stop, close: stop };
}
