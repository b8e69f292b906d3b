// Preloaded into the Prisma CLI when we run `migrate deploy`. The JavaScript (wasm) schema engine
// arms a 10 s timer on PostgreSQL that it never clears, so every migration run waited 10 s
// before the process could exit. Unref'ing long timers lets the CLI exit when its work is done;
// they still fire if the process is alive for another reason.
const original = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(fn, ms, ...args) {
  const timer = original.call(this, fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 5000 && timer && typeof timer.unref === 'function') timer.unref();
  return timer;
};
