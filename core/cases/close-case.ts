import { CLOSURE_REASONS, type ClosureReason } from '../domain/vocabulary.js';
import { AppError } from '../errors/app-error.js';
import type { CaseRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import { changeCase } from './change-case.js';

export function parseClosureReason(value: string): ClosureReason {
  const normalised = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if ((CLOSURE_REASONS as readonly string[]).includes(normalised)) return normalised as ClosureReason;
  throw new AppError('INVALID_INPUT', `unknown closure reason "${value}"; use one of: ${CLOSURE_REASONS.join(', ')}`, [
    { field: 'reason', message: `must be one of ${CLOSURE_REASONS.join(', ')}` },
  ]);
}

/** POLICY.md §6: a closed complaint has exactly one of nine reasons, and the stage it closed at. */
export async function closeCase(
  reference: string,
  deps: CaseDeps,
  opts: { actor: string; reason: ClosureReason; note?: string },
): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, 'closed', (current, now) => {
    if (current.status === 'closed')
      throw new AppError('NOT_ALLOWED', `${reference} is already closed (${current.closureReason})`);
    return {
      next: { ...current, status: 'closed', closedAt: now, closureReason: opts.reason, closedAtStage: current.stage },
      details: { reason: opts.reason, stage: current.stage, note: opts.note ?? null },
    };
  });
}

/**
 * "Withdrawal may be oral or written at any time; oral withdrawals are recorded in writing":
 * the audit entry is that written record.
 */
export async function withdrawCase(
  reference: string,
  deps: CaseDeps,
  opts: { actor: string; how: 'oral' | 'written'; note?: string },
): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, 'withdrawn', (current, now) => {
    if (current.status === 'closed')
      throw new AppError('NOT_ALLOWED', `${reference} is already closed (${current.closureReason})`);
    return {
      next: { ...current, status: 'closed', closedAt: now, closureReason: 'customer_withdrawal', closedAtStage: current.stage },
      details: { how: opts.how, note: opts.note ?? null, stage: current.stage },
    };
  });
}

export async function reopenCase(reference: string, deps: CaseDeps, opts: { actor: string; why?: string }): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, 'reopened', (current) => {
    if (current.status !== 'closed') throw new AppError('NOT_ALLOWED', `${reference} is not closed`);
    const status = current.consentStatus === 'requested' ? 'awaiting_consent' : 'open';
    return {
      next: { ...current, status, closedAt: null, closureReason: null, closedAtStage: null },
      details: { previousReason: current.closureReason, why: opts.why ?? null },
    };
  });
}
