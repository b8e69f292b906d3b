import { describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../mail/coalesce-writes.js';

/** A store whose statements finish only when the test says so. */
function slowStore() {
  const statements: Array<{ items: number[]; finish: (error?: Error) => void }> = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => statements.push({ items, finish: (e) => (e ? reject(e) : resolve()) }));
  return { statements, write };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('coalesceWrites', () => {
  it('writes the first item at once and those arriving meanwhile together in the next statement', async () => {
    const store = slowStore();
    const record = coalesceWrites(store.write);
    const settled: number[] = [];
    const calls = [1, 2, 3, 4].map((n) => record(n).then(() => settled.push(n)));
    await tick();
    expect(store.statements.map((s) => s.items)).toEqual([[1]]);
    store.statements[0]!.finish();
    await tick();
    // 1 is durable, 2–4 are not yet: their callers are still waiting.
    expect(settled).toEqual([1]);
    expect(store.statements.map((s) => s.items)).toEqual([[1], [2, 3, 4]]);
    store.statements[1]!.finish();
    await Promise.all(calls);
    expect(settled).toEqual([1, 2, 3, 4]);
  });

  it('fails exactly the callers whose statement failed, and keeps going for later ones', async () => {
    const store = slowStore();
    const record = coalesceWrites(store.write);
    const first = record(1);
    const second = record(2);
    await tick();
    store.statements[0]!.finish(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await tick();
    store.statements[1]!.finish();
    await expect(second).resolves.toBeUndefined();
    const third = record(3);
    await tick();
    expect(store.statements.map((s) => s.items)).toEqual([[1], [2], [3]]);
    store.statements[2]!.finish();
    await expect(third).resolves.toBeUndefined();
  });
});

describe('coalesceWrites with lingerMs', () => {
  it('holds a lone write briefly so that writes close behind it share its statement', async () => {
    const store = slowStore();
    const record = coalesceWrites(store.write, { lingerMs: 30 });
    const first = record(1);
    await new Promise((r) => setTimeout(r, 5));
    const second = record(2);
    await tick();
    expect(store.statements).toEqual([]);
    await new Promise((r) => setTimeout(r, 40));
    expect(store.statements.map((s) => s.items)).toEqual([[1, 2]]);
    store.statements[0]!.finish();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });
});

describe('coalesceWrites with lingerMs, alone', () => {
  it('writes a lone item after the linger even when nothing else comes', async () => {
    const store = slowStore();
    const record = coalesceWrites(store.write, { lingerMs: 10 });
    const only = record(7);
    await new Promise((r) => setTimeout(r, 30));
    expect(store.statements.map((s) => s.items)).toEqual([[7]]);
    store.statements[0]!.finish();
    await expect(only).resolves.toBeUndefined();
  });
});
