import { DEPARTMENTS, FEEDBACK_TYPES, type Department, type FeedbackType } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { CaseRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import { changeCase } from './change-case.js';

/**
 * Staff correct the type or department the classifier guessed. The correction is kept with the
 * text it was about, so `intake train --include-corrections` can learn from it.
 */
export async function correctClassification(
  reference: string,
  deps: CaseDeps,
  opts: { actor: string; field: 'type' | 'department'; to: string },
): Promise<CaseRecord> {
  const allowed: readonly string[] = opts.field === 'type' ? FEEDBACK_TYPES : DEPARTMENTS;
  if (!allowed.includes(opts.to)) {
    throw new AppError('INVALID_INPUT', `${opts.field} must be one of ${allowed.join(', ')}`, [
      { field: opts.field, message: `must be one of ${allowed.join(', ')}` },
    ]);
  }
  return changeCase(reference, deps, opts.actor, 'classification_corrected', (current, now) => {
    const from = current[opts.field];
    const next: CaseRecord =
      opts.field === 'type' ? { ...current, type: opts.to as FeedbackType } : { ...current, department: opts.to as Department };
    return {
      next,
      details: { field: opts.field, from, to: opts.to },
      corrections: [
        {
          id: deps.newId(),
          caseId: current.id,
          field: opts.field,
          fromValue: from,
          toValue: opts.to,
          text: current.description,
          correctedBy: opts.actor,
          at: now,
        },
      ],
    };
  });
}
