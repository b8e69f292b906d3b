/**
 * `npm run bench:mail [-- --messages N]`: the email channel's throughput on PostgreSQL against a
 * real Dovecot and a real SMTP listener (issue 4, "Benchmark").
 *
 * N messages of about 3 KB from N different senders are appended to the mailbox, then:
 *  (a) raw limit: imapflow fetches them and mailparser parses them, nothing else;
 *  (b) full processor: the mail workers start with the N messages waiting and run until every
 *      case is stored, every message is filed under Processed and every acknowledgement has been
 *      accepted by the SMTP listener (a separate process, as a relay would be).
 * Prints messages/s for both, the ratio b/a and the peak memory (RSS) of this process, then the
 * same figures as one JSON object on the last line.
 */
import { randomUUID } from 'node:crypto';
import { getHeapStatistics } from 'node:v8';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { createServices } from '../../app/services.js';
import { startMailChannel } from '../../mail/mail-workers.js';
import { silentLog } from '../../mail/mail-log.js';
import { prismaMailStore } from '../../prisma/store/mail/prisma-mail-store.js';
import { openStore } from '../../prisma/store/open-store.js';
import { adminQuery, pgUrlFor } from '../support/databases.js';
import { startDovecot } from '../support/dovecot.js';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const argIndex = process.argv.indexOf('--messages');
const N = argIndex > 0 ? Number(process.argv[argIndex + 1]) : Number(process.env.BENCH_MESSAGES ?? 2000);

const PARAGRAPH =
  'I am writing to complain about the way my application for a parking permit was handled. I sent the form in January ' +
  'and was told it would take ten working days. Nobody has replied to my emails and the phone line rings out. ';

