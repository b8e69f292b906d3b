import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationSql } from '../../prisma/tools/db-generate.js';
import { renderAll, schemaPath } from '../../prisma/tools/render-schemas.js';
import { PROVIDERS } from '../../prisma/providers.js';
import { freshPostgres, freshSqlite, type FreshDatabase } from '../support/databases.js';

function modelsOf(datamodel: string): string[] {
  return [...datamodel.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!).sort();
}

describe('the SQLite and PostgreSQL schemas stay in step with the datamodel', () => {
  let sqlite: FreshDatabase;
  let postgres: FreshDatabase;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([freshSqlite(), freshPostgres()]);
  });
  afterAll(async () => {
    await Promise.all([sqlite?.drop(), postgres?.drop()]);
  });

  it('has both committed schemas rendered from the current datamodel.prisma', () => {
    const rendered = renderAll();
    for (const provider of PROVIDERS) {
      expect(readFileSync(schemaPath(provider), 'utf8'), `${provider}: run npm run db:generate`).toBe(rendered[provider]);
    }
  });

  it.each(PROVIDERS)('has %s migrations that produce exactly the schema (no pending change)', (provider) => {
    const sql = migrationSql(provider);
    const statements = sql.split('\n').filter((l) => l.trim() && !l.startsWith('--'));
    expect(statements, `${provider}: run npm run db:generate -- <name>`).toEqual([]);
  });

  it('creates the same tables and columns on both databases after migration', async () => {
    const sqliteTables = await sqlite.store.db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'",
    );
    const pgColumns = await postgres.store.db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '_prisma%'",
    );
    const pgByTable = new Map<string, string[]>();
    for (const row of pgColumns) pgByTable.set(row.table_name, [...(pgByTable.get(row.table_name) ?? []), row.column_name]);

    const models = modelsOf(readFileSync('prisma/datamodel.prisma', 'utf8'));
    expect(sqliteTables.map((t) => t.name).sort()).toEqual(models);
    expect([...pgByTable.keys()].sort()).toEqual(models);
    for (const table of models) {
      const cols = await sqlite.store.db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${table}")`);
      expect(cols.map((c) => c.name).sort(), table).toEqual(pgByTable.get(table)!.sort());
    }
  });
});
