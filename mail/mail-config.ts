/**
 * Mail settings from the environment, validated at the boundary (issue 4 §6). Without IMAP
 * settings the inbox is a local folder of .eml files; without SMTP settings outgoing mail is
 * written as .eml files: the whole flow runs on a laptop with no mail server.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './inbound/attachment-policy.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  IMAP_HOST: z.string().min(1).optional(),
  IMAP_PORT: z.coerce.number().int().positive().optional(),
  IMAP_SECURE: bool.optional(),
  IMAP_USER: z.string().optional(),
  IMAP_PASSWORD: z.string().optional(),
  IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  IMAP_PROCESSED_MAILBOX: z.string().min(1).default('Processed'),
  IMAP_QUARANTINE_MAILBOX: z.string().min(1).default('Quarantine'),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().positive().optional(),
  SMTP_SECURE: bool.optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('Customer Feedback <feedback@localhost>'),
  MAIL_DIR: z.string().min(1).default('data/mail'),
  MAIL_WORKER_ID: z.string().min(1).optional(),
  MAIL_LEASE_MS: int(60_000),
  MAIL_MAX_ACKS_PER_SENDER_PER_HOUR: int(5),
  MAIL_POLL_INTERVAL_MS: int(30_000),
  MAIL_BATCH_SIZE: int(100),
  MAIL_CONCURRENCY: int(8),
  MAIL_MAX_MESSAGE_BYTES: int(40 * 1024 * 1024),
  MAIL_ATTACHMENT_MAX_BYTES: int(DEFAULT_ATTACHMENT_LIMITS.maxBytesEach),
  MAIL_ATTACHMENT_MAX_COUNT: int(DEFAULT_ATTACHMENT_LIMITS.maxCount),
  MAIL_ATTACHMENT_MAX_TOTAL_BYTES: int(DEFAULT_ATTACHMENT_LIMITS.maxBytesTotal),
});

export interface ImapSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
  processedMailbox: string;
  quarantineMailbox: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
}

export interface LocalFolders {
  inbox: string;
  processed: string;
  quarantine: string;
  outbox: string;
}

export interface MailConfig {
  imap: ImapSettings | null;
  smtp: SmtpSettings | null;
  local: LocalFolders;
  /** The From of everything we send, as configured ("Customer Feedback <feedback@gov.je>"). */
  from: string;
  /** Its bare address: our own mail coming back is recognised by it. */
  fromAddress: string;
  /** The domain of our Message-IDs: what lets us recognise our own mail coming back. */
  messageIdDomain: string;
  /**
   * This process's name in leases and claims. Give a restarted process the same name (a pod or
   * service name) and it resumes its own unfinished work at once instead of waiting for its
   * old leases to run out. Two live processes must never share one.
   */
  workerId: string | null;
  /**
   * How long a lease (the mailbox, a claimed message, an outbox row being sent) stays valid
   * without renewal: how long a crashed process's work waits before another takes it over.
   * Keep it well above the time one batch takes.
   */
  leaseMs: number;
  maxAcksPerSenderPerHour: number;
  pollIntervalMs: number;
  batchSize: number;
  concurrency: number;
  maxMessageBytes: number;
  attachmentLimits: AttachmentLimits;
}

export function addressOf(from: string): string {
  const angle = /<([^>]+)>/.exec(from);
  return (angle ? angle[1]! : from).trim().toLowerCase();
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0
    ? address
        .slice(at + 1)
        .replace(/>.*$/, '')
        .trim()
        .toLowerCase()
    : 'localhost';
}

export function readMailConfig(env: Record<string, string | undefined>, options: { messageIdDomain?: string } = {}): MailConfig {
  const e = EnvSchema.parse(env);
  const imap: ImapSettings | null = e.IMAP_HOST
    ? {
        host: e.IMAP_HOST,
        port: e.IMAP_PORT ?? (e.IMAP_SECURE === false ? 143 : 993),
        secure: e.IMAP_SECURE ?? (e.IMAP_PORT ? e.IMAP_PORT === 993 : true),
        user: e.IMAP_USER ?? '',
        password: e.IMAP_PASSWORD ?? '',
        mailbox: e.IMAP_MAILBOX,
        processedMailbox: e.IMAP_PROCESSED_MAILBOX,
        quarantineMailbox: e.IMAP_QUARANTINE_MAILBOX,
      }
    : null;
  const smtp: SmtpSettings | null = e.SMTP_HOST
    ? {
        host: e.SMTP_HOST,
        port: e.SMTP_PORT ?? (e.SMTP_SECURE ? 465 : 587),
        secure: e.SMTP_SECURE ?? e.SMTP_PORT === 465,
        user: e.SMTP_USER || null,
        password: e.SMTP_PASSWORD || null,
      }
    : null;
  return {
    imap,
    smtp,
    local: {
      inbox: path.resolve(e.MAIL_DIR, 'inbox'),
      processed: path.resolve(e.MAIL_DIR, 'processed'),
      quarantine: path.resolve(e.MAIL_DIR, 'quarantine'),
      outbox: path.resolve(e.MAIL_DIR, 'outbox'),
    },
    from: e.MAIL_FROM,
    fromAddress: addressOf(e.MAIL_FROM),
    messageIdDomain: options.messageIdDomain ?? domainOf(e.MAIL_FROM),
    workerId: e.MAIL_WORKER_ID ?? null,
    leaseMs: e.MAIL_LEASE_MS,
    maxAcksPerSenderPerHour: e.MAIL_MAX_ACKS_PER_SENDER_PER_HOUR,
    pollIntervalMs: e.MAIL_POLL_INTERVAL_MS,
    batchSize: e.MAIL_BATCH_SIZE,
    concurrency: e.MAIL_CONCURRENCY,
    maxMessageBytes: e.MAIL_MAX_MESSAGE_BYTES,
    attachmentLimits: {
      maxBytesEach: e.MAIL_ATTACHMENT_MAX_BYTES,
      maxCount: e.MAIL_ATTACHMENT_MAX_COUNT,
      maxBytesTotal: e.MAIL_ATTACHMENT_MAX_TOTAL_BYTES,
    },
  };
}
