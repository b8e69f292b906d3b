/**
 * Hand-worked clock cases. Each row was counted on a calendar by hand:
 * Jersey 2026 bank holidays: 1 Jan, 3 Apr (Good Friday), 6 Apr (Easter Monday), 4 May, 9 May
 * (Liberation Day, a Saturday), 25 May, 31 Aug, 25 Dec, 26 Dec, 28 Dec (substitute); 2027: 1 Jan.
 * England 2026 adds no 9 May. Summer time: Jersey is UTC+1 from 29 Mar to 25 Oct 2026.
 * Rule: received later than 15:00:00 local on a working day, or on a non-working day → day 1 is
 * the next working day; "within N working days" is the N-th working day counting day 1.
 */
export interface ClockCase {
  why: string;
  profile: 'goj' | 'jcsc' | 'devon';
  received: string;
  consentReceived?: string;
  clockStartsOn: string;
  initialResponseDueOn: string;
  stageDueOn: { 1: string; 2: string; 3: string };
}

export const CLOCK_CASES: ClockCase[] = [
  {
    why: 'winter, 14:59 local on a Wednesday: same day',
    profile: 'goj',
    received: '2026-01-14T14:59:59Z',
    clockStartsOn: '2026-01-14',
    initialResponseDueOn: '2026-01-15',
    stageDueOn: { 1: '2026-01-20', 2: '2026-01-27', 3: '2026-01-27' },
  },
  {
    why: 'winter, exactly 15:00:00 local is not "after 3pm"',
    profile: 'goj',
    received: '2026-01-14T15:00:00Z',
    clockStartsOn: '2026-01-14',
    initialResponseDueOn: '2026-01-15',
    stageDueOn: { 1: '2026-01-20', 2: '2026-01-27', 3: '2026-01-27' },
  },
  {
    why: 'winter, one second after 15:00 local: next working day',
    profile: 'goj',
    received: '2026-01-14T15:00:01Z',
    clockStartsOn: '2026-01-15',
    initialResponseDueOn: '2026-01-16',
    stageDueOn: { 1: '2026-01-21', 2: '2026-01-28', 3: '2026-01-28' },
  },
  {
    why: 'summer: 14:30Z is 15:30 in Jersey, after the cut-off',
    profile: 'goj',
    received: '2026-06-10T14:30:00Z',
    clockStartsOn: '2026-06-11',
    initialResponseDueOn: '2026-06-12',
    stageDueOn: { 1: '2026-06-17', 2: '2026-06-24', 3: '2026-06-24' },
  },
  {
    why: 'summer: 13:59Z is 14:59 in Jersey, before the cut-off',
    profile: 'goj',
    received: '2026-06-10T13:59:00Z',
    clockStartsOn: '2026-06-10',
    initialResponseDueOn: '2026-06-11',
    stageDueOn: { 1: '2026-06-16', 2: '2026-06-23', 3: '2026-06-23' },
  },
  {
    why: 'Friday after 15:00: the weekend is skipped, day 1 is Monday',
    profile: 'goj',
    received: '2026-03-13T16:00:00Z',
    clockStartsOn: '2026-03-16',
    initialResponseDueOn: '2026-03-17',
    stageDueOn: { 1: '2026-03-20', 2: '2026-03-27', 3: '2026-03-27' },
  },
  {
    why: 'Saturday morning: day 1 is Monday',
    profile: 'goj',
    received: '2026-03-14T09:00:00Z',
    clockStartsOn: '2026-03-16',
    initialResponseDueOn: '2026-03-17',
    stageDueOn: { 1: '2026-03-20', 2: '2026-03-27', 3: '2026-03-27' },
  },
  {
    why: 'Easter: Thursday 2 April after 15:00 (BST) jumps Good Friday, the weekend and Easter Monday',
    profile: 'goj',
    received: '2026-04-02T15:30:00Z',
    clockStartsOn: '2026-04-07',
    initialResponseDueOn: '2026-04-08',
    stageDueOn: { 1: '2026-04-13', 2: '2026-04-20', 3: '2026-04-20' },
  },
  {
    why: 'Liberation Day and the May bank holidays: received Friday 1 May, 4 May is off',
    profile: 'goj',
    received: '2026-05-01T08:00:00Z',
    clockStartsOn: '2026-05-01',
    initialResponseDueOn: '2026-05-05',
    stageDueOn: { 1: '2026-05-08', 2: '2026-05-15', 3: '2026-05-15' },
  },
  {
    why: 'Christmas Eve: 25, 26 (Sat), 28 (substitute) Dec and 1 Jan are off',
    profile: 'goj',
    received: '2026-12-24T10:00:00Z',
    clockStartsOn: '2026-12-24',
    initialResponseDueOn: '2026-12-29',
    stageDueOn: { 1: '2027-01-04', 2: '2027-01-11', 3: '2027-01-11' },
  },
  {
    why: 'New Year: received on New Year’s Eve after 15:00, day 1 is Monday 4 January',
    profile: 'goj',
    received: '2026-12-31T15:30:00Z',
    clockStartsOn: '2027-01-04',
    initialResponseDueOn: '2027-01-05',
    stageDueOn: { 1: '2027-01-08', 2: '2027-01-15', 3: '2027-01-15' },
  },
  {
    why: 'received on Christmas Day (a holiday): day 1 is 29 December',
    profile: 'goj',
    received: '2026-12-25T11:00:00Z',
    clockStartsOn: '2026-12-29',
    initialResponseDueOn: '2026-12-30',
    stageDueOn: { 1: '2027-01-05', 2: '2027-01-12', 3: '2027-01-12' },
  },
  {
    why: 'consent needed: day 1 is the day consent arrives (a Monday), not the day of receipt',
    profile: 'goj',
    received: '2026-06-01T09:00:00Z',
    consentReceived: '2026-06-08T10:00:00Z',
    clockStartsOn: '2026-06-08',
    initialResponseDueOn: '2026-06-02',
    stageDueOn: { 1: '2026-06-12', 2: '2026-06-19', 3: '2026-06-19' },
  },
  {
    why: 'consent arrives after 15:00 on a Friday: day 1 is the next Monday',
    profile: 'goj',
    received: '2026-06-01T09:00:00Z',
    consentReceived: '2026-06-12T14:30:00Z',
    clockStartsOn: '2026-06-15',
    initialResponseDueOn: '2026-06-02',
    stageDueOn: { 1: '2026-06-19', 2: '2026-06-26', 3: '2026-06-26' },
  },
  {
    why: 'JCSC: 48 working hours from Monday 10:00 BST is Wednesday',
    profile: 'jcsc',
    received: '2026-06-08T09:00:00Z',
    clockStartsOn: '2026-06-08',
    initialResponseDueOn: '2026-06-10',
    stageDueOn: { 1: '2026-06-12', 2: '2026-06-19', 3: '2026-06-19' },
  },
  {
    why: 'JCSC: Friday after 3pm, 48 hours from 09:00 Monday end on Wednesday 09:00',
    profile: 'jcsc',
    received: '2026-06-12T14:30:00Z',
    clockStartsOn: '2026-06-15',
    initialResponseDueOn: '2026-06-17',
    stageDueOn: { 1: '2026-06-19', 2: '2026-06-26', 3: '2026-06-26' },
  },
  {
    why: 'JCSC: Friday 10:00 BST, 48 working hours skip the weekend and end Tuesday 10:00',
    profile: 'jcsc',
    received: '2026-06-12T09:00:00Z',
    clockStartsOn: '2026-06-12',
    initialResponseDueOn: '2026-06-16',
    stageDueOn: { 1: '2026-06-18', 2: '2026-06-25', 3: '2026-06-25' },
  },
  {
    why: 'Devon: no afternoon cut-off; 17:00 on a Wednesday is still day 1',
    profile: 'devon',
    received: '2026-01-14T17:00:00Z',
    clockStartsOn: '2026-01-14',
    initialResponseDueOn: '2026-01-16',
    stageDueOn: { 1: '2026-01-27', 2: '2026-02-17', 3: '2026-02-24' },
  },
  {
    why: 'Devon: England has no Liberation Day; Friday 8 May 2026 → 10 working days',
    profile: 'devon',
    received: '2026-05-08T10:00:00Z',
    clockStartsOn: '2026-05-08',
    initialResponseDueOn: '2026-05-12',
    stageDueOn: { 1: '2026-05-21', 2: '2026-06-12', 3: '2026-06-19' },
  },
];
