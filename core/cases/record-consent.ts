import { clockStartDay, stageDueDays } from '../clocks/compute-clock.js';
import { calendarFor } from '../clocks/profile-calendar.js';
import { localDay } from '../clocks/local-date.js';
import { AppError } from '../errors/app-error.js';
import type { CaseRecord, ConsentKind } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import { changeCase } from './change-case.js';

/**
 * The subject's answer to a consent request. Given: "day 1 of the timeframe will begin on the
 * day that consent is received" (GoJ "Consent"), with the 15:00 cut-off applied to its arrival.
 * Refused: nothing is shared and the case is not investigated; staff close it.
 */
export async function recordConsent(
  reference: string,
  deps: CaseDeps,
  opts: { actor: string; decision: 'given' | 'refused'; receivedAt?: Date; kind?: ConsentKind; note?: string },
): Promise<CaseRecord> {
  const kind = opts.kind ?? 'subject_consent';
  return changeCase(reference, deps, opts.actor, `consent_${opts.decision}`, (current, now) => {
    const consent = current.consents.find((c) => c.kind === kind);
    if (!consent || !['requested', 'expired'].includes(consent.status)) {
      throw new AppError('NOT_ALLOWED', `${reference} is not waiting for ${kind.replace('_', ' ')}`);
    }
    const receivedAt = opts.receivedAt ?? now;
    const consents = current.consents.map((c) =>
      c.id === consent.id ? { ...c, status: opts.decision, receivedAt, note: opts.note ?? c.note } : c,
    );
    if (kind === 'formal_complaint') {
      return { next: { ...current, consents, formalComplaintConsent: opts.decision }, details: { kind, receivedAt } };
    }
    let next: CaseRecord = { ...current, consents, consentStatus: opts.decision };
    if (opts.decision === 'given') {
      const calendar = calendarFor(deps.profile, { school: current.department === 'education' });
      const firstDay = clockStartDay(receivedAt, deps.profile, calendar);
      const due = stageDueDays(firstDay, deps.profile.stageTargets, calendar);
      next = {
        ...next,
        status: current.status === 'closed' ? 'closed' : 'open',
        clockStartsOn: firstDay,
        stageStartedOn: firstDay,
        stage1DueOn: due[1],
        stage2DueOn: due[2],
        stage3DueOn: due[3],
      };
    }
    return { next, details: { kind, receivedAt, clockStartsOn: next.clockStartsOn } };
  });
}

/** Requests older than the consent window become expired: the case may not be investigated. */
export async function expireConsents(deps: CaseDeps, opts: { actor: string }): Promise<string[]> {
  const today = localDay(deps.now(), deps.profile.timeZone);
  const waiting = await deps.store.list({ status: 'awaiting_consent' });
  const expired: string[] = [];
  for (const c of waiting) {
    const request = c.consents.find((x) => x.kind === 'subject_consent' && x.status === 'requested');
    if (!request?.expiresOn || request.expiresOn >= today) continue;
    await changeCase(c.reference, deps, opts.actor, 'consent_expired', (current) => ({
      next: {
        ...current,
        consentStatus: 'expired',
        consents: current.consents.map((x) => (x.id === request.id ? { ...x, status: 'expired' } : x)),
      },
      details: { expiresOn: request.expiresOn },
    }));
    expired.push(c.reference);
  }
  return expired;
}
