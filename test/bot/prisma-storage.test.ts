import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaStorage } from '../../bot/storage/prisma-storage.js';
import { STORES, type FreshDatabase } from '../support/databases.js';

describe.each(STORES)('the bot Storage on %s', (_name, fresh) => {
  let db: FreshDatabase;
  let clock = new Date('2026-06-10T09:00:00Z');
  let storage: PrismaStorage;
  beforeAll(async () => {
    db = await fresh();
    storage = new PrismaStorage(db.store.db, { ttlMs: 60 * 60_000, now: () => clock });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('reads back what it wrote, with an eTag', async () => {
    expect(await storage.read(['conv/a'])).toEqual({});
    await storage.write({ 'conv/a': { step: 1, text: 'Olá 👋 <b>x</b>' } });
    const read = await storage.read(['conv/a', 'conv/missing']);
    expect(Object.keys(read)).toEqual(['conv/a']);
    expect(read['conv/a']).toMatchObject({ step: 1, text: 'Olá 👋 <b>x</b>' });
    expect(typeof read['conv/a']!.eTag).toBe('string');
  });

  it('refuses a write based on a stale eTag, and accepts "*"', async () => {
    const [first] = Object.values(await storage.read(['conv/a']));
    await storage.write({ 'conv/a': { ...first, step: 2 } });
    await expect(storage.write({ 'conv/a': { ...first, step: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['conv/a']))['conv/a']).toMatchObject({ step: 2 });
    await storage.write({ 'conv/a': { step: 4, eTag: '*' } });
    expect((await storage.read(['conv/a']))['conv/a']).toMatchObject({ step: 4 });
  });

  it('lets only one of two racing writers with the same eTag win', async () => {
    await storage.write({ 'conv/race': { n: 0 } });
    const read = (await storage.read(['conv/race']))['conv/race']!;
    const results = await Promise.allSettled([
      storage.write({ 'conv/race': { ...read, n: 1 } }),
      storage.write({ 'conv/race': { ...read, n: 2 } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
  });

  it('lets a second instance carry on from what the first wrote, and refuses the first its stale write', async () => {
    const other = new PrismaStorage(db.store.db, { ttlMs: 60 * 60_000, now: () => clock });
    await storage.write({ 'conv/two': { answered: ['story'] } });
    const first = (await storage.read(['conv/two']))['conv/two']!;
    const second = (await other.read(['conv/two']))['conv/two']!;
    expect(second).toEqual(first);
    await other.write({ 'conv/two': { ...second, answered: ['story', 'type'] } });
    await expect(storage.write({ 'conv/two': { ...first, answered: ['story', 'remedy'] } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['conv/two']))['conv/two']).toMatchObject({ answered: ['story', 'type'] });
  });

  it('gives every write a new eTag, so the same turn can save twice but an old copy cannot', async () => {
    const item: Record<string, unknown> = { n: 1 };
    await storage.write({ 'conv/twice': item });
    const firstETag = item.eTag;
    item.n = 2;
    await storage.write({ 'conv/twice': item });
    expect(item.eTag).not.toBe(firstETag);
    await expect(storage.write({ 'conv/twice': { n: 3, eTag: firstETag } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['conv/twice']))['conv/twice']).toMatchObject({ n: 2, eTag: item.eTag });
  });

  it('saves many conversations at the same moment, refusing only the one whose eTag is stale', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `conv/many-${i}`);
    await Promise.all(keys.map((key) => storage.write({ [key]: { turn: 1 } })));
    const read = await storage.read(keys);
    await storage.write({ [keys[3]!]: { ...read[keys[3]!], turn: 2 } });
    const results = await Promise.allSettled(keys.map((key) => storage.write({ [key]: { ...read[key], turn: 3 } })));
    expect(results.map((r) => r.status)).toEqual(keys.map((_, i) => (i === 3 ? 'rejected' : 'fulfilled')));
    const after = await storage.read(keys);
    expect(keys.map((key) => after[key]!.turn)).toEqual(keys.map((_, i) => (i === 3 ? 2 : 3)));
  });

  it('takes a write with the eTag of an item that has since expired or been swept, as a new conversation', async () => {
    await storage.write({ 'conv/late': { step: 1 } });
    const stale = (await storage.read(['conv/late']))['conv/late']!;
    clock = new Date(clock.getTime() + 61 * 60_000);
    await storage.write({ 'conv/late': { ...stale, step: 2 } });
    expect((await storage.read(['conv/late']))['conv/late']).toMatchObject({ step: 2 });
    await storage.delete(['conv/late']);
    await storage.write({ 'conv/late': { ...stale, step: 3 } });
    expect((await storage.read(['conv/late']))['conv/late']).toMatchObject({ step: 3 });
  });

  it('forgets idle items after the configured time and deletes them on the sweep', async () => {
    await storage.write({ 'conv/idle': { personal: 'my phone is 07700 900123' } });
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect(await storage.read(['conv/idle'])).toEqual({});
    expect(await storage.sweepExpired()).toBeGreaterThanOrEqual(1);
    expect(await db.store.db.botState.count({ where: { key: 'conv/idle' } })).toBe(0);
  });

  it('deletes on request', async () => {
    await storage.write({ 'conv/del': { a: 1 } });
    await storage.delete(['conv/del']);
    expect(await storage.read(['conv/del'])).toEqual({});
  });
});
