import { describe, expect, it } from 'vitest';
import { batchCalls } from '../../../core/batching/batch-calls.js';

describe('batchCalls', () => {
  it('runs a call at once when a slot is free, and takes everything that waited as one batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const call = batchCalls<number, string>({
      inFlight: 1,
      maxBatch: 3,
      async run(args) {
        batches.push(args);
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
        return args.map((n) =>
          n === 4 ? { status: 'rejected', reason: new Error('four refused') } : { status: 'fulfilled', value: `#${n}` },
        );
      },
    });
    const first = call(1);
    const later = [2, 3, 4, 5, 6].map((n) => call(n).catch((error: Error) => error.message));
    release();
    expect(await first).toBe('#1');
    expect(await Promise.all(later)).toEqual(['#2', '#3', 'four refused', '#5', '#6']);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('fails every call of a batch whose run fails, and carries on with the next', async () => {
    let fail = true;
    const call = batchCalls<number, number>({
      inFlight: 1,
      maxBatch: 10,
      async run(args) {
        if (fail) {
          fail = false;
          throw new Error('database unreachable');
        }
        return args.map((n) => ({ status: 'fulfilled', value: n * 2 }));
      },
    });
    await expect(call(1)).rejects.toThrow('database unreachable');
    expect(await call(2)).toBe(4);
  });
});

describe('batchCalls with lingerMs', () => {
  /** A run whose statements finish only when the test says so. */
  function slowRun() {
    const batches: Array<{ args: number[]; finish: (error?: Error) => void }> = [];
    const run = (args: number[]) =>
      new Promise<PromiseSettledResult<number>[]>((resolve, reject) =>
        batches.push({
          args,
          finish: (e) => (e ? reject(e) : resolve(args.map((n) => ({ status: 'fulfilled', value: n })))),
        }),
      );
    return { batches, run };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('holds a lone call briefly so that calls close behind it share its batch; later ones wait for the slot', async () => {
    const { batches, run } = slowRun();
    const call = batchCalls({ inFlight: 1, maxBatch: 100, lingerMs: 30, run });
    const first = call(1);
    await sleep(5);
    const second = call(2);
    expect(batches).toEqual([]);
    await sleep(40);
    expect(batches.map((b) => b.args)).toEqual([[1, 2]]);
    const third = call(3);
    const fourth = call(4);
    await sleep(40);
    // The slot is busy: 3 and 4 wait, and go together as soon as it is free (no second linger).
    expect(batches.map((b) => b.args)).toEqual([[1, 2]]);
    batches[0]!.finish();
    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
    expect(batches.map((b) => b.args)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    batches[1]!.finish();
    await expect(Promise.all([third, fourth])).resolves.toEqual([3, 4]);
  });

  it('runs a lone call after the linger even when nothing else comes', async () => {
    const { batches, run } = slowRun();
    const call = batchCalls({ inFlight: 1, maxBatch: 100, lingerMs: 10, run });
    const only = call(7);
    await sleep(30);
    expect(batches.map((b) => b.args)).toEqual([[7]]);
    batches[0]!.finish();
    await expect(only).resolves.toBe(7);
  });
});
