import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../core/cases/create-case.js';
import { freshPostgres, type FreshDatabase } from '../../support/databases.js';
import { complaint, testDeps } from './case-fixtures.js';

describe('references under concurrent creation on PostgreSQL', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshPostgres();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('gives 200 simultaneous cases 200 distinct, gap-free references, each with its acknowledgement', async () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) => createCase({ ...complaint, description: `Case number ${i}` }, deps)),
    );
    const numbers = created.map((c) => Number(c.reference.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await db.store.db.outboxMessage.count({ where: { kind: 'acknowledgement' } })).toBe(200);
  });
});
