import type { AuditEntry, CaseRecord, ClassificationCorrectionRecord, CorrespondenceEntry, OutboxDraft } from './case-record.js';

/** A new case before it has a reference; the store allocates one in the same transaction. */
export type NewCase = Omit<CaseRecord, 'reference' | 'version'>;

export interface CaseFilter {
  status?: CaseRecord['status'];
  type?: CaseRecord['type'];
  limit?: number;
}

/** What one change to a case writes, atomically. */
export interface CaseChange {
  caseRecord: CaseRecord;
  audit: AuditEntry[];
  outbox?: OutboxDraft[];
  correspondence?: CorrespondenceEntry[];
  corrections?: ClassificationCorrectionRecord[];
}

/**
 * The port the case core needs from storage (implemented on Prisma in prisma/store/).
 * Every method is atomic: a case never exists without its audit trail and its pending
 * acknowledgement, and vice versa.
 */
export interface CaseStore {
  /**
   * Allocates the next references for `year` (one block, in order), then writes the cases, their
   * audit entries and the outbox rows that `build` returns for each, in one transaction.
   */
  insertCases(
    year: number,
    newCases: NewCase[],
    build: (created: CaseRecord) => { audit: AuditEntry[]; outbox: OutboxDraft[] },
  ): Promise<CaseRecord[]>;
  findByReference(reference: string): Promise<CaseRecord | null>;
  findById(id: string): Promise<CaseRecord | null>;
  list(filter?: CaseFilter): Promise<CaseRecord[]>;
  /** Saves `change.caseRecord` if the stored version is still `expectedVersion`; else CONFLICT. */
  updateCase(expectedVersion: number, change: CaseChange): Promise<CaseRecord>;
  /**
   * Saves the anonymised case and blanks the personal text kept beside it (correspondence,
   * outgoing mail, corrections), with its audit entry, in one transaction.
   */
  anonymiseCase(expectedVersion: number, anonymised: CaseRecord, audit: AuditEntry): Promise<void>;
  auditTrail(caseId: string): Promise<AuditEntry[]>;
  correspondence(caseId: string): Promise<CorrespondenceEntry[]>;
  listClassificationCorrections(): Promise<ClassificationCorrectionRecord[]>;
}
