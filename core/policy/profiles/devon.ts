import type { PolicyProfile } from '../policy-profile.js';

/** Devon County Council customer feedback policy (seeds/003). */
export const devon: PolicyProfile = {
  id: 'devon',
  name: 'Devon County Council customer feedback policy',
  organisation: 'Devon County Council',
  timeZone: 'Europe/London',
  holidays: { country: 'GB', state: 'ENG' },
  extraClosureDays: [],
  schoolClosureDays: [],
  // The Devon policy sets no afternoon cut-off: only non-working days move the clock.
  cutOff: null,
  // "Record details and acknowledge the complaint within 3 working days"
  initialResponse: { kind: 'working_days', days: 3 },
  // Stage 1 "within 10 working days"; stage 2 "within 25 working days"; stage 3 "within 30 working days".
  stageTargets: { 1: 10, 2: 25, 3: 30 },
  // "(or a maximum of 20 days for complaints about social care of an adult or a child)"; stage 2
  // "can be extended to 65 days"
  socialCareStageTargets: { 1: 20, 2: 65, 3: 30 },
  escalationWindowWorkingDays: 20,
  consentWindowWorkingDays: 10,
  timeLimitMonths: 12,
  asksFormalComplaintConsent: false,
  contact: {
    // The Devon policy text gives no contact details: configure them for a real deployment.
    phone: 'the number on devon.gov.uk',
    email: 'the address on devon.gov.uk',
    web: 'devon.gov.uk',
    post: 'Devon County Council, County Hall, Exeter',
    emergency: '999',
  },
  externalReview: 'the Local Government Ombudsman',
};
