/**
 * The policy's vocabulary as closed sets. Every channel and the store speak these values;
 * zod schemas (core/cases/intake-schema.ts) validate them at the boundary.
 * Sources: ../shared/POLICY.md §1, §2, §4, §6 and the GoJ Customer Feedback Policy 2025.
 */
export const FEEDBACK_TYPES = ['complaint', 'compliment', 'suggestion', 'comment'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

export const CHANNELS = ['web_chat', 'teams', 'email', 'phone', 'in_person', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Government of Jersey service areas (issue 3 names them; "other" when none fits). */
export const DEPARTMENTS = [
  'health',
  'education',
  'infrastructure',
  'social_security_housing',
  'revenue',
  'customer_services',
  'justice_home_affairs',
  'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** POLICY.md §4: matters this policy does not cover, referred to another process. */
export const OUT_OF_SCOPE_REASONS = [
  'foi',
  'subject_access',
  'appeal',
  'police',
  'gp',
  'staff_grievance',
  'whistleblowing',
  'legal_action',
  'other',
] as const;
export type OutOfScopeReason = (typeof OUT_OF_SCOPE_REASONS)[number];

/** The WRITER's relationship to the person the feedback is about (POLICY.md §2). */
export const RELATIONSHIPS = [
  'parent',
  'child',
  'spouse',
  'relative',
  'friend',
  'advocate',
  'carer',
  'legal_representative',
  'states_member',
  'organisation',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** POLICY.md §2: consent from the subject is not needed in these three cases. */
export const CONSENT_EXEMPTIONS = ['deceased', 'lacks_capacity', 'child_under_16'] as const;
export type ConsentExemption = (typeof CONSENT_EXEMPTIONS)[number];
export type SubjectConsentNeededReason = 'consent_needed' | ConsentExemption;

/**
 * Consent status of a case, from the representative's point of view:
 * not_needed (own feedback), exempt (POLICY §2 exemptions), requested, given, refused, expired.
 */
export const CONSENT_STATUSES = ['not_needed', 'exempt', 'requested', 'given', 'refused', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** POLICY.md §6: a closed complaint has exactly one of these reasons. */
export const CLOSURE_REASONS = [
  'customer_withdrawal',
  'referred_to_different_process',
  'outcome_not_achievable',
  'upheld',
  'partially_upheld',
  'not_upheld',
  'vexatious_unreasonable_or_persistent',
  'outside_government_control',
  'unable_to_contact',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CASE_STATUSES = ['awaiting_consent', 'open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STAGES = [1, 2, 3] as const;
export type Stage = (typeof STAGES)[number];

export const CONTACT_METHODS = ['email', 'phone', 'letter', 'in_person', 'chat', 'teams'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Languages the acknowledgement and the chat are written in; more by adding a file. */
export const LANGUAGES = ['en', 'pt', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];
