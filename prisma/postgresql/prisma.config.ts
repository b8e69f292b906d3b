// Prisma CLI configuration for the postgresql store: the JavaScript schema engine through a driver
// adapter, the only shape that works without downloading native engines (STACK.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { migrationAdapter } from '../store/driver-adapter.js';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'migrations') },
  adapter: async () => migrationAdapter('postgresql', process.env.DATABASE_URL),
});
