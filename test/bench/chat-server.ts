/**
 * The chat server for `npm run bench:chat`, in its own process so its memory and CPU are its
 * own: BENCH_BOT=intake runs the real website chat (startBotServer), BENCH_BOT=echo the bare echo
 * bot through the same restify server, Direct Line endpoint and adapter. Reports its peak RSS.
 */
import { createServices } from '../../app/services.js';
import { startBotServer } from '../../bot/index.js';
import { readBotConfig } from '../../bot/server/bot-config.js';
import { createBotServer } from '../../bot/server/create-bot-server.js';
import { echoBot } from '../../bot/server/echo-bot.js';
import { createIntakeAdapter } from '../../bot/server/intake-adapter.js';

async function main() {
  const env = { ...process.env, PORT: '0' };
  let peakRss = process.memoryUsage().rss;
  let peakHeap = 0;
  let peakExternal = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
  }, 25);
  const services = await createServices({ env });
  let close: () => Promise<void>;
  let url: string;
  if (process.env.BENCH_BOT === 'echo') {
    const config = readBotConfig(env);
    const running = await createBotServer(
      { config, adapter: createIntakeAdapter(config), bot: echoBot, isReady: async () => true },
      0,
      '127.0.0.1',
    );
    ({ url } = running);
    close = running.close;
  } else {
    const running = await startBotServer(services, { port: 0, host: '127.0.0.1', env });
    ({ url } = running);
    close = running.close;
  }
  process.send?.({ kind: 'ready', url, rssAtStart: process.memoryUsage().rss });
  let cpuFrom = process.cpuUsage();
  let profiler: import('node:inspector/promises').Session | undefined;
  process.on('message', async (message: { kind: string }) => {
    if (message.kind === 'reset-peak') {
      peakRss = process.memoryUsage().rss;
      cpuFrom = process.cpuUsage();
      if (process.env.BENCH_PROFILE && !profiler) {
        // Steady-state CPU profile (after the warm-up), for finding where a turn's time goes.
        const { Session } = await import('node:inspector/promises');
        profiler = new Session();
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
      }
    }
    if (message.kind === 'stop' && profiler) {
      const { profile } = (await profiler.post('Profiler.stop')) as { profile: unknown };
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.BENCH_PROFILE}/${process.env.BENCH_BOT}.cpuprofile`, JSON.stringify(profile));
    }
    if (message.kind === 'cpu') {
      const used = process.cpuUsage(cpuFrom);
      cpuFrom = process.cpuUsage();
      process.send?.({ kind: 'cpu', cpuMs: (used.user + used.system) / 1000 });
    }
    if (message.kind === 'report') process.send?.({ kind: 'report', peakRss, peakHeap, peakExternal });
    if (message.kind === 'stop') {
      clearInterval(sampler);
      await close();
      await services.close();
      process.exit(0);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
