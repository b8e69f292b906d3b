import type {
  Department,
  FeedbackType,
  OutOfScopeReason,
  Relationship,
  SubjectConsentNeededReason,
} from '../domain/vocabulary.js';

/** What the intake reads: the message as a person wrote it, on one channel. */
export interface MessageToClassify {
  channel: 'chat' | 'email';
  subject: string | null;
  text: string;
}

/**
 * What the classifier decided about a message (issue 3 contract). Stored with every case
 * so staff can see why a flag was raised, and correct type or department.
 */
export interface Classification {
  type: FeedbackType;
  department: Department;
  outOfScope: OutOfScopeReason | null;
  safeguarding: boolean;
  onBehalfOf: Relationship | null;
  subjectConsentNeededReason: SubjectConsentNeededReason | null;
  abusive: boolean;
  remedySought: string | null;
  /** ISO 639-1 code of the message. */
  lang: string;
  /** For every flag, the words that triggered it. Keys: type, department, outOfScope, safeguarding, onBehalfOf, abusive, remedySought, lang. */
  reasons: Record<string, string[]>;
  confidence?: { type: number; department: number };
}

export type Classifier = (message: MessageToClassify) => Classification;
