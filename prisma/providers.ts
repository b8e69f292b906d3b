/**
 * The two stores the project runs on. SQLite is the embedded default (no configuration);
 * PostgreSQL is the shared store for real deployments. Both render from datamodel.prisma.
 */
export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const DEFAULT_SQLITE_URL = 'file:./data/intake.db';

export function providerOf(databaseUrl: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgresql';
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with postgresql:// or file: (got "${databaseUrl.split(':')[0]}:…")`);
}
