import { DateTime } from 'luxon';

/** A calendar day as 'YYYY-MM-DD'. Due dates are days, not instants: no time zone can shift them. */
export type IsoDay = string;

export function localDateTime(instant: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new Error(`invalid instant or time zone: ${timeZone}`);
  return local;
}

export function localDay(instant: Date, timeZone: string): IsoDay {
  return localDateTime(instant, timeZone).toISODate()!;
}

export function addCalendarDays(day: IsoDay, days: number): IsoDay {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function isWeekend(day: IsoDay): boolean {
  return DateTime.fromISO(day, { zone: 'UTC' }).weekday >= 6;
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}
