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

/**
 * The client knows its database; Prisma keeps it in an underscored field. If a Prisma upgrade
 * drops it, every database simply takes the portable VALUES path below.
 */
export function isPostgres(db: Db | Tx): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === 'postgresql';
}

/** JSON for json_populate_recordset: dates as ISO instants (JSON.stringify does it), bytes in bytea's hex form. */
function jsonValue(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  return value;
}

/** Rows for one table. */
export type RowSet = { [T in keyof InsertableRows]: { table: T; rows: ReadonlyArray<InsertableRows[T]> } }[keyof InsertableRows];

/** The column names every row of the set shares (no silent database defaults: what is written is what the caller built). */
function columnsOf({ table, rows }: RowSet): string[] {
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length || columns.some((c) => !(c in row))) {
      throw new Error(`insertRows(${table}): every row must have the columns ${columns.join(', ')}`);
    }
  }
  return columns;
}

/** PostgreSQL: `INSERT … SELECT … FROM json_populate_recordset(…)` for one set. */
function jsonInsert(set: RowSet, columns: string[]): Prisma.Sql {
  const columnList = Prisma.raw(columns.map((c) => `"${c}"`).join(', '));
  const table = Prisma.raw(`"${set.table}"`);
  // A replacer runs for every field; only attachments carry bytes.
  const json = set.table === 'InboundAttachment' ? JSON.stringify(set.rows, jsonValue) : JSON.stringify(set.rows);
  return Prisma.sql`INSERT INTO ${table} (${columnList}) SELECT ${columnList} FROM json_populate_recordset(NULL::${table}, ${json}::json)`;
}

/**
 * Inserts `rows` into `table` in as few statements as the parameter limits allow. Constraint
 * violations surface as Prisma errors (see isUniqueViolation).
 */
export async function insertRows<T extends keyof InsertableRows>(
  db: Db | Tx,
  table: T,
  rows: ReadonlyArray<InsertableRows[T]>,
): Promise<void> {
  await insertRowSets(db, [{ table, rows } as RowSet]);
}

/**
 * Inserts several tables' rows, parents before children. On PostgreSQL that is ONE statement:
 * each set is a data-modifying CTE, each table's rows one JSON value the server expands
 * (json_populate_recordset casts every field to its column's type). Thousands of bound values
 * cost the client ~4 µs each, and every statement costs ~1 ms of client CPU however small, so a
 * case (case, parties, consents, audit, acknowledgement) is one round trip, not five. Foreign
 * keys are checked at the end of the statement, so the order inside it does not matter there.
 * Elsewhere (SQLite) each set is a multi-row VALUES insert, split to stay under the limit of
 * bound parameters.
 */
export async function insertRowSets(db: Db | Tx, sets: readonly RowSet[]): Promise<void> {
  const present = sets.filter((set) => set.rows.length > 0).map((set) => ({ set, columns: columnsOf(set) }));
  if (present.length === 0) return;
  if (isPostgres(db)) {
    const inserts = present.map(({ set, columns }) => jsonInsert(set, columns));
    const main = inserts.pop()!;
    const ctes = inserts.map((insert, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${insert})`);
    await db.$executeRaw`${ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes)} ` : Prisma.empty}${main}`;
    return;
  }
  for (const { set, columns } of present) {
    const head = Prisma.raw(`INSERT INTO "${set.table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < set.rows.length; start += perStatement) {
      const values = set.rows.slice(start, start + perStatement).map((row) => {
        const record = row as Record<string, unknown>;
        return Prisma.sql`(${Prisma.join(columns.map((c) => record[c] ?? null))})`;
      });
      await db.$executeRaw`${head}${Prisma.join(values)}`;
    }
  }
}
