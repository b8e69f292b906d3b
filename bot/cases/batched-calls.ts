/**
 * Runs calls in batches, at most `inFlight` batches at once: a call that arrives while a slot is
 * free runs at once, alone; calls that arrive while every slot is busy wait, and the next free
 * slot takes all of them (up to `maxBatch`, in arrival order) as one batch. `run` settles each
 * call of a batch on its own.
 *
 * Used for case creation: every case takes the year's reference counter row lock inside its
 * transaction, so cases are created one after another anyway. Queueing them here keeps the other
 * connections of the pool free for chat turns, and a queue that builds up (many people sending
 * at once) goes to the store as one transaction with one block of references instead of one
 * transaction each.
 */
export function batchCalls<A, R>(options: {
  inFlight: number;
  maxBatch: number;
  run: (args: A[]) => Promise<PromiseSettledResult<R>[]>;
}): (arg: A) => Promise<R> {
  const { inFlight, maxBatch, run } = options;
  interface Waiting {
    arg: A;
    resolve(result: R): void;
    reject(error: unknown): void;
  }
  let running = 0;
  const waiting: Waiting[] = [];

  async function runBatch(batch: Waiting[]): Promise<void> {
    running++;
    try {
      const settled = await run(batch.map((w) => w.arg)).catch((error: unknown) =>
        batch.map((): PromiseSettledResult<R> => ({ status: 'rejected', reason: error })),
      );
      batch.forEach((w, i) => {
        const result = settled[i];
        if (result?.status === 'fulfilled') w.resolve(result.value);
        else w.reject(result ? result.reason : new Error('batchCalls: no result for this call'));
      });
    } finally {
      running--;
      if (waiting.length > 0 && running < inFlight) void runBatch(waiting.splice(0, maxBatch));
    }
  }

  return (arg: A) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ arg, resolve, reject });
      if (running < inFlight) void runBatch(waiting.splice(0, maxBatch));
    });
}
