import type { CaseDeps } from '../../core/cases/case-deps.js';
import type { CaseRecord } from '../../core/cases/case-record.js';
import { createCase, createCases } from '../../core/cases/create-case.js';
import { IntakeSchema, type IntakeInput } from '../../core/cases/intake-schema.js';
import { batchCalls } from '../../core/batching/batch-calls.js';

const settle = <T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> =>
  promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );

/**
 * Cases for several people at once through the core's createCases (one transaction, one block of
 * references). The core refuses a whole batch for one invalid intake, before writing anything:
 * an intake it would refuse goes on its own, so the refusal concerns only that person.
 */
async function createBatch(inputs: IntakeInput[], deps: CaseDeps): Promise<PromiseSettledResult<CaseRecord>[]> {
  const valid = inputs.map((input) => IntakeSchema.safeParse(input).success);
  const together = inputs.filter((_, i) => valid[i]);
  const made = together.length > 1 ? settle(createCases(together, deps)) : undefined;
  let k = 0;
  return Promise.all(
    inputs.map((input, i): Promise<PromiseSettledResult<CaseRecord>> => {
      if (!made || !valid[i]) return settle(createCase(input, deps));
      const index = k++;
      return made.then((batch) => (batch.status === 'fulfilled' ? { status: 'fulfilled', value: batch.value[index]! } : batch));
    }),
  );
}

/**
 * The chat's createCase: the core's, two case transactions at most at once, and cases sent while
 * both are busy made together in the next one (see core/batching/batch-calls.ts). Each case is received when
 * the person sent it, not when its turn in the queue came.
 */
export function batchedCreateCase(deps: CaseDeps, now: () => Date): (input: IntakeInput) => Promise<CaseRecord> {
  const create = batchCalls({ inFlight: 2, maxBatch: 50, run: (inputs: IntakeInput[]) => createBatch(inputs, deps) });
  return (input) => create({ ...input, receivedAt: input.receivedAt ?? now().toISOString() });
}
