import type { PolicyProfile } from '../policy/policy-profile.js';
import type { Stage } from '../domain/vocabulary.js';
import { localDateTime, type IsoDay } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * The day a timeframe starts (its day 1) for something received at `instant`.
 * GoJ "Timeframes": "If a complaint is received after 3pm on a working day, stage 1 will begin on
 * the next working day"; a non-working day moves it too. "After 3pm" means later than
 * 15:00:00.000 local time: 15:00:00 exactly is still the same day. Local time is the profile's
 * zone, so summer time cannot move the cut-off (14:30Z in June is 15:30 in Jersey).
 */
export function clockStartDay(instant: Date, profile: PolicyProfile, calendar: WorkingCalendar): IsoDay {
  const local = localDateTime(instant, profile.timeZone);
  const day = local.toISODate()!;
  if (!calendar.isWorkingDay(day)) return calendar.nextWorkingDay(day);
  if (profile.cutOff !== null) {
    // Wall-clock time of day ("after 3pm" on the clock), not time elapsed since midnight.
    const msIntoDay = ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
    if (msIntoDay > minutesOf(profile.cutOff) * 60_000) return calendar.nextWorkingDay(day);
  }
  return day;
}

/**
 * The initial-response target. "Within N working days": the N-th working day, the clock-start day
 * being day 1. JCSC counts 48 hours on working days from receipt, or from 09:00 on the next
 * working day when received after 3pm or on a non-working day.
 */
export function initialResponseDueDay(receivedAt: Date, profile: PolicyProfile, calendar: WorkingCalendar): IsoDay {
  const start = clockStartDay(receivedAt, profile, calendar);
  const rule = profile.initialResponse;
  if (rule.kind === 'working_days') return calendar.nthWorkingDay(start, rule.days);

  const received = localDateTime(receivedAt, profile.timeZone);
  let minutesIntoDay =
    received.toISODate() === start
      ? received.hour * 60 + received.minute + received.second / 60
      : minutesOf(rule.nextDayStartsAt);
  let day = start;
  let remaining = rule.hours * 60;
  // Walk working days, spending what is left of each 24-hour day.
  for (;;) {
    const available = 24 * 60 - minutesIntoDay;
    if (remaining < available) return day;
    remaining -= available;
    day = calendar.nextWorkingDay(day);
    minutesIntoDay = 0;
    if (remaining === 0) return day;
  }
}

export interface StageDueDays {
  1: IsoDay;
  2: IsoDay;
  3: IsoDay;
}

/** Each stage's target counted from `firstDay` (day 1), as `intake clock` prints them. */
export function stageDueDays(firstDay: IsoDay, targets: PolicyProfile['stageTargets'], calendar: WorkingCalendar): StageDueDays {
  return {
    1: calendar.nthWorkingDay(firstDay, targets[1]),
    2: calendar.nthWorkingDay(firstDay, targets[2]),
    3: calendar.nthWorkingDay(firstDay, targets[3]),
  };
}

export function stageDueDay(
  stage: Stage,
  firstDay: IsoDay,
  targets: PolicyProfile['stageTargets'],
  calendar: WorkingCalendar,
): IsoDay {
  return calendar.nthWorkingDay(firstDay, targets[stage]);
}

export interface CaseClock {
  profile: string;
  /** Day 1 of the timeframe; null while the subject's consent is awaited. */
  clockStartsOn: IsoDay | null;
  initialResponseDueOn: IsoDay;
  stageDueOn: { 1: IsoDay | null; 2: IsoDay | null; 3: IsoDay | null };
}

/**
 * Every due date for a submission. When the subject's consent is needed, "day 1 of the timeframe
 * will begin on the day that consent is received" (GoJ "Consent"); the same cut-off rule applies
 * to the consent's arrival. The initial response is still due from receipt: it is what asks for
 * the consent, so it cannot wait for it.
 */
export function computeClock(
  input: { receivedAt: Date; consentNeeded?: boolean; consentReceivedAt?: Date | null; targets?: PolicyProfile['stageTargets'] },
  profile: PolicyProfile,
  calendar: WorkingCalendar,
): CaseClock {
  const initialResponseDueOn = initialResponseDueDay(input.receivedAt, profile, calendar);
  let firstDay: IsoDay | null;
  if (input.consentReceivedAt) firstDay = clockStartDay(input.consentReceivedAt, profile, calendar);
  else if (input.consentNeeded) firstDay = null;
  else firstDay = clockStartDay(input.receivedAt, profile, calendar);
  const targets = input.targets ?? profile.stageTargets;
  return {
    profile: profile.id,
    clockStartsOn: firstDay,
    initialResponseDueOn,
    stageDueOn: firstDay ? stageDueDays(firstDay, targets, calendar) : { 1: null, 2: null, 3: null },
  };
}

/** The last day a response can be escalated: the N-th working day after the response day. */
export function escalationWindowEnds(respondedOn: IsoDay, profile: PolicyProfile, calendar: WorkingCalendar): IsoDay {
  return calendar.nthWorkingDay(calendar.nextWorkingDay(respondedOn), profile.escalationWindowWorkingDays);
}

/** The last day consent can arrive: the N-th working day after the day it was requested. */
export function consentWindowEnds(requestedAt: Date, profile: PolicyProfile, calendar: WorkingCalendar): IsoDay {
  const requestedDay = localDateTime(requestedAt, profile.timeZone).toISODate()!;
  return calendar.nthWorkingDay(calendar.nextWorkingDay(requestedDay), profile.consentWindowWorkingDays);
}
