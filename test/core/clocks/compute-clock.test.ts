import { describe, expect, it } from 'vitest';
import { clockStartDay, computeClock, consentWindowEnds, escalationWindowEnds } from '../../../core/clocks/compute-clock.js';
import { calendarFor } from '../../../core/clocks/profile-calendar.js';
import { resolveProfile } from '../../../core/policy/profiles/index.js';
import { CLOCK_CASES } from './clock-cases.js';

describe('policy clocks against hand-worked dates', () => {
  it.each(CLOCK_CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const profile = resolveProfile(c.profile);
    const clock = computeClock(
      { receivedAt: new Date(c.received), consentReceivedAt: c.consentReceived ? new Date(c.consentReceived) : null },
      profile,
      calendarFor(profile),
    );
    expect(clock).toEqual({
      profile: c.profile,
      clockStartsOn: c.clockStartsOn,
      initialResponseDueOn: c.initialResponseDueOn,
      stageDueOn: c.stageDueOn,
    });
  });
});

describe('clock rules', () => {
  const goj = resolveProfile('goj');

  it('has no clock start while consent is awaited, but the initial response is still due', () => {
    const clock = computeClock({ receivedAt: new Date('2026-06-01T09:00:00Z'), consentNeeded: true }, goj, calendarFor(goj));
    expect(clock.clockStartsOn).toBeNull();
    expect(clock.stageDueOn).toEqual({ 1: null, 2: null, 3: null });
    expect(clock.initialResponseDueOn).toBe('2026-06-02');
  });

  it('counts a configured one-off closure day as a non-working day', () => {
    const closed = resolveProfile('goj', { extraClosureDays: ['2026-01-15'] });
    const clock = computeClock({ receivedAt: new Date('2026-01-14T10:00:00Z') }, closed, calendarFor(closed));
    expect(clock.initialResponseDueOn).toBe('2026-01-16');
    expect(clock.stageDueOn[1]).toBe('2026-01-21');
  });

  it('counts school days for education: a complaint in the holidays starts on the first school day', () => {
    const withHolidays = resolveProfile('goj', {
      schoolClosureDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    });
    const school = calendarFor(withHolidays, { school: true });
    expect(clockStartDay(new Date('2026-02-16T10:00:00Z'), withHolidays, school)).toBe('2026-02-23');
    expect(clockStartDay(new Date('2026-02-16T10:00:00Z'), withHolidays, calendarFor(withHolidays))).toBe('2026-02-16');
  });

  it('gives 20 working days to escalate after a response, and 10 for consent to arrive', () => {
    // Response Friday 18 Dec 2026: 21–24, 29–31 Dec (7), 4–8 Jan (12), 11–15 (17), 18, 19, 20 → the 20th is 20 Jan.
    expect(escalationWindowEnds('2026-12-18', goj, calendarFor(goj))).toBe('2027-01-20');
    // Requested Monday 1 June 2026: 2…5, 8…12, 15 → the 10th working day after is 15 June.
    expect(consentWindowEnds(new Date('2026-06-01T09:00:00Z'), goj, calendarFor(goj))).toBe('2026-06-15');
  });

  it('does not treat observances (Mother’s Day) as days off', () => {
    expect(calendarFor(goj).isWorkingDay('2026-03-16')).toBe(true);
    expect(calendarFor(goj).isWorkingDay('2026-05-04')).toBe(false);
  });
});
