import type { Classification } from '../classify/classification.js';
import type { IsoDay } from '../clocks/local-date.js';
import type {
  CaseStatus,
  Channel,
  ClosureReason,
  ConsentExemption,
  ConsentStatus,
  ContactMethod,
  Department,
  FeedbackType,
  OutOfScopeReason,
  Relationship,
  Stage,
  SubjectConsentNeededReason,
} from '../domain/vocabulary.js';

export type PartyRole = 'customer' | 'representative' | 'subject';

export interface PartyRecord {
  id: string;
  role: PartyRole;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** For a representative: their relationship to the subject. */
  relationship: Relationship | null;
}

export type ConsentKind = 'subject_consent' | 'formal_complaint';

export interface ConsentRecord {
  id: string;
  kind: ConsentKind;
  status: ConsentStatus;
  exemption: ConsentExemption | null;
  requestedAt: Date | null;
  /** Last day the consent can arrive (POLICY.md §2: 10 working days from the request). */
  expiresOn: IsoDay | null;
  receivedAt: Date | null;
  note: string | null;
}

/** A case as the core sees it: what the store keeps, with no storage detail. */
export interface CaseRecord {
  id: string;
  reference: string;
  profile: string;
  type: FeedbackType;
  channel: Channel;
  status: CaseStatus;
  stage: Stage;
  department: Department | null;
  service: string | null;
  description: string;
  remedySought: string | null;
  eventDate: IsoDay | null;
  anonymous: boolean;
  language: string;
  preferredContact: ContactMethod | null;
  accessibilityNeeds: string | null;
  parish: string | null;
  onBehalfOf: Relationship | null;
  subjectConsentNeededReason: SubjectConsentNeededReason | null;
  consentStatus: ConsentStatus;
  formalComplaintConsent: ConsentStatus | null;
  outOfScope: OutOfScopeReason | null;
  safeguarding: boolean;
  abusive: boolean;
  urgent: boolean;
  classification: Classification | null;
  receivedAt: Date;
  clockStartsOn: IsoDay | null;
  initialResponseDueOn: IsoDay;
  stage1DueOn: IsoDay | null;
  stage2DueOn: IsoDay | null;
  stage3DueOn: IsoDay | null;
  /** Day 1 of the current stage (clock start, or the escalation day). */
  stageStartedOn: IsoDay | null;
  /** When the current stage's response was sent: opens the escalation window. */
  respondedOn: IsoDay | null;
  closedAt: Date | null;
  closureReason: ClosureReason | null;
  closedAtStage: Stage | null;
  sourceMessageId: string | null;
  recordedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: every update must name the version it read. */
  version: number;
  parties: PartyRecord[];
  consents: ConsentRecord[];
}

export interface AuditEntry {
  id: string;
  at: Date;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

export type OutboxKind = 'acknowledgement' | 'safeguarding_alert' | 'consent_request' | 'staff_alert';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface OutboxDraft {
  id: string;
  kind: OutboxKind;
  toAddress: string | null;
  subject: string;
  bodyText: string;
  language: string;
  messageId: string;
  inReplyTo: string | null;
  references: string | null;
  status: 'pending' | 'skipped';
  skipReason: string | null;
  nextAttemptAt: Date;
  createdAt: Date;
}

export interface CorrespondenceEntry {
  id: string;
  direction: 'inbound' | 'outbound' | 'note';
  channel: Channel;
  fromParty: string | null;
  text: string;
  messageId: string | null;
  at: Date;
}

export interface ClassificationCorrectionRecord {
  id: string;
  caseId: string;
  field: 'type' | 'department';
  fromValue: string | null;
  toValue: string;
  text: string;
  correctedBy: string;
  at: Date;
}
