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
 *  - paced: people arrive over ARRIVAL_MS (default 20 s) and pause between messages like people
 *    reading and typing (THINK_MS, default 3000 ms ±50%, quicker than most people type); a
 *    conversation lasts about 40 s, so all C are open at once (the run prints the most open);
 *    turn latency p50/p95/p99 and peak memory come from this run;
 *  - flat out: no pauses; conversations per second come from this run, and the ratio
 *    chat/echo is the throughput ratio.
 * The server runs in its own process; its peak RSS is the memory figure.
 * Targets at C = 200: paced p99 < 150 ms, ratio >= 0.4, peak RSS < 400 MB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../prisma/store/open-store.js';
import { adminQuery, pgUrlFor } from '../support/databases.js';

const THINK_MS = Number(process.env.THINK_MS ?? 3000);
const ARRIVAL_MS = Number(process.env.ARRIVAL_MS ?? 20000);
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
    child.once('message', (m: { kind: string; url: string }) =>
      m.kind === 'ready' ? resolve(m.url) : reject(new Error('bad start')),
    );
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
  // Paced people arrive over the first ARRIVAL_MS, as visitors to a page do; flat out, all at once.
  if (thinkMs > 0) await sleep(Math.random() * ARRIVAL_MS);
  open++;
  mostOpen = Math.max(mostOpen, open);
  try {
    return await conversation(base, url, thinkMs, expectReference);
  } finally {
    open--;
  }
}

let open = 0;
let mostOpen = 0;

async function conversation(
  base: string,
  url: string,
  thinkMs: number,
  expectReference: boolean,
): Promise<{ turns: number[]; ok: boolean }> {
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
    const page = await json(
      await fetch(`${base}/conversations/${conversationId}/activities?watermark=${watermark}`, { headers }),
    );
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
  /** The most conversations open at the same moment. */
  mostOpen: number;
  /** Server process peak resident memory during this run. */
  peakRssMB: number;
  peakHeapMB: number;
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
  await server.request('reset-peak');
  await server.request('cpu', 'cpu');
  mostOpen = 0;
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: people }, () => person(server.url, thinkMs, expectReference)));
  const seconds = (performance.now() - started) / 1000;
  const latencies = results.flatMap((r) => r.turns).sort((a, b) => a - b);
  if (process.env.BENCH_DEBUG) {
    const bySteps = STEPS.map((_, i) => results.map((r) => r.turns[i] ?? 0).sort((a, b) => a - b));
    console.log('p99 by step', bySteps.map((l) => Math.round(percentile(l, 99))).join(' '));
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const { cpuMs } = await server.request<{ cpuMs: number }>('cpu', 'cpu');
  const memory = await server.request<{ peakRss: number; peakHeap: number }>('report', 'report');
  return {
    mostOpen,
    peakRssMB: Math.round(memory.peakRss / 1048576),
    peakHeapMB: Math.round(memory.peakHeap / 1048576),
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
        // Warm-up, as a server that has been running: 20 conversations (JIT, connection pool).
        await Promise.all(Array.from({ length: 20 }, () => person(server.url, 0, bot === 'intake')));
        for (const people of LEVELS) {
          const paced = await run(server, people, THINK_MS, bot === 'intake');
          const flat = process.env.BENCH_SKIP_FLAT ? paced : await run(server, people, 0, bot === 'intake');
          figures[`${bot}_${people}`] = { paced, flatOut: flat };
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }

  const summary: Record<string, unknown> = { thinkMs: THINK_MS, arrivalMs: ARRIVAL_MS, steps: STEPS.length };
  console.log(
    `Website chat over Direct Line on PostgreSQL: ${STEPS.length} messages per conversation, think time ${THINK_MS} ms ±50% when paced.`,
  );
  for (const people of LEVELS) {
    const chat = figures[`intake_${people}`] as { paced: RunResult; flatOut: RunResult };
    const echo = figures[`echo_${people}`] as { paced: RunResult; flatOut: RunResult };
    const ratio = Math.round((chat.flatOut.conversationsPerSecond / echo.flatOut.conversationsPerSecond) * 100) / 100;
    console.log(`\n${people} people at once`);
    console.log(
      `  chat, paced:    turn latency p50 ${chat.paced.p50} ms, p95 ${chat.paced.p95} ms, p99 ${chat.paced.p99} ms; ${chat.paced.completed}/${people} got a reference`,
    );
    console.log(
      `  chat, flat out: ${chat.flatOut.conversationsPerSecond} conversations/s (${chat.flatOut.seconds} s); turn latency p50 ${chat.flatOut.p50} ms, p99 ${chat.flatOut.p99} ms; ${chat.flatOut.completed}/${people} got a reference`,
    );
    console.log(
      `  server CPU per turn (all requests of a turn, incl. the read of replies): chat ${chat.flatOut.serverCpuMsPerTurn} ms, echo ${echo.flatOut.serverCpuMsPerTurn} ms`,
    );
    console.log(`  echo, paced:    turn latency p50 ${echo.paced.p50} ms, p99 ${echo.paced.p99} ms`);
    console.log(
      `  echo, flat out: ${echo.flatOut.conversationsPerSecond} conversations/s; turn latency p99 ${echo.flatOut.p99} ms`,
    );
    console.log(`  throughput ratio chat/echo: ${ratio}`);
    console.log(
      `  server peak memory (RSS): chat ${chat.paced.peakRssMB} MB paced, ${chat.flatOut.peakRssMB} MB flat out; echo ${echo.paced.peakRssMB} MB paced, ${echo.flatOut.peakRssMB} MB flat out (chat JS heap used at most ${chat.paced.peakHeapMB} / ${chat.flatOut.peakHeapMB} MB)`,
    );
    summary[`c${people}`] = {
      mostOpenAtOnce: chat.paced.mostOpen,
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
      peakRssMB: chat.paced.peakRssMB,
      flatOutPeakRssMB: chat.flatOut.peakRssMB,
      echoPeakRssMB: echo.paced.peakRssMB,
    };
  }
  if (firstFailure) console.log(`\nfirst conversation without a reference ended with: ${firstFailure}`);
  const at200 = summary.c200 as { p99Ms: number; ratioToEcho: number; peakRssMB: number } | undefined;
  if (at200) {
    const pass = at200.p99Ms < 150 && at200.ratioToEcho >= 0.4 && at200.peakRssMB < 400;
    console.log(
      `\ntargets at 200 (paced p99 < 150 ms, flat-out ratio >= 0.4, paced peak RSS < 400 MB): ${pass ? 'met' : 'NOT met'}`,
    );
    console.log(`machine load average while running (1 min): ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
    summary.loadAverage = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    summary.targetsMet = pass;
  }
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
