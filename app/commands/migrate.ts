import { loadConfig } from '../config.js';
import { applyMigrations } from '../../prisma/store/migrate.js';
import { DEFAULT_SQLITE_URL, providerOf } from '../../prisma/providers.js';

export default async function migrate(): Promise<number> {
  const url = loadConfig().DATABASE_URL || DEFAULT_SQLITE_URL;
  const provider = providerOf(url);
  const out = await applyMigrations(provider, url);
  const summary =
    out
      .split('\n')
      .filter((l) => /migration|applied/i.test(l))
      .pop() ?? 'done';
  process.stdout.write(`${provider}: ${summary.trim()}\n`);
  return 0;
}
