/**
 * A batch of messages through the pipeline: every message is claimed and decided on its own
 * (several at once), then all new submissions of the batch are created in ONE core transaction
 * (createCases: one reference block, set-based writes), then each decision is recorded. A
 * crash between the steps is harmless for the reasons given in process-message.ts.
 */
import { createCases } from '../../core/cases/create-case.js';
import { parseIntake } from '../../core/cases/intake-schema.js';
import { isAppError } from '../../core/errors/app-error.js';
import { runLimited } from '../run-limited.js';
import { prepareMessage, type InboundDeps, type InboundItem, type Outcome, type PendingCase } from './process-message.js';

export interface BatchResult {
  outcomes: Outcome[];
  /** Messages that could not be processed now (store unreachable…): they stay and are retried. */
  failures: Array<{ source: string; error: Error }>;
}

export async function processBatch(items: readonly InboundItem[], deps: InboundDeps, concurrency: number): Promise<BatchResult> {
  const failures: BatchResult['failures'] = [];
  const outcomes: Outcome[] = [];
  const pending: PendingCase[] = [];
  const prepared = await runLimited(items, concurrency, (item) => prepareMessage(item, deps));
  prepared.forEach((result, i) => {
    if (result.status === 'rejected') failures.push({ source: items[i]!.source, error: result.reason as Error });
    else if ('kind' in result.value) pending.push(result.value);
    else outcomes.push(result.value);
  });

  // The core refuses some intakes (INVALID_INPUT): those are quarantined with its reason, so one
  // bad message cannot hold back the batch.
  const valid: PendingCase[] = [];
  for (const p of pending) {
    try {
      parseIntake(p.intake);
      valid.push(p);
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push(await p.quarantine(error.message.slice(0, 500)));
    }
  }
  if (valid.length > 0) {
    try {
      const created = await createCases(
        valid.map((p) => p.intake),
        deps.caseDeps,
      );
      const finished = await runLimited(
        valid.map((p, i) => ({ p, caseId: created[i]!.id })),
        concurrency,
        ({ p, caseId }) => p.finish(caseId),
      );
      finished.forEach((r, i) => {
        if (r.status === 'fulfilled') outcomes.push(r.value);
        else failures.push({ source: valid[i]!.source, error: r.reason as Error });
      });
    } catch (error) {
      for (const p of valid) failures.push({ source: p.source, error: error as Error });
    }
  }
  return { outcomes, failures };
}
