import type { CaseRecord, ConsentRecord, PartyRecord } from '../../core/cases/case-record.js';
import type { NewCase } from '../../core/cases/case-store.js';
import type { Stage } from '../../core/domain/vocabulary.js';
import type { Case, Consent, Party } from '../generated/sqlite/client.js';

type CaseRow = Case & { parties: Party[]; consents: Consent[] };

/** Columns of Case that map one-to-one; JSON and relations are handled apart. One place to change a column. */
export function caseColumns(c: NewCase) {
  return {
    id: c.id,
    profile: c.profile,
    type: c.type,
    channel: c.channel,
    status: c.status,
    stage: c.stage,
    department: c.department,
    service: c.service,
    description: c.description,
    remedySought: c.remedySought,
    eventDate: c.eventDate,
    anonymous: c.anonymous,
    language: c.language,
    preferredContact: c.preferredContact,
    accessibilityNeeds: c.accessibilityNeeds,
    parish: c.parish,
    onBehalfOf: c.onBehalfOf,
    subjectConsentNeededReason: c.subjectConsentNeededReason,
    consentStatus: c.consentStatus,
    formalComplaintConsent: c.formalComplaintConsent,
    outOfScope: c.outOfScope,
    safeguarding: c.safeguarding,
    abusive: c.abusive,
    urgent: c.urgent,
    classification: c.classification ? JSON.stringify(c.classification) : null,
    receivedAt: c.receivedAt,
    clockStartsOn: c.clockStartsOn,
    initialResponseDueOn: c.initialResponseDueOn,
    stage1DueOn: c.stage1DueOn,
    stage2DueOn: c.stage2DueOn,
    stage3DueOn: c.stage3DueOn,
    stageStartedOn: c.stageStartedOn,
    respondedOn: c.respondedOn,
    closedAt: c.closedAt,
    closureReason: c.closureReason,
    closedAtStage: c.closedAtStage,
    sourceMessageId: c.sourceMessageId,
    recordedBy: c.recordedBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function partyColumns(p: PartyRecord) {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    email: p.email,
    phone: p.phone,
    address: p.address,
    relationship: p.relationship,
  };
}

export function consentColumns(c: ConsentRecord) {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    exemption: c.exemption,
    requestedAt: c.requestedAt,
    expiresOn: c.expiresOn,
    receivedAt: c.receivedAt,
    note: c.note,
  };
}

// Rows were written through the core's validated types, so narrowing the strings back is safe.
export function toCaseRecord(row: CaseRow): CaseRecord {
  return {
    ...(row as unknown as Omit<CaseRecord, 'classification' | 'parties' | 'consents' | 'stage' | 'closedAtStage'>),
    stage: row.stage as Stage,
    closedAtStage: row.closedAtStage as Stage | null,
    classification: row.classification ? JSON.parse(row.classification) : null,
    // The column mappers pick exactly the record's fields, so they serve for reading too.
    parties: row.parties
      .map((p) => partyColumns(p as PartyRecord))
      .sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9)),
    consents: row.consents.map((c) => consentColumns(c as ConsentRecord)),
  };
}

const ROLE_ORDER: Record<string, number> = { customer: 0, representative: 1, subject: 2 };
