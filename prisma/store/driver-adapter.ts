import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Provider } from '../providers.js';

/** The driver adapter factory for a database URL (used by the client and the migration CLI). */
export function driverAdapter(provider: Provider, databaseUrl: string) {
  if (provider === 'sqlite') {
    // Busy timeout: a second process (CLI next to the server) waits for the write lock instead
    // of failing at once.
    return new PrismaBetterSQLite3({ url: databaseUrl, timeout: 10_000 });
  }
  return new PrismaPg({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}

export function migrationAdapter(provider: Provider, databaseUrl: string | undefined) {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  if (provider === 'postgresql') {
    // The CLI exits only when the pool is empty: without allowExitOnIdle every migration run
    // waited out pg's 10 s idle timeout.
    return new PrismaPg({ connectionString: databaseUrl, max: 2, allowExitOnIdle: true, idleTimeoutMillis: 50 });
  }
  return driverAdapter(provider, databaseUrl);
}
