import type { CaseRecord } from '../cases/case-record.js';
import { localDay, type IsoDay } from '../clocks/local-date.js';
import type { WorkingCalendar } from '../clocks/working-calendar.js';
import { FEEDBACK_TYPES, type FeedbackType, type Stage } from '../domain/vocabulary.js';
import type { PolicyProfile } from '../policy/policy-profile.js';

export interface ReportPeriod {
  from: IsoDay;
  to: IsoDay;
}

type Counts = Record<string, number>;

function increment(counts: Counts, key: string | null | undefined) {
  const k = key ?? 'unknown';
  counts[k] = (counts[k] ?? 0) + 1;
}

/** Working days from day 1 to the closing day, counting both (a case closed on day 1 took 1). */
export function workingDaysBetween(first: IsoDay, last: IsoDay, calendar: WorkingCalendar): number {
  if (last < first) return 0;
  let n = 0;
  let d = calendar.onOrNextWorkingDay(first);
  while (d <= last) {
    n++;
    d = calendar.nextWorkingDay(d);
  }
  return n;
}

function dueForStage(c: CaseRecord, stage: Stage): IsoDay | null {
  return stage === 1 ? c.stage1DueOn : stage === 2 ? c.stage2DueOn : c.stage3DueOn;
}

/**
 * The reports the policy requires (GoJ "Analysis and evaluation of customer feedback", POLICY.md
 * §8) with SPSO-style stage tables: received and closed per stage, upheld rates, timescales met,
 * working days to close. A pure function of the cases: the caller chooses the period and store.
 */
export function feedbackReport(cases: CaseRecord[], period: ReportPeriod, profile: PolicyProfile, calendar: WorkingCalendar) {
  const inPeriod = (day: IsoDay | null) => day !== null && day >= period.from && day <= period.to;
  const received = cases.filter((c) => inPeriod(localDay(c.receivedAt, profile.timeZone)));
  const closed = cases.filter((c) => c.status === 'closed' && c.closedAt && inPeriod(localDay(c.closedAt, profile.timeZone)));
  const openNow = cases.filter((c) => c.status !== 'closed');

  const byType: Counts = Object.fromEntries(FEEDBACK_TYPES.map((t) => [t, 0]));
  const byChannel: Counts = {};
  const byDepartmentAndType: Record<string, Record<FeedbackType, number>> = {};
  const outOfScope: Counts = {};
  let safeguarding = 0;
  let abusive = 0;
  let onBehalfOf = 0;
  let electedRepresentative = 0;
  for (const c of received) {
    increment(byType, c.type);
    increment(byChannel, c.channel);
    const dept = (byDepartmentAndType[c.department ?? 'unknown'] ??= { complaint: 0, compliment: 0, suggestion: 0, comment: 0 });
    dept[c.type]++;
    if (c.outOfScope) increment(outOfScope, c.outOfScope);
    if (c.safeguarding) safeguarding++;
    if (c.abusive) abusive++;
    if (c.onBehalfOf) onBehalfOf++;
    if (c.onBehalfOf === 'states_member') electedRepresentative++;
  }

  const currentPerStage: Counts = { '1': 0, '2': 0, '3': 0 };
  for (const c of openNow.filter((x) => x.type === 'complaint')) increment(currentPerStage, String(c.stage));

  const closedComplaints = closed.filter((c) => c.type === 'complaint');
  const stages = [1, 2, 3] as const;
  const perStage = stages.map((stage) => {
    const atStage = closedComplaints.filter((c) => c.closedAtStage === stage);
    const decided = atStage.filter((c) => ['upheld', 'partially_upheld', 'not_upheld'].includes(c.closureReason ?? ''));
    const upheld = decided.filter((c) => c.closureReason === 'upheld').length;
    const partially = decided.filter((c) => c.closureReason === 'partially_upheld').length;
    const withDue = atStage.filter((c) => dueForStage(c, stage) !== null);
    const met = withDue.filter((c) => localDay(c.closedAt!, profile.timeZone) <= dueForStage(c, stage)!).length;
    const days = atStage
      .filter((c) => c.stageStartedOn || c.clockStartsOn)
      .map((c) =>
        workingDaysBetween(
          (stage === 1 ? c.clockStartsOn : c.stageStartedOn) ?? c.clockStartsOn!,
          localDay(c.closedAt!, profile.timeZone),
          calendar,
        ),
      );
    const totalDays = days.reduce((a, b) => a + b, 0);
    return {
      stage,
      closed: atStage.length,
      upheld,
      partiallyUpheld: partially,
      notUpheld: decided.length - upheld - partially,
      percentUpheld: decided.length ? Math.round((1000 * (upheld + partially)) / decided.length) / 10 : null,
      timescaleMet: met,
      timescaleMissed: withDue.length - met,
      percentWithinTimescale: withDue.length ? Math.round((1000 * met) / withDue.length) / 10 : null,
      totalWorkingDaysToClose: totalDays,
      averageWorkingDaysToClose: days.length ? Math.round((10 * totalDays) / days.length) / 10 : null,
    };
  });

  const closureReasons: Counts = {};
  for (const c of closed) increment(closureReasons, c.closureReason);

  return {
    profile: profile.id,
    period,
    received: { total: received.length, byType, byChannel, byDepartmentAndType, onBehalfOf, electedRepresentative },
    flags: { safeguarding, abusive, outOfScope },
    complaints: {
      receivedPerStage: { '1': received.filter((c) => c.type === 'complaint').length },
      // Of the complaints received in the period, those that went beyond stage 1.
      escalatedFromStage1: received.filter((c) => c.type === 'complaint' && c.stage >= 2).length,
      currentPerStage,
      closedPerStage: perStage,
    },
    closureReasons,
    vexatiousOrUnreasonable: closureReasons['vexatious_unreasonable_or_persistent'] ?? 0,
  };
}

export type FeedbackReport = ReturnType<typeof feedbackReport>;
