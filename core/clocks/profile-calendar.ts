import type { PolicyProfile } from '../policy/policy-profile.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

const cache = new WeakMap<PolicyProfile, { standard: WorkingCalendar; school: WorkingCalendar }>();

/**
 * The working calendar of a profile. Complaints about schools count school days: "Complaints
 * about schools received outside of term time will be addressed starting from the first school
 * day after the holiday period" (GoJ "Timeframes Stage 3"), so school holidays are closures too.
 */
export function calendarFor(profile: PolicyProfile, options: { school?: boolean } = {}): WorkingCalendar {
  let entry = cache.get(profile);
  if (!entry) {
    entry = {
      standard: createWorkingCalendar(profile.holidays, profile.extraClosureDays),
      school: createWorkingCalendar(profile.holidays, [...profile.extraClosureDays, ...profile.schoolClosureDays]),
    };
    cache.set(profile, entry);
  }
  return options.school ? entry.school : entry.standard;
}
