import { consentWindowEnds } from '../clocks/compute-clock.js';
import type { WorkingCalendar } from '../clocks/working-calendar.js';
import type { ConsentStatus, SubjectConsentNeededReason } from '../domain/vocabulary.js';
import type { PolicyProfile } from '../policy/policy-profile.js';
import type { ConsentRecord } from './case-record.js';
import type { Intake } from './intake-schema.js';

export interface ConsentAtIntake {
  consentStatus: ConsentStatus;
  subjectConsentNeededReason: SubjectConsentNeededReason | null;
  formalComplaintConsent: ConsentStatus | null;
  consents: ConsentRecord[];
  /** Consent already in hand when the case opened: the clock starts from it. */
  consentReceivedAt: Date | null;
}

/**
 * POLICY.md §2. Feedback for someone else needs the subject's consent before anything is
 * shared or investigated, except when the subject has died, lacks capacity, or is a child under
 * 16 without sufficient understanding. JCSC also asks consent to treat feedback as a complaint.
 */
export function consentAtIntake(
  intake: Intake,
  receivedAt: Date,
  profile: PolicyProfile,
  calendar: WorkingCalendar,
  newId: () => string,
): ConsentAtIntake {
  const consents: ConsentRecord[] = [];
  let consentStatus: ConsentStatus = 'not_needed';
  let reason: SubjectConsentNeededReason | null = null;
  let consentReceivedAt: Date | null = null;

  const rep = intake.onBehalfOf;
  if (rep) {
    if (rep.exemption) {
      consentStatus = 'exempt';
      reason = rep.exemption;
    } else if (rep.consentGiven) {
      consentStatus = 'given';
      reason = 'consent_needed';
      consentReceivedAt = receivedAt;
    } else {
      consentStatus = 'requested';
      reason = 'consent_needed';
    }
    consents.push({
      id: newId(),
      kind: 'subject_consent',
      status: consentStatus,
      exemption: rep.exemption ?? null,
      requestedAt: consentStatus === 'requested' ? receivedAt : null,
      expiresOn: consentStatus === 'requested' ? consentWindowEnds(receivedAt, profile, calendar) : null,
      receivedAt: consentReceivedAt,
      note: null,
    });
  }

  let formalComplaintConsent: ConsentStatus | null = null;
  if (profile.asksFormalComplaintConsent && intake.type === 'complaint') {
    formalComplaintConsent =
      intake.formalComplaintConsent === true ? 'given' : intake.formalComplaintConsent === false ? 'refused' : 'requested';
    consents.push({
      id: newId(),
      kind: 'formal_complaint',
      status: formalComplaintConsent,
      exemption: null,
      requestedAt: formalComplaintConsent === 'requested' ? receivedAt : null,
      expiresOn: formalComplaintConsent === 'requested' ? consentWindowEnds(receivedAt, profile, calendar) : null,
      receivedAt: formalComplaintConsent === 'requested' ? null : receivedAt,
      note: null,
    });
  }

  return { consentStatus, subjectConsentNeededReason: reason, formalComplaintConsent, consents, consentReceivedAt };
}
