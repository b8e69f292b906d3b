import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../app/services.js';
import { batchCalls } from '../../bot/cases/batched-calls.js';
import { batchedCreateCase } from '../../bot/cases/batched-create-case.js';
import type { IntakeInput } from '../../core/cases/intake-schema.js';
import { STORES, type FreshDatabase } from '../support/databases.js';

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

describe.each(STORES)('chat cases made together on %s', (_name, fresh) => {
  let db: FreshDatabase;
  let services: Services;
  beforeAll(async () => {
    db = await fresh();
    services = await createServices({ store: db.store, now: () => new Date('2026-06-10T09:00:05Z'), env: {} });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const intake = (n: number): IntakeInput => ({
    type: 'complaint',
    channel: 'web_chat',
    description: `The bins on street ${n} were not collected for three weeks`,
    department: 'infrastructure',
    contact: { name: `Person ${n}`, email: `person${n}@example.org`, preferredMethod: 'email' },
    language: 'en',
  });

  it('gives each person their own case and acknowledgement, and refuses only the intake the core refuses', async () => {
    const create = batchedCreateCase(services.caseDeps, services.now);
    const inputs = Array.from({ length: 12 }, (_, n) => intake(n));
    inputs[5] = { ...inputs[5]!, description: '   ' };
    const results = await Promise.allSettled(inputs.map((input) => create(input)));
    expect(results[5]).toMatchObject({ status: 'rejected', reason: { code: 'INVALID_INPUT' } });
    const made = results.flatMap((r, n) => (r.status === 'fulfilled' ? [[n, r.value] as const] : []));
    expect(made).toHaveLength(11);
    expect(new Set(made.map(([, c]) => c.reference)).size).toBe(11);
    for (const [n, created] of made) {
      expect(created.description).toContain(`street ${n} `);
      expect(created.receivedAt.toISOString()).toBe('2026-06-10T09:00:05.000Z');
      const outbox = await db.store.db.outboxMessage.findMany({ where: { caseId: created.id } });
      expect(outbox.map((o) => [o.kind, o.toAddress])).toEqual([['acknowledgement', `person${n}@example.org`]]);
    }
  });
});
