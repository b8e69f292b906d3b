import type { DateTime } from 'luxon';
import type { ConsentExemption, FeedbackType, OutOfScopeReason } from '../domain/vocabulary.js';

/**
 * Everything the acknowledgement says, in one language. Plain language (reading age about 9):
 * short sentences, one idea each. Add a language by adding a file in locales/ and listing it in
 * render-acknowledgement.ts.
 */
export interface AckStrings {
  /** luxon locale for dates, e.g. 'en-GB'. */
  dateLocale: string;
  /** A due date as people write it in this language ("Tuesday 29 December 2026"). */
  formatDate(day: DateTime): string;
  subject(reference: string): string;
  greeting(name: string | null): string;
  thanks: Record<FeedbackType, string>;
  reference(reference: string): string;
  complaintNext(initialResponseDueOn: string, stage1DueOn: string): string;
  otherNext: Record<Exclude<FeedbackType, 'complaint'>, string>;
  consentNeeded(subjectName: string | null, expiresOn: string | null, windowDays: number): string;
  consentSubjectIsTold: string[];
  consentExempt: Record<ConsentExemption, string>;
  formalComplaintQuestion: string;
  outOfScopeIntro: string;
  referral: Record<OutOfScopeReason, string>;
  safeguarding: string;
  lateComplaint(months: number): string;
  noCharge: string;
  escalate(windowDays: number, externalReview: string): string;
  anonymous: string;
  contactUs(phone: string, email: string, web: string): string;
  signOff(organisation: string): string;
}
