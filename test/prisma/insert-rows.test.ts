import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows, type InsertableRows } from '../../prisma/store/insert-rows.js';
import { isUniqueViolation } from '../../prisma/store/is-unique-violation.js';
import { freshPostgres, freshSqlite, type FreshDatabase } from '../support/databases.js';

const at = new Date('2026-03-04T15:00:00.123Z');
const later = new Date('2026-03-05T09:30:00.456Z');

/** One row per table with every column set (and the nullable ones null in the `nulls` variant). */
function rowsFor(tag: string, nulls: boolean): { [T in keyof InsertableRows]: InsertableRows[T] } {
  const maybe = <V>(v: V) => (nulls ? null : v);
  const caseId = `case-${tag}`;
  return {
    Case: {
      id: caseId,
      reference: `FB-2026-${tag}`,
      profile: 'goj',
      type: 'complaint',
      channel: 'email',
      status: 'open',
      stage: 1,
      version: 0,
      department: maybe('health'),
      service: maybe('Outpatients'),
      description: "Waited 3 hours — “emoji” 😀 and 'quotes' and \\ backslash",
      remedySought: maybe('an apology'),
      eventDate: maybe('2026-02-01'),
      anonymous: !nulls,
      language: 'pl',
      preferredContact: maybe('email'),
      accessibilityNeeds: maybe('large print'),
      parish: maybe('St Helier'),
      onBehalfOf: maybe('parent'),
      subjectConsentNeededReason: maybe('child_under_16'),
      consentStatus: 'not_needed',
      formalComplaintConsent: maybe('given'),
      outOfScope: maybe('foi'),
      safeguarding: nulls,
      abusive: !nulls,
      urgent: nulls,
      classification: maybe(JSON.stringify({ type: 'complaint', reasons: { a: ['b'] } })),
      receivedAt: at,
      clockStartsOn: '2026-03-04',
      initialResponseDueOn: '2026-03-05',
      stage1DueOn: '2026-03-10',
      stage2DueOn: '2026-03-17',
      stage3DueOn: '2026-03-17',
      stageStartedOn: '2026-03-04',
      respondedOn: maybe('2026-03-06'),
      closedAt: maybe(later),
      closureReason: maybe('upheld'),
      closedAtStage: maybe(1),
      sourceMessageId: maybe(`<m-${tag}@example.org>`),
      recordedBy: maybe('staff:1'),
      createdAt: at,
      updatedAt: later,
    },
    Party: {
      id: `party-${tag}`,
      caseId,
      role: 'customer',
      name: maybe('Zoë Ñúñez'),
      email: maybe('zoe@example.org'),
      phone: maybe('+44 1534 000000'),
      address: maybe('1 Rue, St Helier'),
      relationship: maybe('parent'),
    },
    Consent: {
      id: `consent-${tag}`,
      caseId,
      kind: 'subject',
      status: 'requested',
      exemption: maybe('deceased'),
      requestedAt: at,
      expiresOn: maybe('2026-03-18'),
      receivedAt: maybe(later),
      note: maybe('by phone'),
    },
    AuditEvent: { id: `audit-${tag}`, caseId, at, actor: 'system:email', action: 'created', details: '{"x":1}' },
    OutboxMessage: {
      id: `outbox-${tag}`,
      caseId,
      kind: 'acknowledgement',
      toAddress: maybe('zoe@example.org'),
      subject: 'Your feedback FB-2026-000001',
      bodyText: 'Dziękujemy',
      language: 'pl',
      messageId: `<ack-${tag}@feedback.gov.test>`,
      inReplyTo: maybe('<m@example.org>'),
      references: maybe('<a@x> <b@y>'),
      status: 'pending',
      skipReason: maybe('none'),
      attempts: 2,
      nextAttemptAt: at,
      lockedBy: maybe('w:1'),
      lockedUntil: maybe(later),
      lastError: maybe('421 busy'),
      sentAt: maybe(later),
      createdAt: at,
    },
    Correspondence: {
      id: `corr-${tag}`,
      caseId,
      at,
      direction: 'inbound',
      channel: 'email',
      fromParty: maybe('zoe@example.org'),
      text: 'Thanks',
      messageId: maybe(`<c-${tag}@example.org>`),
    },
    ClassificationCorrection: {
      id: `corr2-${tag}`,
      caseId,
      field: 'type',
      fromValue: maybe('comment'),
      toValue: 'complaint',
      text: 'text',
      correctedBy: 'staff:1',
      at,
    },
    InboundMessage: {
      id: `in-${tag}`,
      source: `imap:INBOX:1:${tag}`,
      dedupeKey: `<m-${tag}@example.org>`,
      firstOfKey: maybe(`<m-${tag}@example.org>`),
      duplicateOfId: maybe('in-other'),
      messageId: maybe(`m-${tag}@example.org`),
      contentHash: 'ab'.repeat(32),
      internalDate: at,
      status: 'done',
      decision: maybe('new_case'),
      reason: maybe('new submission'),
      caseId: maybe(caseId),
      claimedBy: maybe('w:1'),
      claimedUntil: maybe(later),
      createdAt: at,
      processedAt: maybe(later),
    },
    InboundAttachment: {
      id: `att-${tag}`,
      inboundMessageId: `in-${tag}`,
      caseId: maybe(caseId),
      filename: 'scan.pdf',
      contentType: 'application/pdf',
      size: 4,
      sha256: 'cd'.repeat(32),
      content: maybe(new Uint8Array([0, 255, 37, 80])),
      refusedReason: maybe('too big'),
      createdAt: at,
    },
  };
}

