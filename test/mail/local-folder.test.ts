/**
 * The embedded default (issue 4 §6): with no IMAP and no SMTP settings, .eml files dropped into
 * data/mail/inbox become cases and the acknowledgements are written as .eml files to
 * data/mail/outbox, so the whole flow runs on a laptop with no mail server.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../app/services.js';
import type { MailWorkers } from '../../mail/mail-workers.js';
import { freshSqlite, type FreshDatabase } from '../support/databases.js';
import { personMail, waitUntil, startTestMailChannel } from './support/mail-harness.js';

let dir: string;
let database: FreshDatabase;
let services: Services;
let workers: MailWorkers;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mail-local-'));
  await mkdir(path.join(dir, 'inbox'));
  database = await freshSqlite();
  const env = { MAIL_DIR: dir, MAIL_FROM: 'Customer Feedback <feedback@feedback.gov.test>' };
  services = await createServices({ env: { ...env, DATABASE_URL: database.url }, store: database.store });
  workers = startTestMailChannel(services, env, 'laptop');
});
afterAll(async () => {
  await workers?.stop();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('local .eml folders', () => {
  it('a dropped .eml becomes a case, is filed, and the acknowledgement is written to the outbox folder', async () => {
    await writeFile(
      path.join(dir, 'inbox', 'complaint.eml'),
      personMail({ from: 'Lee <lee@example.org>', messageId: '<local-1@example.org>' }),
    );
    const files = await waitUntil(async () => {
      const out = await readdir(path.join(dir, 'outbox')).catch(() => [] as string[]);
      return out.filter((f) => f.endsWith('.eml')).length ? out : null;
    }, 'an .eml in the outbox');
    const ack = await simpleParser(await readFile(path.join(dir, 'outbox', files[0]!)));
    const found = await services.store.db.case.findFirstOrThrow({ where: { sourceMessageId: '<local-1@example.org>' } });
    expect(ack.to && !Array.isArray(ack.to) ? ack.to.value[0]?.address : null).toBe('lee@example.org');
    expect(ack.subject).toContain(found.reference);
    expect(ack.inReplyTo).toBe('<local-1@example.org>');
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(await readdir(path.join(dir, 'inbox'))).toEqual([]);
    expect(await readdir(path.join(dir, 'processed'))).toEqual(['complaint.eml']);
  });

  it('an unreadable file goes to the quarantine folder with its reason recorded', async () => {
    await writeFile(
      path.join(dir, 'inbox', 'nothing.eml'),
      personMail({ from: 'x@example.org', messageId: '<local-empty@example.org>', subject: '', text: '' }),
    );
    await waitUntil(
      async () => (await readdir(path.join(dir, 'quarantine')).catch(() => [] as string[])).includes('nothing.eml'),
      'the file in quarantine',
    );
    const record = await services.store.db.inboundMessage.findFirstOrThrow({ where: { messageId: 'local-empty@example.org' } });
    expect(record).toMatchObject({ status: 'quarantined', decision: 'quarantine' });
    expect(record.reason).toMatch(/empty message/);
  });
});
