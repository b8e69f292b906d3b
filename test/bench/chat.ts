/**
 * `npm run bench:chat`: simulated people complete a full complaint conversation over the Direct
 * Line endpoint, on PostgreSQL (issue 5, "Benchmark"), at C = 50 and C = 200 at once.
 *
 * Each person: gets a token from the page's token endpoint, starts the conversation (the bot
 * greets), then sends the 13 messages of a complaint for their mother (the browser test's
 * conversation), reading the bot's replies after each, until the reference arrives.
 * A "turn" is one message posted until the bot's replies are stored (Direct Line's POST returns
 * after the turn), measured at the client.
 *
 * Two runs per C, each against the real chat and against a bare echo bot through the same
 * server, Direct Line endpoint and adapter (the limit):
 *  - paced: people pause between messages like people typing (THINK_MS, default 1000 ms ±50%);
 *    turn latency p50/p95/p99 comes from this run;
 *  - flat out: no pauses; conversations per second come from this run, and the ratio
 *    chat/echo is the throughput ratio.
 * The server runs in its own process; its peak RSS is the memory figure.
 * Targets at C = 200: paced p99 < 150 ms, ratio >= 0.4, peak RSS < 400 MB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../prisma/store/open-store.js';
import { adminQuery, pgUrlFor } from '../support/databases.js';

const THINK_MS = Number(process.env.THINK_MS ?? 1000);
const LEVELS = (process.env.BENCH_PEOPLE ?? '50,200').split(',').map(Number);

const STEPS = [
  "My mother's hospital appointment was cancelled three times. It is unacceptable and I want to complain.",
  'yes',
  '3 March 2026',
  'A new appointment within a month',
  'yes',
  'Maria Silva',
  'Yes, they agree',
  'Email',
  'Ana Silva',
  'ana.silva@example.org',
  'no',
  'Send',
];

interface ServerProcess {
  url: string;
  child: ChildProcess;
  request<T>(kind: string, reply?: string): Promise<T>;
  stop(): Promise<void>;
}

async function startServer(bot: 'intake' | 'echo', databaseUrl: string): Promise<ServerProcess> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'chat-server.ts');
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_BOT: bot,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10',
      // Every simulated person comes from 127.0.0.1: lift the per-address limits for the run.
      DIRECTLINE_REQUESTS_PER_MINUTE_PER_ADDRESS: '10000000',
      DIRECTLINE_MAX_OPEN_CONVERSATIONS_PER_ADDRESS: '100000',
      DIRECTLINE_MESSAGES_PER_MINUTE_PER_CONVERSATION: '100000',
      DIRECTLINE_SECRET: 'bench-directline-secret-0123456789',
      SAFEGUARDING_ALERT_TO: 'safeguarding@example.org',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { kind: string; url: string }) => (m.kind === 'ready' ? resolve(m.url) : reject(new Error('bad start'))));
    child.once('exit', (code) => reject(new Error(`chat server exited with ${code}`)));
  });
  return {
    url,
    child,
    request<T>(kind: string, reply?: string) {
      return new Promise<T>((resolve) => {
        if (reply) child.once('message', (m: T) => resolve(m));
        child.send({ kind });
        if (!reply) resolve(undefined as T);
      });
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ kind: 'stop' });
      await exited;
    },
  };
}

let firstFailure = '';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function json(response: Response): Promise<any> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** One person's conversation; returns the latency of each turn (ms) and whether it ended with a reference. */
async function person(url: string, thinkMs: number, expectReference: boolean): Promise<{ turns: number[]; ok: boolean }> {
  const base = `${url}/v3/directline`;
  const { token, conversationId } = await json(await fetch(`${url}/api/webchat/token`, { method: 'POST' }));
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  await json(await fetch(`${base}/conversations`, { method: 'POST', headers, body: '{}' }));
  let watermark = '';
  const turns: number[] = [];
  let last = '';
  for (const text of STEPS) {
    if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
    const started = performance.now();
    await json(
      await fetch(`${base}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'message', text, from: { id: 'person' } }),
      }),
    );
    turns.push(performance.now() - started);
    const page = await json(await fetch(`${base}/conversations/${conversationId}/activities?watermark=${watermark}`, { headers }));
    watermark = page.watermark;
    last = page.activities
      .filter((a: { from: { role: string } }) => a.from.role === 'bot')
      .map((a: { text: string }) => a.text)
      .join('\n');
  }
  const ok = expectReference ? /Your reference is FB-\d{4}-\d{6}/.test(last) : last === STEPS.at(-1);
  if (!ok && !firstFailure) firstFailure = last.slice(0, 300);
  return { turns, ok };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface RunResult {
  /** Server CPU time per turn (ms): independent of other load on the machine. */
  serverCpuMsPerTurn: number;
  people: number;
  completed: number;
  turns: number;
  seconds: number;
  conversationsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

async function run(server: ServerProcess, people: number, thinkMs: number, expectReference: boolean): Promise<RunResult> {
  await server.request('cpu', 'cpu');
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: people }, () => person(server.url, thinkMs, expectReference)));
  const seconds = (performance.now() - started) / 1000;
  const latencies = results.flatMap((r) => r.turns).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const { cpuMs } = await server.request<{ cpuMs: number }>('cpu', 'cpu');
  return {
    serverCpuMsPerTurn: Math.round((cpuMs / latencies.length) * 100) / 100,
    people,
    completed: results.filter((r) => r.ok).length,
    turns: latencies.length,
    seconds: round(seconds),
    conversationsPerSecond: round(people / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}

async function main() {
  const dbName = `chat_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const databaseUrl = pgUrlFor(dbName);
  const migrated = await openStore({ databaseUrl });
  await migrated.close();
  const figures: Record<string, unknown> = { thinkMs: THINK_MS, stepsPerConversation: STEPS.length };
  try {
    for (const bot of ['intake', 'echo'] as const) {
      const server = await startServer(bot, databaseUrl);
      try {
        // Warm-up: one conversation (JIT, connection pool, classifier).
        await person(server.url, 0, bot === 'intake');
        await server.request('reset-peak');
        for (const people of LEVELS) {
          const paced = await run(server, people, THINK_MS, bot === 'intake');
          const flat = await run(server, people, 0, bot === 'intake');
          figures[`${bot}_${people}`] = { paced, flatOut: flat };
        }
        const { peakRss } = await server.request<{ peakRss: number }>('report', 'report');
        figures[`${bot}_peakRssMB`] = Math.round(peakRss / 1048576);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }

  const summary: Record<string, unknown> = { thinkMs: THINK_MS, steps: STEPS.length, peakRssMB: figures.intake_peakRssMB, echoPeakRssMB: figures.echo_peakRssMB };
  console.log(`Website chat over Direct Line on PostgreSQL: ${STEPS.length} messages per conversation, think time ${THINK_MS} ms ±50% when paced.`);
  for (const people of LEVELS) {
    const chat = figures[`intake_${people}`] as { paced: RunResult; flatOut: RunResult };
    const echo = figures[`echo_${people}`] as { paced: RunResult; flatOut: RunResult };
    const ratio = Math.round((chat.flatOut.conversationsPerSecond / echo.flatOut.conversationsPerSecond) * 100) / 100;
    console.log(`\n${people} people at once`);
    console.log(`  chat, paced:    turn latency p50 ${chat.paced.p50} ms, p95 ${chat.paced.p95} ms, p99 ${chat.paced.p99} ms; ${chat.paced.completed}/${people} got a reference`);
    console.log(`  chat, flat out: ${chat.flatOut.conversationsPerSecond} conversations/s (${chat.flatOut.seconds} s); turn latency p50 ${chat.flatOut.p50} ms, p99 ${chat.flatOut.p99} ms; ${chat.flatOut.completed}/${people} got a reference`);
    console.log(`  server CPU per turn (all requests of a turn, incl. the read of replies): chat ${chat.flatOut.serverCpuMsPerTurn} ms, echo ${echo.flatOut.serverCpuMsPerTurn} ms`);
    console.log(`  echo, paced:    turn latency p50 ${echo.paced.p50} ms, p99 ${echo.paced.p99} ms`);
    console.log(`  echo, flat out: ${echo.flatOut.conversationsPerSecond} conversations/s; turn latency p99 ${echo.flatOut.p99} ms`);
    console.log(`  throughput ratio chat/echo: ${ratio}`);
    summary[`c${people}`] = {
      p50Ms: chat.paced.p50,
      p95Ms: chat.paced.p95,
      p99Ms: chat.paced.p99,
      completed: chat.paced.completed + chat.flatOut.completed,
      conversations: people * 2,
      conversationsPerSecond: chat.flatOut.conversationsPerSecond,
      echoConversationsPerSecond: echo.flatOut.conversationsPerSecond,
      ratioToEcho: ratio,
      flatOutP99Ms: chat.flatOut.p99,
      serverCpuMsPerTurn: chat.flatOut.serverCpuMsPerTurn,
      echoServerCpuMsPerTurn: echo.flatOut.serverCpuMsPerTurn,
      echoP99Ms: echo.paced.p99,
    };
  }
  if (firstFailure) console.log(`\nfirst conversation without a reference ended with: ${firstFailure}`);
  console.log(`\npeak memory (server RSS): chat ${figures.intake_peakRssMB} MB, echo ${figures.echo_peakRssMB} MB`);
  const at200 = summary.c200 as { p99Ms: number; ratioToEcho: number } | undefined;
  if (at200) {
    const pass = at200.p99Ms < 150 && at200.ratioToEcho >= 0.4 && Number(figures.intake_peakRssMB) < 400;
    console.log(`targets at 200 (p99 < 150 ms, ratio >= 0.4, peak < 400 MB): ${pass ? 'met' : 'NOT met'}`);
    summary.targetsMet = pass;
  }
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
