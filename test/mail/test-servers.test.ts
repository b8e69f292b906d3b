/**
 * The real servers the mail tests run against: Dovecot accepts an append and serves it back,
 * survives a restart on the same port, and the SMTP listener receives what nodemailer sends.
 */
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotServer } from '../support/dovecot.js';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener.js';

let dovecot: DovecotServer;
let smtp: SmtpListener;

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtpListener();
});
afterAll(async () => {
  await dovecot?.destroy();
  await smtp?.stop();
});

function client() {
  return new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
}

describe('test servers', () => {
  it('Dovecot stores an appended message and keeps it across a restart', async () => {
    const imap = client();
    await imap.connect();
    await imap.append('INBOX', 'From: a@example.org\r\nSubject: hello\r\n\r\nbody\r\n');
    await imap.logout();
    await dovecot.restart();
    const again = client();
    await again.connect();
    const status = await again.status('INBOX', { messages: true });
    await again.logout();
    expect(status && status.messages).toBe(1);
  });

  it('the SMTP listener receives a message, refuses with 4xx and 5xx on demand', async () => {
    const transport = nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: 'x@example.org', to: 'y@example.org', subject: 'hi', text: 'hello' });
    const [mail] = await smtp.waitFor(1);
    expect(mail!.parsed.subject).toBe('hi');
    smtp.setMode('tempfail');
    await expect(transport.sendMail({ from: 'x@example.org', to: 'y@example.org', text: 'x' })).rejects.toMatchObject({
      responseCode: 451,
    });
    smtp.setMode('permfail');
    await expect(transport.sendMail({ from: 'x@example.org', to: 'y@example.org', text: 'x' })).rejects.toMatchObject({
      responseCode: 550,
    });
    smtp.setMode('accept');
    transport.close();
  });
});
