import { DateTime } from 'luxon';
import type { CaseRecord } from '../cases/case-record.js';
import type { PolicyProfile } from '../policy/policy-profile.js';
import type { AckStrings } from './ack-strings.js';
import { en } from './locales/en.js';
import { pl } from './locales/pl.js';
import { pt } from './locales/pt.js';

const LOCALES: Record<string, AckStrings> = { en, pt, pl };

export function ackStringsFor(language: string): AckStrings {
  return LOCALES[language] ?? en;
}

export function supportedAckLanguages(): string[] {
  return Object.keys(LOCALES);
}

// Intl date formatting is the costliest step of an acknowledgement; a backlog repeats the same
// few due dates thousands of times.
const formatted = new Map<string, string>();

function formatDay(day: string, strings: AckStrings): string {
  const key = `${strings.dateLocale}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = strings.formatDate(DateTime.fromISO(day, { zone: 'UTC' }));
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export interface Acknowledgement {
  subject: string;
  text: string;
  language: string;
}

/** The 12-month limit (GoJ "Time limits for making a complaint"): explained, never enforced. */
export function isLateComplaint(caseRecord: Pick<CaseRecord, 'eventDate' | 'receivedAt'>, profile: PolicyProfile): boolean {
  if (!caseRecord.eventDate) return false;
  const limit = DateTime.fromISO(caseRecord.eventDate, { zone: 'UTC' }).plus({ months: profile.timeLimitMonths });
  return DateTime.fromJSDate(caseRecord.receivedAt, { zone: 'UTC' }) > limit.endOf('day');
}

/**
 * The acknowledgement sent at once for a new case: reference, what happens next and by when,
 * no charge (C&AG R2), parts not covered and where to go, consent for a representative, how to
 * escalate. A pure function of the case and the profile.
 */
export function renderAcknowledgement(caseRecord: CaseRecord, profile: PolicyProfile): Acknowledgement {
  const s = ackStringsFor(caseRecord.language);
  const writer =
    caseRecord.parties.find((p) => p.role === 'representative') ?? caseRecord.parties.find((p) => p.role === 'customer');
  const subjectParty = caseRecord.parties.find((p) => p.role === 'subject');
  const consent = caseRecord.consents.find((c) => c.kind === 'subject_consent');
  const paragraphs: string[] = [];

  paragraphs.push(s.greeting(writer?.name ?? null));
  if (caseRecord.safeguarding) paragraphs.push(s.safeguarding);
  paragraphs.push(`${s.thanks[caseRecord.type]} ${s.reference(caseRecord.reference)}`);

  if (caseRecord.consentStatus === 'requested') {
    paragraphs.push(
      s.consentNeeded(
        subjectParty?.name ?? null,
        consent?.expiresOn ? formatDay(consent.expiresOn, s) : null,
        profile.consentWindowWorkingDays,
      ),
    );
    paragraphs.push(s.consentSubjectIsTold.join('\n'));
  } else if (caseRecord.consentStatus === 'exempt' && consent?.exemption) {
    paragraphs.push(s.consentExempt[consent.exemption]);
  }

  if (caseRecord.type === 'complaint') {
    if (caseRecord.stage1DueOn) {
      paragraphs.push(s.complaintNext(formatDay(caseRecord.initialResponseDueOn, s), formatDay(caseRecord.stage1DueOn, s)));
    }
    if (caseRecord.formalComplaintConsent === 'requested') paragraphs.push(s.formalComplaintQuestion);
    if (isLateComplaint(caseRecord, profile)) paragraphs.push(s.lateComplaint(profile.timeLimitMonths));
  } else {
    paragraphs.push(s.otherNext[caseRecord.type]);
  }

  if (caseRecord.outOfScope) paragraphs.push(`${s.outOfScopeIntro}\n${s.referral[caseRecord.outOfScope]}`);
  paragraphs.push(s.noCharge);
  if (caseRecord.type === 'complaint') paragraphs.push(s.escalate(profile.escalationWindowWorkingDays, profile.externalReview));
  if (caseRecord.anonymous) paragraphs.push(s.anonymous);
  paragraphs.push(s.contactUs(profile.contact.phone, profile.contact.email, profile.contact.web));
  paragraphs.push(s.signOff(profile.organisation));

  return {
    subject: s.subject(caseRecord.reference),
    text: paragraphs.join('\n\n') + '\n',
    language: LOCALES[caseRecord.language] ? caseRecord.language : 'en',
  };
}
