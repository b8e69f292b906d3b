/**
 * One command for a schema change: `npm run db:generate -- <migration_name>`.
 * 1. renders datamodel.prisma into the SQLite and PostgreSQL schemas;
 * 2. for each provider, diffs the schema as of its last migration (`migrated.prisma`) against the
 *    new one and writes the SQL as a new migration folder (no database needed: `migrate dev`
 *    cannot run offline here, see STACK.md);
 * 3. regenerates both clients.
 * With no name it only renders and regenerates (what `npm install` does).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDERS, type Provider } from '../providers.js';
import { renderAll, schemaPath } from './render-schemas.js';

const prismaDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const prismaBin = path.join(prismaDir, '..', 'node_modules', '.bin', 'prisma');

// The CLI reads DATABASE_URL from the schema; the JS schema engine opens a connection even for a
// schema-to-schema diff, so PostgreSQL authoring needs a reachable server (any database).
const placeholderUrl: Record<Provider, string> = {
  sqlite: 'file::memory:',
  postgresql: process.env.MIGRATION_AUTHORING_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
};

function prisma(provider: Provider, args: string[]): string {
  return execFileSync(prismaBin, [...args, '--config', path.join(prismaDir, provider, 'prisma.config.ts')], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: placeholderUrl[provider], PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function migrationSql(provider: Provider): string {
  const migrated = path.join(prismaDir, provider, 'migrated.prisma');
  const from = existsSync(migrated) ? ['--from-schema-datamodel', migrated] : ['--from-empty'];
  return prisma(provider, ['migrate', 'diff', ...from, '--to-schema-datamodel', schemaPath(provider), '--script']);
}

function isEmptyMigration(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.startsWith('--'));
}

function main() {
  const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, '_').toLowerCase();
  for (const [provider, text] of Object.entries(renderAll()) as [Provider, string][]) {
    writeFileSync(schemaPath(provider), text);
  }
  if (name) {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    for (const provider of PROVIDERS) {
      const sql = migrationSql(provider);
      if (isEmptyMigration(sql)) {
        console.log(`${provider}: no change, no migration written`);
        continue;
      }
      const dir = path.join(prismaDir, provider, 'migrations', `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'migration.sql'), sql);
      copyFileSync(schemaPath(provider), path.join(prismaDir, provider, 'migrated.prisma'));
      console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}`);
    }
  }
  for (const provider of PROVIDERS) prisma(provider, ['generate']);
  console.log('clients generated for', PROVIDERS.join(' and '));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
