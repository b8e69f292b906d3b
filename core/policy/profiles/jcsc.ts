import type { PolicyProfile } from '../policy-profile.js';
import { goj } from './goj.js';

/** Jersey Cyber Security Centre, "Managing Customer Feedback" (seeds/002): GoJ's policy, its own clocks. */
export const jcsc: PolicyProfile = {
  ...goj,
  id: 'jcsc',
  name: 'Jersey Cyber Security Centre: Managing Customer Feedback',
  organisation: 'Jersey Cyber Security Centre',
  // "Cases received after 3pm will be responded to within 48 hours starting at 9am on the next
  // working day." — and otherwise "within the first 48 working hours of receipt". Read literally:
  // 48 hours counted on working days only, from receipt (or from 09:00 of the next working day).
  initialResponse: { kind: 'working_hours', hours: 48, nextDayStartsAt: '09:00' },
  stageTargets: { 1: 5, 2: 10, 3: 10 },
  // "We do need your consent to treat your feedback as a complaint"
  asksFormalComplaintConsent: true,
  contact: {
    phone: '+44 (0)1534 500 050',
    email: 'hello@jcsc.je',
    web: 'jcsc.je',
    post: 'JCSC, 1 Seaton Place, St Helier, Jersey, JE2 3QL',
    emergency: '999',
  },
};
