import type { CaseDeps } from '../cases/case-deps.js';
import { anonymisedCase, casesDueForAnonymisation } from './anonymise-due.js';

/** Anonymises every closed case past its retention period; returns their references. */
export async function applyRetention(deps: CaseDeps, opts: { actor: string; dryRun?: boolean }): Promise<string[]> {
  const now = deps.now();
  const due = casesDueForAnonymisation(await deps.store.list({ status: 'closed' }), now);
  if (opts.dryRun) return due.map((c) => c.reference);
  for (const c of due) {
    await deps.store.anonymiseCase(c.version, anonymisedCase(c), {
      id: deps.newId(),
      at: now,
      actor: opts.actor,
      action: 'anonymised',
      details: { closedAt: c.closedAt?.toISOString() ?? null, department: c.department },
    });
  }
  return due.map((c) => c.reference);
}
