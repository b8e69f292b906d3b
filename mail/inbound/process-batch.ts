/**
 * A batch of messages through the pipeline in a few round trips: all are read, then claimed
 * in one go (claimInboundBatch), then decided (several at once); all new submissions of the
 * batch are created in ONE core transaction (createCases: one reference block, set-based
 * writes) and recorded in one more. A crash between the steps is harmless for the reasons given
 * in process-message.ts.
 */
import { createCases } from '../../core/cases/create-case.js';
import { parseIntake } from '../../core/cases/intake-schema.js';
import { isAppError } from '../../core/errors/app-error.js';
import { crashPoint } from '../crash-point.js';
import { runLimited } from '../run-limited.js';
import {
  claimOf,
  decideMessage,
  outcomeOf,
  readMessage,
  type InboundDeps,
  type InboundItem,
  type Outcome,
  type PendingCase,
} from './process-message.js';

export interface BatchResult {
  outcomes: Outcome[];
  /** Messages that could not be processed now (store unreachable…): they stay and are retried. */
  failures: Array<{ source: string; error: Error }>;
}

/**
 * `confirmLease` is called right before the batch's cases are created: a worker that lost its
 * mailbox lease meanwhile (it stalled longer than the lease) stops there, before writing.
 */
export async function processBatch(
  items: readonly InboundItem[],
  deps: InboundDeps,
  concurrency: number,
  confirmLease: () => Promise<void> = async () => undefined,
): Promise<BatchResult> {
  const failures: BatchResult['failures'] = [];
  const outcomes: Outcome[] = [];
  const reads = await Promise.all(items.map((item) => readMessage(item, deps)));
  const claims = await deps.store.claimInboundBatch(reads.map((read) => claimOf(read, deps)));
  crashPoint('after-claim');

  const pending: PendingCase[] = [];
  const decided = await runLimited(
    reads.map((read, i) => ({ read, claim: claims[i]! })),
    concurrency,
    ({ read, claim }) => decideMessage(read, claim, deps),
  );
  decided.forEach((result, i) => {
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
      const reason = error.message.slice(0, 500);
      await deps.store.completeInbound(p.recordId, {
        status: 'quarantined',
        decision: 'quarantine',
        reason,
        caseId: null,
        now: deps.caseDeps.now(),
      });
      outcomes.push({ source: p.source, destination: 'quarantine', decision: 'quarantine', reason, caseId: null });
    }
  }
  if (valid.length === 0) return { outcomes, failures };
  await confirmLease();
  try {
    outcomes.push(...(await createAndRecord(valid, deps)));
  } catch (error) {
    // One case the store refuses must not hold back the others: try each on its own (after
    // checking whether the group's transaction got as far as creating it).
    for (const p of valid) {
      try {
        const existing = await deps.store.findCaseIdBySourceMessageId(p.intake.sourceMessageId!);
        outcomes.push(...(await createAndRecord([p], deps, existing)));
      } catch (single) {
        failures.push({ source: p.source, error: (valid.length > 1 ? single : error) as Error });
      }
    }
  }
  return { outcomes, failures };
}

/** The cases of a group in one core transaction (createCases), then their records in one more. */
async function createAndRecord(
  group: PendingCase[],
  deps: InboundDeps,
  existingCaseId: string | null = null,
): Promise<Outcome[]> {
  const caseIds = existingCaseId
    ? [existingCaseId]
    : (
        await createCases(
          group.map((p) => p.intake),
          deps.caseDeps,
        )
      ).map((c) => c.id);
  crashPoint('after-cases-created');
  const entries = group.map((p, i) => ({ id: p.recordId, caseId: caseIds[i]!, reason: p.reason, attachments: p.attachments }));
  await deps.store.completeNewCases(entries, deps.caseDeps.now());
  crashPoint('after-recorded');
  return group.map((p, i) =>
    outcomeOf(p.source, {
      id: p.recordId,
      source: p.source,
      dedupeKey: '',
      status: 'done',
      decision: 'new_case',
      reason: p.reason,
      caseId: entries[i]!.caseId,
      duplicateOfId: null,
    }),
  );
}
