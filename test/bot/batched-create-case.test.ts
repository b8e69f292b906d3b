import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../app/services.js';
import { batchedCreateCase } from '../../bot/cases/batched-create-case.js';
import type { IntakeInput } from '../../core/cases/intake-schema.js';
import { STORES, type FreshDatabase } from '../support/databases.js';

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
