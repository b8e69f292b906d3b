/**
 * Multi-row INSERT for the hot write paths (a batch of cases, a batch of claimed mail), through
 * the Prisma client's raw query path. Why not `createMany`: with the query compiler, createMany
 * costs CPU per row and per field inside the client (measured: 400 audit rows ≈ 55–95 ms of CPU
 * against 12–25 ms for the same rows as one raw statement), and at mailbox-backlog rates that
 * was most of the processor's time. The statement is built from Prisma.sql fragments, so each
 * dialect gets its own placeholders and Prisma converts the values (dates, booleans, bytes)
 * exactly as it does for createMany; on PostgreSQL the rows go as one JSON value instead (see
 * below). test/prisma/insert-rows.test.ts proves the rows read back identical to createMany's on
 * SQLite and PostgreSQL.
 */
import { Prisma } from '../generated/sqlite/client.js';
import type { Db } from './open-store.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** The tables written this way, with the row type createMany would take. */
export interface InsertableRows {
  Case: Prisma.CaseCreateManyInput;
  Party: Prisma.PartyCreateManyInput;
  Consent: Prisma.ConsentCreateManyInput;
  AuditEvent: Prisma.AuditEventCreateManyInput;
  OutboxMessage: Prisma.OutboxMessageCreateManyInput;
  Correspondence: Prisma.CorrespondenceCreateManyInput;
  ClassificationCorrection: Prisma.ClassificationCorrectionCreateManyInput;
  InboundMessage: Prisma.InboundMessageCreateManyInput;
  InboundAttachment: Prisma.InboundAttachmentCreateManyInput;
}

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
const JSON_ROWS_PER_STATEMENT = 1_000;

/**
 * The client knows its database; Prisma keeps it in an underscored field. If a Prisma upgrade
 * drops it, every database simply takes the portable VALUES path below.
 */
function isPostgres(db: Db | Tx): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql';
}

/** JSON for json_populate_recordset: dates as ISO instants (JSON.stringify does it), bytes in bytea's hex form. */
function jsonValue(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return value;
}

/**
 * Inserts `rows` into `table` in as few statements as the parameter limits allow. Every row must
 * name the same columns (no silent database defaults: what is written is what the caller built).
 * Constraint violations surface as Prisma errors (see isUniqueViolation).
 */
export async function insertRows<T extends keyof InsertableRows>(
  db: Db | Tx,
  table: T,
  rows: ReadonlyArray<InsertableRows[T]>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length || columns.some((c) => !(c in row))) {
      throw new Error(`insertRows(${table}): every row must have the columns ${columns.join(', ')}`);
    }
  }
  const columnList = Prisma.raw(columns.map((c) => `"${c}"`).join(', '));
  if (isPostgres(db)) {
    // PostgreSQL: the rows travel as one JSON parameter that the server expands
    // (json_populate_recordset casts each field to its column's type). Thousands of bound
    // values cost the client ~4 µs each; one JSON string costs next to nothing here, and the
    // parsing happens in the database process.
    for (let start = 0; start < rows.length; start += JSON_ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + JSON_ROWS_PER_STATEMENT);
      // A replacer runs for every field; only attachments carry bytes.
      const json = table === 'InboundAttachment' ? JSON.stringify(chunk, jsonValue) : JSON.stringify(chunk);
      await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columnList})
        SELECT ${columnList} FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${json}::json)`;
    }
    return;
  }
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
      const record = row as Record<string, unknown>;
      return Prisma.sql`(${Prisma.join(columns.map((c) => record[c] ?? null))})`;
    });
    await db.$executeRaw`${head}${Prisma.join(values)}`;
  }
}
