/**
 * Fresh, migrated databases for tests: real SQLite files and real PostgreSQL databases, one per
 * test file, so tests never share rows. Migrations run once per test run into a template
 * (global-setup.ts); each fresh database is a copy of it, which takes milliseconds.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../prisma/store/open-store.js';
import { templateNames } from './database-templates.js';

export const ADMIN_PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface FreshDatabase {
  url: string;
  store: Store;
  drop(): Promise<void>;
}

export function pgUrlFor(database: string): string {
  const url = new URL(ADMIN_PG_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_PG_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${ADMIN_PG_URL} (${(error as Error).message}). Start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start`,
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshSqlite(): Promise<FreshDatabase> {
  const dir = path.join(tmpdir(), 'intake-tests');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.db`);
  copyFileSync(templateNames().sqliteFile, file);
  const url = `file:${file}`;
  const store = await openStore({ databaseUrl: url, migrate: false });
  return {
    url,
    store,
    async drop() {
      await store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

export async function freshPostgres(): Promise<FreshDatabase> {
  const name = `intake_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateNames().postgresDatabase}`);
      break;
    } catch (error) {
      // Two copies of one template at the same instant can collide ("being accessed by other users").
      if (attempt >= 10 || !/being accessed/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const url = pgUrlFor(name);
  const store = await openStore({ databaseUrl: url, migrate: false });
  return {
    url,
    store,
    async drop() {
      await store.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Both real stores, for tests that must hold on each. */
export const STORES = [
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
] as const;
