/**
 * `npm start`: the whole service in one process with the embedded defaults — the SQLite store
 * (migrated at start-up), the web chat and Bot Framework endpoint with health checks on PORT,
 * and the mail workers (a local .eml folder and outbox when no IMAP/SMTP is configured).
 */
import { createServer } from 'node:http';
import { createServices, type Services } from './services.js';

interface Running {
  name: string;
  close(): Promise<void>;
}

async function startHttp(services: Services): Promise<Running> {
  const port = services.config.PORT;
  const host = services.config.HOST;
  const bot = await import('../bot/index.js').catch(() => null);
  if (bot?.startBotServer) {
    const server = await bot.startBotServer(services, { port, host });
    return { name: `web chat and bot on http://localhost:${port}/`, close: () => server.close() };
  }
  // Until a channel serves HTTP, answer health checks so a deployment can probe the process.
  const server = createServer((req, res) => {
    const ok = req.url === '/healthz' || req.url === '/readyz';
    res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { status: 'ok' } : { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return { name: `health on http://localhost:${port}/healthz`, close: () => new Promise((r) => server.close(() => r())) };
}

async function startMail(services: Services): Promise<Running | null> {
  const mail = await import('../mail/index.js').catch(() => null);
  if (!mail?.startMailWorkers) return null;
  const workers = await mail.startMailWorkers(services);
  return { name: 'mail workers', close: () => workers.close() };
}

async function main() {
  const running: Running[] = [];
  let services: Services | null = null;
  let stopping = false;
  // Handlers go in before anything starts: a SIGTERM during start-up must still stop cleanly.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing work in flight, then stopping`);
    // Mail first: it finishes the message in hand; then HTTP; the store last.
    for (const r of [...running].reverse()) await r.close().catch((e) => console.error(`${r.name}: ${(e as Error).message}`));
    await services?.close();
    process.exit(0);
  };
  let starting = true;
  let pendingSignal: string | null = null;
  const onSignal = (signal: string) => {
    if (starting) pendingSignal = signal;
    else void stop(signal);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  services = await createServices();
  running.push(await startHttp(services));
  const mail = await startMail(services);
  if (mail) running.push(mail);
  starting = false;
  console.log(`feedback intake: policy ${services.profile.id}, store ${services.store.provider}`);
  for (const r of running) console.log(`  ${r.name}`);
  if (pendingSignal) await stop(pendingSignal);
}

main().catch((error: unknown) => {
  console.error(`feedback intake could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
