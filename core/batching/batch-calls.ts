/**
 * Runs calls in batches, at most `inFlight` batches at once: a call that arrives while a slot is
 * free runs at once, alone (or, with `lingerMs`, after waiting that long for company); calls that
 * arrive while every slot is busy wait, and the next free slot takes all of them (up to
 * `maxBatch`, in arrival order) as one batch. `run` settles each call of a batch on its own; if
 * `run` itself fails, every call of its batch fails with that error.
 *
 * Why batch: every store statement costs about 1 ms of client CPU however small, so calls that
 * queue up anyway are cheaper as one statement or transaction. Used by both channels: the chat's
 * case creation (bot/cases/batched-create-case.ts) and the mail sender's "sent" records
 * (mail/outbound/send-outbox.ts). A scheduling helper with no I/O and no domain in it, kept in
 * core/ because both channels use it and neither may import the other. Written here because the
 * batching libraries (DataLoader) dispatch per event-loop tick and cache by key, not "while a slot
 * is busy".
 */
export function batchCalls<A, R>(options: {
  inFlight: number;
  maxBatch: number;
  lingerMs?: number;
  run: (args: A[]) => Promise<PromiseSettledResult<R>[]>;
}): (arg: A) => Promise<R> {
  const { inFlight, maxBatch, lingerMs, run } = options;
  interface Waiting {
    arg: A;
    resolve(result: R): void;
    reject(error: unknown): void;
  }
  let running = 0;
  let lingering = false;
  const waiting: Waiting[] = [];

  function startIfFree(): void {
    if (running < inFlight && !lingering && waiting.length > 0) void runBatch(waiting.splice(0, maxBatch));
  }

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
      startIfFree();
    }
  }

  return (arg: A) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ arg, resolve, reject });
      if (running >= inFlight || lingering) return;
      if (lingerMs) {
        lingering = true;
        setTimeout(() => {
          lingering = false;
          startIfFree();
        }, lingerMs);
        return;
      }
      startIfFree();
    });
}
