/**
 * A unique constraint refused the write, the same on SQLite and PostgreSQL: Prisma's P2002 from
 * its query API, or a raw statement's P2010 (insert-rows.ts) carrying the driver adapter's
 * UniqueConstraintViolation.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return code === 'P2002' || (code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}
