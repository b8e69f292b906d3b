/**
 * Every message of ../shared/fixtures/peer-mail (real-world mail from three mail parsers' test
 * suites: broken MIME, odd charsets, bounces, huge bodies) goes through the processor. Each must
 * end as a case, a threaded reply, an ignored automatic message or copy, or a quarantined
 * message with a reason; none may crash the processor, hang it or vanish; bounces are never
 * acknowledged.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../app/services.js';
import type { MailWorkers } from '../../mail/mail-workers.js';
import { freshSqlite, type FreshDatabase } from '../support/databases.js';
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener.js';
import { waitUntil, startTestMailChannel } from './support/mail-harness.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/peer-mail');
const NOT_MAIL = new Set(['LICENSE', 'COMMIT', 'README.md', '.gitattributes']);
// The fixtures live beside the project (CI always has them); a clone elsewhere may not.
const available = existsSync(FIXTURES) || process.env.CI === 'true';

/** A delivery status notification, judged from the raw headers independently of mail/. */
function looksLikeBounce(raw: string): boolean {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return (
    /^content-type:\s*multipart\/report;.*report-type="?delivery-status/im.test(head) || /^from:.*mailer-daemon@/im.test(head)
  );
}

describe.runIf(available)('peer-mail fixtures', () => {
  let dir: string;
  let database: FreshDatabase;
  let services: Services;
  let smtp: SmtpListener;
  let workers: MailWorkers;
  const files: Array<{ name: string; source: string }> = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'peer-mail-'));
    await mkdir(path.join(dir, 'inbox'), { recursive: true });
    for (const folder of await readdir(FIXTURES, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of await readdir(path.join(FIXTURES, folder.name))) {
        if (NOT_MAIL.has(file)) continue;
        const name = `${folder.name}__${file.replace(/\.eml$/, '')}.eml`;
        await copyFile(path.join(FIXTURES, folder.name, file), path.join(dir, 'inbox', name));
        files.push({ name, source: path.join(FIXTURES, folder.name, file) });
      }
    }
    database = await freshSqlite();
    smtp = await startSmtpListener();
    const env = {
      MAIL_DIR: dir,
      MAIL_FROM: 'Customer Feedback <feedback@feedback.gov.test>',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      MAIL_MAX_ACKS_PER_SENDER_PER_HOUR: '1000',
    };
    services = await createServices({ env: { ...env, DATABASE_URL: database.url }, store: database.store });
    workers = startTestMailChannel(services, env, 'fixtures');
  });
  afterAll(async () => {
    await workers?.stop();
    await smtp?.stop();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'every message ends as a case, a reply, an ignored message or a quarantine with a reason',
    { timeout: 240_000 },
    async () => {
      expect(files.length).toBeGreaterThan(150);
      await waitUntil(async () => (await readdir(path.join(dir, 'inbox'))).length === 0, 'the inbox folder to empty', 200_000);
      const processed = await readdir(path.join(dir, 'processed'));
      const quarantined = await readdir(path.join(dir, 'quarantine'));
      expect([...processed, ...quarantined].sort()).toEqual(files.map((f) => f.name).sort());

      const db = services.store.db;
      const records = await db.inboundMessage.findMany();
      expect(records).toHaveLength(files.length);
      for (const record of records) {
        expect(['new_case', 'reply', 'automatic', 'duplicate', 'quarantine']).toContain(record.decision);
        expect(record.reason, record.source).toBeTruthy();
        if (record.decision === 'new_case' || record.decision === 'reply') expect(record.caseId).not.toBeNull();
        if (record.decision === 'quarantine') expect(record.status).toBe('quarantined');
      }
      const byFile = new Map(records.map((r) => [r.source.slice('local:'.length, r.source.lastIndexOf(':')), r]));
      const bounces = [];
      for (const file of files) {
        if (!looksLikeBounce(await readFile(file.source, 'latin1'))) continue;
        bounces.push(file.name);
        const record = byFile.get(file.name)!;
        expect([record.decision, file.name]).toEqual([expect.stringMatching(/^(automatic|duplicate)$/), file.name]);
        if (record.messageId)
          expect(smtp.received.filter((m) => m.header('in-reply-to') === `<${record.messageId}>`)).toHaveLength(0);
      }
      expect(bounces.length).toBeGreaterThanOrEqual(5);
      const summary = Object.fromEntries(
        ['new_case', 'reply', 'automatic', 'duplicate', 'quarantine'].map((d) => [
          d,
          records.filter((r) => r.decision === d).length,
        ]),
      );
      console.log(`peer-mail: ${files.length} messages →`, summary);
    },
  );
});
