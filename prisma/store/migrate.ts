import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Provider } from '../providers.js';

const run = promisify(execFile);
const prismaDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const projectDir = path.dirname(prismaDir);

/** The directory of a SQLite file URL, so a fresh checkout can create ./data on first start. */
export function ensureSqliteDirectory(databaseUrl: string): void {
  const file = databaseUrl.replace(/^file:/, '');
  if (file === ':memory:') return;
  mkdirSync(path.dirname(path.resolve(projectDir, file)), { recursive: true });
}

/**
 * `prisma migrate deploy` for the configured store: the command Prisma documents for production,
 * run at start-up and by `intake migrate`. Prisma serialises concurrent runs with an advisory
 * lock on PostgreSQL, so two instances starting together are safe.
 */
export async function applyMigrations(provider: Provider, databaseUrl: string): Promise<string> {
  if (provider === 'sqlite') ensureSqliteDirectory(databaseUrl);
  const { stdout } = await run(
    process.execPath,
    [
      path.join(projectDir, 'node_modules', 'prisma', 'build', 'index.js'),
      'migrate',
      'deploy',
      '--config',
      path.join(prismaDir, provider, 'prisma.config.ts'),
    ],
    {
      cwd: projectDir,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(prismaDir, 'tools', 'unref-engine-timers.cjs')}`.trim(),
      },
      maxBuffer: 10 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`database migration failed: ${(error.stderr || error.stdout || error.message).trim()}`);
  });
  return stdout;
}

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/**
 * Migrations in prisma/<provider>/migrations that the database has not finished. Only a check:
 * applying them stays with `prisma migrate deploy`. It spares every CLI call the 2–3 s of
 * starting Prisma's schema engine when the database is already current.
 */
export async function pendingMigrations(db: RawQueryable, provider: Provider): Promise<string[]> {
  const local = readdirSync(path.join(prismaDir, provider, 'migrations'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  let applied: string[] = [];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    // No migrations table yet: a new database.
  }
  return local.filter((name) => !applied.includes(name));
}
