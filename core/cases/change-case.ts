import { AppError } from '../errors/app-error.js';
import type { AuditEntry, CaseRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import type { CaseChange } from './case-store.js';

export interface Actor {
  actor: string;
}

export async function loadCase(reference: string, deps: Pick<CaseDeps, 'store'>): Promise<CaseRecord> {
  const found = await deps.store.findByReference(reference);
  if (!found) throw new AppError('NOT_FOUND', `no case with reference ${reference}`);
  return found;
}

/**
 * Loads a case, applies a pure change and saves it with its audit entry under optimistic
 * concurrency: two members of staff acting at once cannot silently overwrite each other.
 */
export async function changeCase(
  reference: string,
  deps: CaseDeps,
  actor: string,
  action: string,
  apply: (
    current: CaseRecord,
    now: Date,
  ) => { next: CaseRecord; details: Record<string, unknown> } & Omit<CaseChange, 'caseRecord' | 'audit'>,
): Promise<CaseRecord> {
  const current = await loadCase(reference, deps);
  const now = deps.now();
  const { next, details, ...rest } = apply(current, now);
  const audit: AuditEntry = { id: deps.newId(), at: now, actor, action, details };
  return deps.store.updateCase(current.version, { caseRecord: { ...next, updatedAt: now }, audit: [audit], ...rest });
}
