import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const prismaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma');

/** Template names keyed by the migrations' content: a schema change makes new templates. */
export function templateNames() {
  const hash = createHash('sha256');
  for (const provider of ['sqlite', 'postgresql']) {
    const dir = path.join(prismaDir, provider, 'migrations');
    for (const entry of readdirSync(dir).sort()) {
      if (entry.endsWith('.toml')) continue;
      hash.update(entry).update(readFileSync(path.join(dir, entry, 'migration.sql')));
    }
  }
  const digest = hash.digest('hex').slice(0, 12);
  return {
    sqliteFile: path.join(tmpdir(), 'intake-tests', `template-${digest}.db`),
    postgresDatabase: `intake_template_${digest}`,
  };
}
