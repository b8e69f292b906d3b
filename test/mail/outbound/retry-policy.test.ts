/** RFC 5321 §4.2.1: 4yz and unreachable servers are tried again later; 5yz is given up at once. */
import { describe, expect, it } from 'vitest';
import { judgeSendFailure } from '../../../mail/outbound/retry-policy.js';

const schedule = { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 5 };

describe('judgeSendFailure', () => {
  const rows: Array<[string, unknown, number, boolean, number | null]> = [
    ['451 try again later, first attempt', { responseCode: 451, message: 'busy' }, 1, true, 1_000],
    ['421 service closing, third attempt (doubling)', { responseCode: 421, message: 'closing' }, 3, true, 4_000],
    ['connection refused, long outage (capped)', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 4, true, 8_000],
    ['550 mailbox unavailable', { responseCode: 550, message: 'no such user' }, 1, false, null],
    ['554 transaction failed', { responseCode: 554, message: 'rejected' }, 2, false, null],
    ['still 4xx after the last attempt', { responseCode: 450, message: 'busy' }, 5, false, null],
  ];
  it.each(rows)('%s', (_name, error, attempts, retry, delay) => {
    const verdict = judgeSendFailure(error, attempts, schedule);
    expect(verdict.retry).toBe(retry);
    if (verdict.retry) expect(verdict.delayMs).toBe(delay);
  });

  it('records why it gave up', () => {
    expect(judgeSendFailure({ responseCode: 550, message: 'no such user' }, 1, schedule).reason).toBe(
      'permanent failure: 550 no such user',
    );
    expect(judgeSendFailure({ responseCode: 450, message: 'busy' }, 5, schedule).reason).toBe(
      'gave up after 5 attempts: 450 busy',
    );
  });
});
