import Holidays from 'date-holidays';
import { addCalendarDays, isWeekend, type IsoDay } from './local-date.js';

export interface HolidayRegion {
  /** ISO 3166 country as date-holidays knows it: 'JE' for Jersey, 'GB' for the UK. */
  country: string;
  /** Subdivision, e.g. 'ENG' for England. */
  state?: string;
}

export interface WorkingCalendar {
  isWorkingDay(day: IsoDay): boolean;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: IsoDay): IsoDay;
  /** `day` itself when it is a working day, else the next one. */
  onOrNextWorkingDay(day: IsoDay): IsoDay;
  /**
   * "Within N working days" counting `firstDay` (a working day) as day 1: the N-th working day.
   * GoJ policy: "day 1 of the timeframe" is the day the clock starts.
   */
  nthWorkingDay(firstDay: IsoDay, n: number): IsoDay;
}

/**
 * Working days: Monday to Friday excluding bank holidays (GoJ policy, "Timeframes") and any
 * extra closure days the organisation declares (one-off closures are not in any library).
 * date-holidays also lists observances such as Mother's Day; only 'public' and 'bank' days are
 * days off.
 */
export function createWorkingCalendar(region: HolidayRegion, extraClosureDays: readonly IsoDay[] = []): WorkingCalendar {
  const holidays = region.state ? new Holidays(region.country, region.state) : new Holidays(region.country);
  const closed = new Set<IsoDay>(extraClosureDays);
  const yearsLoaded = new Set<number>();

  function loadYear(year: number) {
    if (yearsLoaded.has(year)) return;
    yearsLoaded.add(year);
    for (const h of holidays.getHolidays(year) || []) {
      if (h.type === 'public' || h.type === 'bank') closed.add(h.date.slice(0, 10));
    }
  }

  // Memoised: a mailbox backlog asks the same few days thousands of times, and each answer
  // otherwise costs several date parses (measured ~2 ms per case before).
  const workingMemo = new Map<IsoDay, boolean>();
  const nextMemo = new Map<IsoDay, IsoDay>();
  const nthMemo = new Map<string, IsoDay>();

  function isWorkingDay(day: IsoDay): boolean {
    let answer = workingMemo.get(day);
    if (answer === undefined) {
      loadYear(Number(day.slice(0, 4)));
      answer = !isWeekend(day) && !closed.has(day);
      workingMemo.set(day, answer);
    }
    return answer;
  }

  function nextWorkingDay(day: IsoDay): IsoDay {
    let next = nextMemo.get(day);
    if (next === undefined) {
      next = addCalendarDays(day, 1);
      while (!isWorkingDay(next)) next = addCalendarDays(next, 1);
      nextMemo.set(day, next);
    }
    return next;
  }

  function onOrNextWorkingDay(day: IsoDay): IsoDay {
    return isWorkingDay(day) ? day : nextWorkingDay(day);
  }

  function nthWorkingDay(firstDay: IsoDay, n: number): IsoDay {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be ≥ 1, got ${n}`);
    const key = `${firstDay}|${n}`;
    let d = nthMemo.get(key);
    if (d === undefined) {
      d = onOrNextWorkingDay(firstDay);
      for (let i = 1; i < n; i++) d = nextWorkingDay(d);
      nthMemo.set(key, d);
    }
    return d;
  }

  return { isWorkingDay, nextWorkingDay, onOrNextWorkingDay, nthWorkingDay };
}
