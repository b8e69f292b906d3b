import type { PolicyProfile } from '../policy-profile.js';

/** Government of Jersey Customer Feedback Policy 2025, v1.8 (seeds/001). The default profile. */
export const goj: PolicyProfile = {
  id: 'goj',
  name: 'Government of Jersey Customer Feedback Policy 2025',
  organisation: 'Government of Jersey',
  timeZone: 'Europe/Jersey',
  holidays: { country: 'JE' },
  extraClosureDays: [],
  schoolClosureDays: [],
  // "If a complaint is received after 3pm on a working day, stage 1 will begin on the next working day."
  cutOff: '15:00',
  // "We aim to review and give an initial response to all complaints within 2 working days of receipt."
  initialResponse: { kind: 'working_days', days: 2 },
  // Stage 1 "up to 5 working days"; stage 2 and 3 "within 10 working days of receipt or the date of escalation".
  stageTargets: { 1: 5, 2: 10, 3: 10 },
  // "you have 20 working days from the date of the response to do this"
  escalationWindowWorkingDays: 20,
  // POLICY.md §2: consent must arrive within 10 working days of the request.
  consentWindowWorkingDays: 10,
  // "within 12 months of the date when the service was provided or the event … occurred"
  timeLimitMonths: 12,
  asksFormalComplaintConsent: false,
  contact: {
    phone: '+44 (0) 1534 444444',
    email: 'feedback@gov.je',
    web: 'gov.je/feedback',
    post: 'Government of Jersey, PO Box 55, St Helier, JE4 8PE',
    emergency: '999',
  },
  externalReview: 'the States of Jersey Complaints Panel',
};
