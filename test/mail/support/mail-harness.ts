/**
 * One mail channel under test: a real Dovecot mailbox, a real SMTP listener, a fresh database
 * (SQLite or PostgreSQL) and the mail workers started as `npm run intake -- mail` starts them.
 */
import { ImapFlow } from 'imapflow';
import { createServices, type Services } from '../../../app/services.js';
import { startMailChannel, type MailWorkers } from '../../../mail/mail-workers.js';
import { silentLog } from '../../../mail/mail-log.js';
import { prismaMailStore } from '../../../prisma/store/mail/prisma-mail-store.js';
import { freshPostgres, freshSqlite, type FreshDatabase } from '../../support/databases.js';
import { startDovecot, type DovecotServer } from '../../support/dovecot.js';
import { startSmtpListener, type SmtpListener } from '../../support/smtp-listener.js';

export const FEEDBACK_ADDRESS = 'feedback@feedback.gov.test';

export interface MailHarness {
  dovecot: DovecotServer;
  smtp: SmtpListener;
  database: FreshDatabase;
  services: Services;
  env: Record<string, string>;
  start(options?: { workerId?: string; env?: Record<string, string> }): MailWorkers;
  /** Appends raw messages to the feedback mailbox (as a delivery agent would). */
  deliver(...raw: string[]): Promise<void>;
  /** Appends one message with the server arrival time (INTERNALDATE) given. */
  deliverAt(raw: string, internalDate: Date): Promise<void>;
  counts(): Promise<{ inbox: number; processed: number; quarantine: number }>;
  close(): Promise<void>;
}

export async function waitUntil<T>(
  check: () => Promise<T | false | null | undefined>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function imapClient(dovecot: DovecotServer): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  return client;
}

/** The mail workers on a test's services, as `npm start` wires them, with a test's settings. */
export function startTestMailChannel(
  services: Services,
  env: Record<string, string>,
  workerId: string,
  retry?: { baseDelayMs: number; maxDelayMs: number; maxAttempts: number },
): MailWorkers {
  return startMailChannel({
    store: prismaMailStore(services.store.db),
    caseDeps: services.caseDeps,
    classify: services.classify,
    env,
    messageIdDomain: 'feedback.gov.test',
    log: process.env.MAIL_TEST_LOG ? undefined : silentLog,
    workerId,
    retry,
  });
}

export async function startMailHarness(
  options: { database?: 'sqlite' | 'postgresql'; env?: Record<string, string>; imapWithoutIdle?: boolean } = {},
): Promise<MailHarness> {
  const [dovecot, smtp, database] = await Promise.all([
    startDovecot({ withoutIdle: options.imapWithoutIdle }),
    startSmtpListener(),
    options.database === 'postgresql' ? freshPostgres() : freshSqlite(),
  ]);
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    IMAP_HOST: dovecot.host,
    IMAP_PORT: String(dovecot.port),
    IMAP_SECURE: 'false',
    IMAP_USER: dovecot.user,
    IMAP_PASSWORD: dovecot.password,
    IMAP_PROCESSED_MAILBOX: 'Processed',
    IMAP_QUARANTINE_MAILBOX: 'Quarantine',
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: `Customer Feedback <${FEEDBACK_ADDRESS}>`,
    SAFEGUARDING_ALERT_TO: 'safeguarding@feedback.gov.test',
    MAIL_POLL_INTERVAL_MS: '2000',
    ...options.env,
  };
  const services = await createServices({ env, store: database.store });
  const running: MailWorkers[] = [];
  const deliverer = await imapClient(dovecot);
  const harness: MailHarness = {
    dovecot,
    smtp,
    database,
    services,
    env,
    start(startOptions = {}) {
      const workers = startTestMailChannel(services, { ...env, ...startOptions.env }, startOptions.workerId ?? 'test-worker', {
        baseDelayMs: 200,
        maxDelayMs: 1_000,
        maxAttempts: 50,
      });
      running.push(workers);
      return workers;
    },
    async deliver(...raw) {
      for (const message of raw) await deliverer.append('INBOX', message.replace(/\r?\n/g, '\r\n'), [], new Date());
    },
    async deliverAt(raw, internalDate) {
      await deliverer.append('INBOX', raw.replace(/\r?\n/g, '\r\n'), [], internalDate);
    },
    async counts() {
      const status = async (path: string) => {
        const s = await deliverer.status(path, { messages: true }).catch(() => null);
        return s ? (s.messages ?? 0) : 0;
      };
      return { inbox: await status('INBOX'), processed: await status('Processed'), quarantine: await status('Quarantine') };
    },
    async close() {
      for (const w of running) await w.stop().catch(() => undefined);
      await deliverer.logout().catch(() => undefined);
      await services.close().catch(() => undefined);
      await database.drop().catch(() => undefined);
      await smtp.stop();
      await dovecot.destroy();
    },
  };
  return harness;
}

let counter = 0;
/** A plain message from a person, as their mail client would send it. */
export function personMail(options: {
  from?: string;
  subject?: string;
  text?: string;
  messageId?: string | null;
  date?: string;
  headers?: string[];
  contentType?: string;
}): string {
  counter += 1;
  const id = options.messageId === undefined ? `<m${counter}.${Date.now()}@example.org>` : options.messageId;
  return [
    `From: ${options.from ?? 'Anna Smith <anna@example.org>'}`,
    `To: ${FEEDBACK_ADDRESS}`,
    `Subject: ${options.subject ?? 'Bins not collected'}`,
    `Date: ${options.date ?? 'Mon, 02 Mar 2026 09:00:00 +0000'}`,
    ...(id ? [`Message-ID: ${id}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: ${options.contentType ?? 'text/plain; charset=utf-8'}`,
    ...(options.headers ?? []),
    '',
    options.text ?? 'I am disappointed: my bins have not been collected for three weeks. This is unacceptable.',
    '',
  ].join('\n');
}