const TABLES = [
  'Case',
  'Party',
  'Consent',
  'AuditEvent',
  'OutboxMessage',
  'Correspondence',
  'ClassificationCorrection',
  'InboundMessage',
  'InboundAttachment',
] as const;

const delegate = (db: FreshDatabase['store']['db'], table: (typeof TABLES)[number]) =>
  (db as unknown as Record<string, { createMany(a: unknown): Promise<unknown>; findUniqueOrThrow(a: unknown): Promise<object> }>)[
    table[0]!.toLowerCase() + table.slice(1)
  ]!;

describe.each([
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
])('insertRows on %s', (_name, fresh) => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await fresh();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.each([false, true])(
    'writes rows that read back exactly as createMany writes them (nullable columns null: %s)',
    async (nulls) => {
      const db = database.store.db;
      const viaPrisma = rowsFor(`p${nulls ? 'n' : 'v'}`, nulls);
      const viaRaw = rowsFor(`r${nulls ? 'n' : 'v'}`, nulls);
      for (const table of TABLES) {
        await delegate(db, table).createMany({ data: [viaPrisma[table]] });
        await insertRows(db, table, [viaRaw[table]] as never);
      }
      for (const table of TABLES) {
        const a = await delegate(db, table).findUniqueOrThrow({ where: { id: viaPrisma[table].id } });
        const b = await delegate(db, table).findUniqueOrThrow({ where: { id: viaRaw[table].id } });
        // The same row but for the tag in ids and unique columns.
        const normalise = (row: object, tag: string) =>
          JSON.parse(JSON.stringify(row, (_k, v) => (typeof v === 'string' ? v.split(tag).join('TAG') : v)));
        expect(normalise(b, `r${nulls ? 'n' : 'v'}`), table).toEqual(normalise(a, `p${nulls ? 'n' : 'v'}`));
      }
    },
  );

  it('writes more rows than one statement may bind, and a duplicate key fails the way createMany does', async () => {
    const db = database.store.db;
    const base = rowsFor('bulk', true);
    await insertRows(db, 'Case', [base.Case]);
    // 41 columns × 1,000 rows is over SQLite's 32,766 bound parameters: split into statements.
    const audits = Array.from({ length: 1000 }, (_, i) => ({ ...base.AuditEvent, id: `bulk-audit-${i}` }));
    const manyCases = Array.from({ length: 1000 }, (_, i) => ({
      ...base.Case,
      id: `bulk-case-${i}`,
      reference: `FB-2026-B${i}`,
      sourceMessageId: null,
    }));
    await insertRows(db, 'AuditEvent', audits);
    await insertRows(db, 'Case', manyCases);
    expect(await db.auditEvent.count({ where: { id: { startsWith: 'bulk-audit-' } } })).toBe(1000);
    expect(await db.case.count({ where: { id: { startsWith: 'bulk-case-' } } })).toBe(1000);

    const error = await insertRows(db, 'Case', [{ ...base.Case, id: 'bulk-case-dup' }]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('refuses rows that do not all name the same columns', async () => {
    const base = rowsFor('shape', true);
    const { recordedBy: _dropped, ...short } = base.Case;
    await expect(insertRows(database.store.db, 'Case', [base.Case, { ...short, id: 'x2', reference: 'x2' }])).rejects.toThrow(
      /every row must have the columns/,
    );
    expect(await database.store.db.case.count({ where: { id: 'case-shape' } })).toBe(0);
  });
});
