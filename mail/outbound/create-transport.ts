/**
 * Where outgoing mail goes: an SMTP relay (pooled connections, issue 4 §5), or, with no SMTP
 * settings, .eml files in the local outbox folder (issue 4 §6). Files are named after the
 * Message-ID and written by rename, so a retried message replaces itself instead of doubling.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { SmtpSettings } from '../mail-config.js';

export interface MailTransport {
  send(message: Mail.Options): Promise<void>;
  close(): void;
}

export function smtpTransport(settings: SmtpSettings, options: { maxConnections?: number } = {}): MailTransport {
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: options.maxConnections ?? 8,
    maxMessages: Infinity,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (message) => {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

export function emlFolderTransport(folder: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (message) => {
      const info = await transporter.sendMail(message);
      await mkdir(folder, { recursive: true });
      const name = String(message.messageId ?? info.messageId)
        .replace(/^<|>$/g, '')
        .replace(/[^A-Za-z0-9@._-]+/g, '_');
      const target = path.join(folder, `${name}.eml`);
      await writeFile(`${target}.tmp`, info.message as Buffer);
      await rename(`${target}.tmp`, target);
    },
    close: () => transporter.close(),
  };
}
