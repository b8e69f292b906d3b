/**
 * Runs at most `limit` calls of `fn` at once; the rest wait their turn in order.
 * Used for case creation: each case takes the year's reference counter row lock inside its
 * transaction, so cases are created one after another anyway; queueing them here, instead of
 * in the database, keeps the other connections of the pool free for chat turns.
 */
export function limitConcurrency<A extends unknown[], R>(
  limit: number,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (...args: A) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn(...args);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
