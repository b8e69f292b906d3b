import { DateTime } from 'luxon';
import type { CaseRecord } from '../cases/case-record.js';

/**
 * GoJ "Retention of Personal Information": "Personal information provided in feedback will be
 * anonymised 1 year after the case is closed. Feedback submitted to the Children Young People,
 * Education and Skills (CYPES) department will be kept for 100 years after the case is closed."
 */
export const RETENTION = { generalMonths: 12, educationYears: 100 } as const;

export function anonymiseOn(c: Pick<CaseRecord, 'closedAt' | 'department'>): Date | null {
  if (!c.closedAt) return null;
  const closed = DateTime.fromJSDate(c.closedAt, { zone: 'UTC' });
  return (
    c.department === 'education'
      ? closed.plus({ years: RETENTION.educationYears })
      : closed.plus({ months: RETENTION.generalMonths })
  ).toJSDate();
}

/** Closed cases whose personal information is due to be anonymised at `now`. */
export function casesDueForAnonymisation(cases: CaseRecord[], now: Date): CaseRecord[] {
  return cases.filter((c) => {
    if (c.status !== 'closed' || c.description === ANONYMISED) return false;
    const due = anonymiseOn(c);
    return due !== null && due <= now;
  });
}

export const ANONYMISED = '[anonymised]';

/**
 * The case with every piece of personal information removed. What stays is what the reports
 * need: type, channel, department, dates, stage, outcome and flags.
 */
export function anonymisedCase(c: CaseRecord): CaseRecord {
  return {
    ...c,
    description: ANONYMISED,
    remedySought: c.remedySought ? ANONYMISED : null,
    accessibilityNeeds: c.accessibilityNeeds ? ANONYMISED : null,
    classification: c.classification ? { ...c.classification, reasons: {}, remedySought: null } : null,
    parties: c.parties.map((p) => ({ ...p, name: null, email: null, phone: null, address: null })),
    consents: c.consents.map((k) => ({ ...k, note: null })),
  };
}
