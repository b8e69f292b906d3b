/**
 * Runs once before the test files: migrates one SQLite file and one PostgreSQL database with
 * the real `prisma migrate deploy`, as templates for every fresh test database.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../../prisma/store/migrate.js';
import { ADMIN_PG_URL, adminQuery, pgUrlFor } from './databases.js';
import { templateNames } from './database-templates.js';

async function postgresDatabaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_PG_URL });
  await client.connect();
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

export default async function setup() {
  const names = templateNames();
  if (!existsSync(names.sqliteFile)) {
    mkdirSync(path.dirname(names.sqliteFile), { recursive: true });
    const building = `${names.sqliteFile}.${process.pid}.tmp`;
    await applyMigrations('sqlite', `file:${building}`);
    renameSync(building, names.sqliteFile);
  }
  if (!(await postgresDatabaseExists(names.postgresDatabase))) {
    const building = `${names.postgresDatabase}_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${building}`);
    await adminQuery(`CREATE DATABASE ${building}`);
    await applyMigrations('postgresql', pgUrlFor(building));
    await adminQuery(`ALTER DATABASE ${building} RENAME TO ${names.postgresDatabase}`);
  }
}
