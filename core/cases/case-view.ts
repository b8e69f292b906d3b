import type { CaseRecord } from './case-record.js';

/**
 * A case as the CLI and the channels print it (`intake cases show --json`). Field names are a
 * contract used by checks outside the project.
 */
export function caseView(c: CaseRecord) {
  const writer = c.parties.find((p) => p.role !== 'subject');
  return {
    reference: c.reference,
    type: c.type,
    channel: c.channel,
    status: c.status,
    stage: c.stage,
    department: c.department,
    receivedAt: c.receivedAt.toISOString(),
    clockStartsOn: c.clockStartsOn,
    initialResponseDueOn: c.initialResponseDueOn,
    stageDueOn: { 1: c.stage1DueOn, 2: c.stage2DueOn, 3: c.stage3DueOn },
    outOfScope: c.outOfScope,
    safeguarding: c.safeguarding,
    abusive: c.abusive,
    urgent: c.urgent,
    onBehalfOf: c.onBehalfOf,
    subjectConsentNeededReason: c.subjectConsentNeededReason,
    consentStatus: c.consentStatus,
    formalComplaintConsent: c.formalComplaintConsent,
    anonymous: c.anonymous,
    contactEmail: writer?.email ?? null,
    language: c.language,
    profile: c.profile,
    service: c.service,
    remedySought: c.remedySought,
    eventDate: c.eventDate,
    preferredContact: c.preferredContact,
    accessibilityNeeds: c.accessibilityNeeds,
    closureReason: c.closureReason,
    closedAtStage: c.closedAtStage,
    closedAt: c.closedAt?.toISOString() ?? null,
    respondedOn: c.respondedOn,
    classificationReasons: c.classification?.reasons ?? null,
    description: c.description,
  };
}

export type CaseView = ReturnType<typeof caseView>;