function message(i: number): string {
  const body = Array.from({ length: 12 }, () => PARAGRAPH)
    .join('\n\n')
    .slice(0, 2600);
  return [
    `From: Resident ${i} <resident${i}@example.org>`,
    'To: feedback@feedback.gov.test',
    `Subject: Complaint about permit application ${i}`,
    'Date: Tue, 03 Mar 2026 10:00:00 +0000',
    `Message-ID: <bench-${i}-${randomUUID()}@example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
}

function imap(dovecot: { host: string; port: number; user: string; password: string }): ImapFlow {
  return new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
}

/** The SMTP listener in its own process (test/bench/smtp-sink.ts). */
async function startSink() {
  const child = fork(fileURLToPath(new URL('./smtp-sink.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m: { port: number }) => resolve(m.port)));
  return {
    host: '127.0.0.1',
    port,
    count: () =>
      new Promise<number>((resolve) => {
        child.once('message', (m: { count: number }) => resolve(m.count));
        child.send({ type: 'count' });
      }),
    stop: async () => {
      child.send({ type: 'stop' });
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function main() {
  const dovecot = await startDovecot();
  const smtp = await startSink();
  const dbName = `mail_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const databaseUrl = pgUrlFor(dbName);
  const store = await openStore({ databaseUrl });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  try {
    // Fill the mailbox (not timed).
    const filler = imap(dovecot);
    await filler.connect();
    for (let i = 0; i < N; i++) await filler.append('INBOX', message(i), [], new Date());
    const bytes = message(0).length;

    // (a) raw limit: fetch + parse, no other work.
    const reader = imap(dovecot);
    await reader.connect();
    const lock = await reader.getMailboxLock('INBOX');
    const rawStart = performance.now();
    let parsed = 0;
    const sources: Buffer[] = [];
    for await (const m of reader.fetch('1:*', { uid: true, source: true, internalDate: true }))
      if (m.source) sources.push(m.source);
    for (const source of sources) {
      await simpleParser(source);
      parsed += 1;
    }
    const rawSeconds = (performance.now() - rawStart) / 1000;
    sources.length = 0;
    lock.release();
    await reader.logout();

    // (b) the full processor, on PostgreSQL.
    const env = {
      DATABASE_URL: databaseUrl,
      IMAP_HOST: dovecot.host,
      IMAP_PORT: String(dovecot.port),
      IMAP_SECURE: 'false',
      IMAP_USER: dovecot.user,
      IMAP_PASSWORD: dovecot.password,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'Customer Feedback <feedback@feedback.gov.test>',
      MAIL_MAX_ACKS_PER_SENDER_PER_HOUR: '5',
      ...(process.env.MAIL_BATCH_SIZE ? { MAIL_BATCH_SIZE: process.env.MAIL_BATCH_SIZE } : {}),
    };
    const services = await createServices({ env, store });
    peakRss = process.memoryUsage.rss();
    const fullStart = performance.now();
    const cpuStart = process.cpuUsage();
    const workers = startMailChannel({
      store: prismaMailStore(store.db),
      caseDeps: services.caseDeps,
      classify: services.classify,
      env,
      messageIdDomain: 'feedback.gov.test',
      log: silentLog,
      workerId: 'bench',
    });
    const deadline = Date.now() + 10 * 60_000;
    let casesSeconds = 0;
    for (;;) {
      const cases = await store.db.case.count();
      if (cases >= N && !casesSeconds) casesSeconds = (performance.now() - fullStart) / 1000;
      const accepted = await smtp.count();
      if (cases >= N && accepted >= N) break;
      if (Date.now() > deadline) throw new Error(`timed out: ${cases} cases, ${accepted} acknowledgements of ${N}`);
      // Polled every 100 ms: each poll is a query on the measured process's own event loop.
      await new Promise((r) => setTimeout(r, 100));
    }
    const cpu = process.cpuUsage(cpuStart);
    const status = await filler.status('INBOX', { messages: true });
    const fullSeconds = (performance.now() - fullStart) / 1000;
    await workers.stop();
    await filler.logout();

    const raw = parsed / rawSeconds;
    const full = N / fullSeconds;
    const figures = {
      benchmark: 'mail',
      database: 'postgresql',
      messages: N,
      message_bytes: bytes,
      raw_fetch_parse_msgs_per_s: Math.round(raw),
      full_msgs_per_s: Math.round(full),
      cases_stored_after_s: Number(casesSeconds.toFixed(2)),
      ratio: Number((full / raw).toFixed(3)),
      processor_cpu_ms_per_msg: Number(((cpu.user + cpu.system) / 1000 / N).toFixed(2)),
      peak_rss_mb: Math.round(peakRss / 1024 / 1024),
      heap_limit_mb: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024),
      inbox_left: status ? status.messages : null,
      target_met: full >= 250 && full / raw >= 0.1 && peakRss < 300 * 1024 * 1024,
    };
    console.log(
      `mail benchmark: ${N} messages of ${bytes} bytes, PostgreSQL, Dovecot ${dovecot.port}, SMTP listener ${smtp.port}`,
    );
    console.log(`  (a) raw fetch + parse:      ${figures.raw_fetch_parse_msgs_per_s} messages/s (${rawSeconds.toFixed(2)} s)`);
    console.log(
      `  (b) full processor:         ${figures.full_msgs_per_s} messages/s (${fullSeconds.toFixed(2)} s: cases stored, filed, acknowledgements accepted)`,
    );
    console.log(`      of which all cases stored after ${figures.cases_stored_after_s} s`);
    console.log(`  ratio b/a:                  ${figures.ratio}`);
    console.log(`  processor CPU (this process): ${figures.processor_cpu_ms_per_msg} ms per message`);
    console.log(`  peak memory (RSS):          ${figures.peak_rss_mb} MB (V8 heap limit ${figures.heap_limit_mb} MB)`);
    console.log(`  target (>= 250/s, ratio >= 0.1, < 300 MB): ${figures.target_met ? 'met' : 'NOT met'}`);
    console.log(JSON.stringify(figures));
    await services.close();
  } finally {
    clearInterval(sampler);
    await store.close().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await smtp.stop();
    await dovecot.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
