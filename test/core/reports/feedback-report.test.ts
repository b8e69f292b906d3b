import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCase } from '../../../core/cases/close-case.js';
import { createCase } from '../../../core/cases/create-case.js';
import { escalateCase } from '../../../core/cases/escalate-case.js';
import { calendarFor } from '../../../core/clocks/profile-calendar.js';
import { feedbackReport, workingDaysBetween } from '../../../core/reports/feedback-report.js';
import { freshSqlite, type FreshDatabase } from '../../support/databases.js';
import { complaint, testDeps } from '../cases/case-fixtures.js';

describe('the policy reports', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshSqlite();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('counts working days to close with day 1 included', () => {
    const { deps } = testDeps(db.store, { now: '2026-06-10T09:00:00Z' });
    const cal = calendarFor(deps.profile);
    expect(workingDaysBetween('2026-06-10', '2026-06-10', cal)).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2027-01-04', cal)).toBe(5);
  });

  it('tables volumes, outcomes per stage, timescales met and average working days', async () => {
    const { deps, setNow } = testDeps(db.store, { now: '2026-06-01T09:00:00Z' });
    const a = await createCase({ ...complaint, receivedAt: '2026-06-01T09:00:00Z', department: 'infrastructure' }, deps);
    const b = await createCase({ ...complaint, receivedAt: '2026-06-01T09:00:00Z', department: 'health' }, deps);
    const c = await createCase({ ...complaint, receivedAt: '2026-06-01T09:00:00Z', channel: 'email' }, deps);
    await createCase({ ...complaint, type: 'compliment', receivedAt: '2026-06-02T09:00:00Z', department: 'health' }, deps);
    await createCase({ ...complaint, receivedAt: '2026-06-02T09:00:00Z', flags: { safeguarding: true } }, deps);
    await createCase({ ...complaint, receivedAt: '2026-05-29T09:00:00Z' }, deps); // before the period

    setNow('2026-06-03T10:00:00Z'); // day 3 of 5: in time
    await closeCase(a.reference, deps, { actor: 's', reason: 'upheld' });
    setNow('2026-06-09T10:00:00Z'); // day 7 of 5: late
    await closeCase(b.reference, deps, { actor: 's', reason: 'not_upheld' });
    setNow('2026-06-04T10:00:00Z');
    await escalateCase(c.reference, deps, { actor: 's' });
    setNow('2026-06-10T10:00:00Z'); // stage 2 from 4 June: day 5 of 10
    await closeCase(c.reference, deps, { actor: 's', reason: 'partially_upheld' });

    const cases = await db.store.cases.list();
    const r = feedbackReport(cases, { from: '2026-06-01', to: '2026-06-30' }, deps.profile, calendarFor(deps.profile));
    expect(r.received.total).toBe(5);
    expect(r.received.byType).toEqual({ complaint: 4, compliment: 1, suggestion: 0, comment: 0 });
    expect(r.received.byChannel).toEqual({ web_chat: 4, email: 1 });
    expect(r.received.byDepartmentAndType.health).toEqual({ complaint: 1, compliment: 1, suggestion: 0, comment: 0 });
    expect(r.flags.safeguarding).toBe(1);
    expect(r.complaints.escalatedFromStage1).toBe(1);
    expect(r.complaints.currentPerStage).toEqual({ '1': 2, '2': 0, '3': 0 });
    expect(r.complaints.closedPerStage[0]).toMatchObject({
      stage: 1,
      closed: 2,
      upheld: 1,
      notUpheld: 1,
      percentUpheld: 50,
      timescaleMet: 1,
      timescaleMissed: 1,
      percentWithinTimescale: 50,
      totalWorkingDaysToClose: 3 + 7,
      averageWorkingDaysToClose: 5,
    });
    expect(r.complaints.closedPerStage[1]).toMatchObject({
      stage: 2,
      closed: 1,
      partiallyUpheld: 1,
      timescaleMet: 1,
      averageWorkingDaysToClose: 5,
    });
    expect(r.closureReasons).toEqual({ upheld: 1, not_upheld: 1, partially_upheld: 1 });
  });
});
