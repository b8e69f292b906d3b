import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import { DEFAULT_SQLITE_URL, providerOf, type Provider } from '../providers.js';
import { driverAdapter } from './driver-adapter.js';
import { applyMigrations, ensureSqliteDirectory, pendingMigrations } from './migrate.js';
import { prismaCaseStore } from './prisma-case-store.js';
import type { CaseStore } from '../../core/cases/case-store.js';

/**
 * Both generated clients have the same models (one datamodel); the store code is written
 * against the SQLite client's types and runs on either.
 */
export type Db = InstanceType<typeof SqliteClient>;

export interface Store {
  provider: Provider;
  databaseUrl: string;
  db: Db;
  cases: CaseStore;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Defaults to DATABASE_URL, then the embedded SQLite file under ./data. */
  databaseUrl?: string;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
}

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const databaseUrl = options.databaseUrl || process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
  const provider = providerOf(databaseUrl);
  if (provider === 'sqlite') ensureSqliteDirectory(databaseUrl);
  const adapter = driverAdapter(provider, databaseUrl);
  const db = (provider === 'sqlite' ? new SqliteClient({ adapter }) : new PostgresClient({ adapter })) as unknown as Db;
  if (options.migrate !== false && (await pendingMigrations(db, provider)).length > 0) {
    await applyMigrations(provider, databaseUrl);
  }
  if (provider === 'sqlite') {
    // WAL lets readers (the CLI, reports) run beside the writing workers.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  }
  return {
    provider,
    databaseUrl,
    db,
    cases: prismaCaseStore(db),
    close: () => db.$disconnect(),
  };
}
