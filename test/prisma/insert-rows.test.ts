import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRowSets, insertRows, isPostgres } from '../../prisma/store/insert-rows.js';
import { rowsFor } from '../support/sample-rows.js';
import { isUniqueViolation } from '../../prisma/store/is-unique-violation.js';
import { freshPostgres, freshSqlite, type FreshDatabase } from '../support/databases.js';

const TABLES = [
  'Case',
  'Party',
  'Consent',
  'AuditEvent',
  'OutboxMessage',
  'Correspondence',
  'ClassificationCorrection',
  'InboundMessage',
  'InboundAttachment',
] as const;

const delegate = (db: FreshDatabase['store']['db'], table: (typeof TABLES)[number]) =>
  (db as unknown as Record<string, { createMany(a: unknown): Promise<unknown>; findUniqueOrThrow(a: unknown): Promise<object> }>)[
    table[0]!.toLowerCase() + table.slice(1)
  ]!;

describe.each([
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
])('insertRows on %s', (name, fresh) => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await fresh();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.each([false, true])(
    'writes rows that read back exactly as createMany writes them (nullable columns null: %s)',
    async (nulls) => {
      const db = database.store.db;
      const viaPrisma = rowsFor(`p${nulls ? 'n' : 'v'}`, nulls);
      const viaRaw = rowsFor(`r${nulls ? 'n' : 'v'}`, nulls);
      for (const table of TABLES) {
        await delegate(db, table).createMany({ data: [viaPrisma[table]] });
        await insertRows(db, table, [viaRaw[table]] as never);
      }
      for (const table of TABLES) {
        const a = await delegate(db, table).findUniqueOrThrow({ where: { id: viaPrisma[table].id } });
        const b = await delegate(db, table).findUniqueOrThrow({ where: { id: viaRaw[table].id } });
        // The same row but for the tag in ids and unique columns.
        const normalise = (row: object, tag: string) =>
          JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'string' ? v.split(tag).join('TAG') : v)));
        expect(normalise(b, `r${nulls ? 'n' : 'v'}`), table).toEqual(normalise(a, `p${nulls ? 'n' : 'v'}`));
      }
    },
  );

  it('writes more rows than one statement may bind, and a duplicate key fails the way createMany does', async () => {
    const db = database.store.db;
    const base = rowsFor('bulk', true);
    await insertRows(db, 'Case', [base.Case]);
    // 41 columns × 1,000 rows is over SQLite's 32,766 bound parameters: split into statements.
    const audits = Array.from({ length: 1000 }, (_, i) => ({ ...base.AuditEvent, id: `bulk-audit-${i}` }));
    const manyCases = Array.from({ length: 1000 }, (_, i) => ({
      ...base.Case,
      id: `bulk-case-${i}`,
      reference: `FB-2026-B${i}`,
      sourceMessageId: null,
    }));
    await insertRows(db, 'AuditEvent', audits);
    await insertRows(db, 'Case', manyCases);
    expect(await db.auditEvent.count({ where: { id: { startsWith: 'bulk-audit-' } } })).toBe(1000);
    expect(await db.case.count({ where: { id: { startsWith: 'bulk-case-' } } })).toBe(1000);

    const error = await insertRows(db, 'Case', [{ ...base.Case, id: 'bulk-case-dup' }]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('writes several tables at once, parents and children, skipping empty sets', async () => {
    const db = database.store.db;
    const r = rowsFor('sets', false);
    await insertRowSets(db, [
      { table: 'Case', rows: [r.Case] },
      { table: 'Party', rows: [r.Party, { ...r.Party, id: 'party-sets-2', role: 'subject' }] },
      { table: 'Consent', rows: [] },
      { table: 'AuditEvent', rows: [r.AuditEvent] },
      { table: 'OutboxMessage', rows: [r.OutboxMessage] },
    ]);
    const written = await db.case.findUniqueOrThrow({
      where: { id: r.Case.id },
      include: { parties: true, consents: true, auditEvents: true, outbox: true },
    });
    expect(written.parties.map((p) => p.role).sort()).toEqual(['customer', 'subject']);
    expect([written.consents.length, written.auditEvents.length, written.outbox.length]).toEqual([0, 1, 1]);
  });

  it('knows its database, inside a transaction too (else PostgreSQL would silently lose the one-statement path)', async () => {
    const db = database.store.db;
    expect(isPostgres(db)).toBe(name === 'PostgreSQL');
    expect(await db.$transaction(async (tx) => isPostgres(tx))).toBe(name === 'PostgreSQL');
  });

  it('refuses rows that do not all name the same columns', async () => {
    const base = rowsFor('shape', true);
    const { recordedBy: _dropped, ...short } = base.Case;
    await expect(insertRows(database.store.db, 'Case', [base.Case, { ...short, id: 'x2', reference: 'x2' }])).rejects.toThrow(
      /every row must have the columns/,
    );
    expect(await database.store.db.case.count({ where: { id: 'case-shape' } })).toBe(0);
  });
});
