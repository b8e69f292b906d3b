/**
 * Renders prisma/datamodel.prisma into one schema per provider. Prisma allows one provider per
 * schema (STACK.md), so the headers differ and the models are shared: nobody edits two files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PROVIDERS, type Provider } from '../providers.js';

const prismaDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export function schemaPath(provider: Provider): string {
  return path.join(prismaDir, provider, 'schema.prisma');
}

export function renderSchema(provider: Provider, datamodel: string): string {
  // engineType "client" (the query compiler with driver adapters): the only offline-capable shape
  // (STACK.md).
  // The url is still required, or the CLI tries to download the old query engine.
  return `// GENERATED from prisma/datamodel.prisma by \`npm run db:generate\`. Do not edit.
generator client {
  provider        = "prisma-client"
  output          = "../generated/${provider}"
  engineType      = "client"
  moduleFormat    = "esm"
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

${datamodel.trim()}
`;
}

export function renderAll(): Record<Provider, string> {
  const datamodel = readFileSync(path.join(prismaDir, 'datamodel.prisma'), 'utf8');
  return Object.fromEntries(PROVIDERS.map((p) => [p, renderSchema(p, datamodel)])) as Record<Provider, string>;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [provider, text] of Object.entries(renderAll())) {
    writeFileSync(schemaPath(provider as Provider), text);
  }
}
