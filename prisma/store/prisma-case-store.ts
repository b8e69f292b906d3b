import type {
  AuditEntry,
  CaseRecord,
  ClassificationCorrectionRecord,
  CorrespondenceEntry,
  OutboxDraft,
} from '../../core/cases/case-record.js';
import type { CaseChange, CaseFilter, CaseStore, NewCase } from '../../core/cases/case-store.js';
import { AppError } from '../../core/errors/app-error.js';
import { ANONYMISED } from '../../core/retention/anonymise-due.js';
import { caseColumns, consentColumns, partyColumns, toCaseRecord } from './case-mapping.js';
import { insertRowSets } from './insert-rows.js';
import type { Db } from './open-store.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const withRelations = { parties: true, consents: true } as const;
// 200 creations at once queue on the counter row; give them room rather than fail.
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 };

export function formatReference(year: number, n: number): string {
  return `FB-${year}-${String(n).padStart(6, '0')}`;
}

/** Takes `count` consecutive numbers; returns the first. */
async function takeReferenceNumbers(tx: Tx, year: number, count: number): Promise<number> {
  // Native upsert (INSERT … ON CONFLICT DO UPDATE): atomic, and the row stays locked until the
  // cases' transaction ends, so concurrent creations take blocks one after another, and a
  // rolled-back creation gives its numbers back.
  const counter = await tx.referenceCounter.upsert({
    where: { year },
    create: { year, last: count },
    update: { last: { increment: count } },
  });
  return counter.last - count + 1;
}

async function writeExtras(
  tx: Tx,
  caseId: string,
  extras: {
    audit?: AuditEntry[];
    outbox?: OutboxDraft[];
    correspondence?: CorrespondenceEntry[];
    corrections?: ClassificationCorrectionRecord[];
  },
) {
  await insertRowSets(tx, [
    { table: 'AuditEvent', rows: (extras.audit ?? []).map((a) => auditRow(caseId, a)) },
    { table: 'OutboxMessage', rows: (extras.outbox ?? []).map((o) => ({ ...o, caseId })) },
    { table: 'Correspondence', rows: (extras.correspondence ?? []).map((c) => ({ ...c, caseId })) },
    { table: 'ClassificationCorrection', rows: (extras.corrections ?? []).map((c) => ({ ...c, caseId })) },
  ]);
}

function auditRow(caseId: string, a: AuditEntry) {
  return { id: a.id, caseId, at: a.at, actor: a.actor, action: a.action, details: JSON.stringify(a.details) };
}

export function prismaCaseStore(db: Db): CaseStore {
  /** Optimistic concurrency: the write happens only if nobody changed the case since it was read. */
  async function saveCase(expectedVersion: number, change: CaseChange, alsoInTx?: (tx: Tx, caseId: string) => Promise<void>) {
    const next = change.caseRecord;
    return db.$transaction(async (tx) => {
      const { id, createdAt: _createdAt, ...columns } = caseColumns(next);
      const updated = await tx.case.updateMany({
        where: { id, version: expectedVersion },
        data: { ...columns, version: { increment: 1 } },
      });
      if (updated.count !== 1) {
        throw new AppError('CONFLICT', `case ${next.reference} was changed by someone else; reload and try again`);
      }
      for (const consent of next.consents) {
        const { id: consentId, ...rest } = consentColumns(consent);
        await tx.consent.upsert({ where: { id: consentId }, create: { id: consentId, caseId: id, ...rest }, update: rest });
      }
      await writeExtras(tx, id, change);
      await alsoInTx?.(tx, id);
      const row = await tx.case.findUniqueOrThrow({ where: { id }, include: withRelations });
      return toCaseRecord(row);
    }, TX_OPTIONS);
  }

  return {
    async insertCases(year: number, newCases: NewCase[], build) {
      if (newCases.length === 0) return [];
      return db.$transaction(async (tx) => {
        const first = await takeReferenceNumbers(tx, year, newCases.length);
        const created: CaseRecord[] = newCases.map((c, i) => ({ ...c, reference: formatReference(year, first + i), version: 0 }));
        // Set-based writes: the batch's rows of every table in one statement (insert-rows.ts).
        const extras = created.map((c) => ({ caseId: c.id, ...build(c) }));
        await insertRowSets(tx, [
          { table: 'Case', rows: created.map((c) => ({ ...caseColumns(c), reference: c.reference, version: 0 })) },
          { table: 'Party', rows: created.flatMap((c) => c.parties.map((p) => ({ ...partyColumns(p), caseId: c.id }))) },
          { table: 'Consent', rows: created.flatMap((c) => c.consents.map((x) => ({ ...consentColumns(x), caseId: c.id }))) },
          { table: 'AuditEvent', rows: extras.flatMap((e) => e.audit.map((a) => auditRow(e.caseId, a))) },
          { table: 'OutboxMessage', rows: extras.flatMap((e) => e.outbox.map((o) => ({ ...o, caseId: e.caseId }))) },
        ]);
        return created;
      }, TX_OPTIONS);
    },

    async findByReference(reference: string) {
      const row = await db.case.findUnique({ where: { reference }, include: withRelations });
      return row ? toCaseRecord(row) : null;
    },

    async findById(id: string) {
      const row = await db.case.findUnique({ where: { id }, include: withRelations });
      return row ? toCaseRecord(row) : null;
    },

    async list(filter: CaseFilter = {}) {
      const rows = await db.case.findMany({
        where: { status: filter.status, type: filter.type },
        include: withRelations,
        orderBy: { reference: 'asc' },
        take: filter.limit,
      });
      return rows.map(toCaseRecord);
    },

    updateCase: (expectedVersion: number, change: CaseChange) => saveCase(expectedVersion, change),

    async anonymiseCase(expectedVersion: number, anonymised: CaseRecord, audit: AuditEntry) {
      await saveCase(expectedVersion, { caseRecord: anonymised, audit: [audit] }, async (tx, id) => {
        for (const party of anonymised.parties) {
          await tx.party.update({ where: { id: party.id }, data: { name: null, email: null, phone: null, address: null } });
        }
        await tx.correspondence.updateMany({ where: { caseId: id }, data: { text: ANONYMISED, fromParty: null } });
        await tx.outboxMessage.updateMany({ where: { caseId: id }, data: { bodyText: ANONYMISED, toAddress: null } });
        await tx.classificationCorrection.updateMany({ where: { caseId: id }, data: { text: ANONYMISED } });
        // Attachments that came with the mail are personal information too; their hash and size stay.
        await tx.inboundAttachment.updateMany({ where: { caseId: id }, data: { content: null, filename: ANONYMISED } });
      });
    },

    async auditTrail(caseId: string) {
      const rows = await db.auditEvent.findMany({ where: { caseId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
      return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, details: JSON.parse(r.details) }));
    },

    async correspondence(caseId: string) {
      const rows = await db.correspondence.findMany({ where: { caseId }, orderBy: { at: 'asc' } });
      return rows as CorrespondenceEntry[];
    },

    async listClassificationCorrections() {
      const rows = await db.classificationCorrection.findMany({ orderBy: { at: 'asc' } });
      return rows as ClassificationCorrectionRecord[];
    },
  };
}
