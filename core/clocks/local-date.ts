import { DateTime, FixedOffsetZone } from 'luxon';

/** A calendar day as 'YYYY-MM-DD'. Due dates are days, not instants: no time zone can shift them. */
export type IsoDay = string;

/**
 * The zone's UTC offset per whole UTC minute (zone changes happen on whole minutes). Asking an
 * IANA zone for its offset goes through Intl every time and was the costliest part of dating a
 * case; a backlog of mail dates hundreds of cases in the same few minutes. Bounded: cleared
 * when full, since old minutes are rarely asked again.
 */
const offsets = new Map<string, number>();
const MAX_OFFSETS = 10_000;

/**
 * The local wall-clock date and time of `instant` in `timeZone`, in a fixed-offset zone: good for
 * reading fields (date, hour, minute), not for zone-aware arithmetic.
 */
export function localDateTime(instant: Date, timeZone: string): DateTime {
  const ms = instant.getTime();
  const key = `${timeZone}|${Math.floor(ms / 60_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const zoned = DateTime.fromMillis(ms, { zone: timeZone });
    if (!zoned.isValid) throw new Error(`invalid instant or time zone: ${timeZone}`);
    offset = zoned.offset;
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(offset) });
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
