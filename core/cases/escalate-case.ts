import { clockStartDay, escalationWindowEnds, stageDueDay } from '../clocks/compute-clock.js';
import { calendarFor } from '../clocks/profile-calendar.js';
import { localDay } from '../clocks/local-date.js';
import type { Stage } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { CaseRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import { changeCase } from './change-case.js';

/**
 * Stage 1 → 2 → 3. "When seeking to escalate a complaint to either stage 2 or stage 3, you have
 * 20 working days from the date of the response"; before a response staff may escalate at any
 * time (complex, serious, high-risk). The new stage's target counts from the escalation day:
 * "within 10 working days of receipt or the date of escalation".
 */
export async function escalateCase(reference: string, deps: CaseDeps, opts: { actor: string }): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, 'escalated', (current, now) => {
    if (current.status === 'closed') throw new AppError('NOT_ALLOWED', `${reference} is closed; reopen it first`);
    if (current.status === 'awaiting_consent') {
      throw new AppError('NOT_ALLOWED', `${reference} is waiting for the subject's consent; the investigation has not started`);
    }
    if (current.stage === 3) throw new AppError('NOT_ALLOWED', `${reference} is already at stage 3, the last stage`);
    const calendar = calendarFor(deps.profile, { school: current.department === 'education' });
    const today = localDay(now, deps.profile.timeZone);
    if (current.respondedOn) {
      const lastDay = escalationWindowEnds(current.respondedOn, deps.profile, calendar);
      if (today > lastDay) {
        throw new AppError(
          'NOT_ALLOWED',
          `the escalation window for ${reference} ended on ${lastDay} (${deps.profile.escalationWindowWorkingDays} working days after the response of ${current.respondedOn})`,
        );
      }
    }
    const stage = (current.stage + 1) as Stage;
    const startedOn = clockStartDay(now, deps.profile, calendar);
    const dueOn = stageDueDay(stage, startedOn, deps.profile.stageTargets, calendar);
    const next: CaseRecord = {
      ...current,
      stage,
      stageStartedOn: startedOn,
      respondedOn: null,
      ...(stage === 2 ? { stage2DueOn: dueOn } : { stage3DueOn: dueOn }),
    };
    return { next, details: { from: current.stage, to: stage, stageStartedOn: startedOn, dueOn } };
  });
}

/** Records that the current stage's response was sent; it opens the escalation window. */
export async function recordResponse(reference: string, deps: CaseDeps, opts: { actor: string }): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, 'response_sent', (current, now) => {
    if (current.status !== 'open') throw new AppError('NOT_ALLOWED', `${reference} is ${current.status}`);
    const respondedOn = localDay(now, deps.profile.timeZone);
    return { next: { ...current, respondedOn }, details: { stage: current.stage, respondedOn } };
  });
}
