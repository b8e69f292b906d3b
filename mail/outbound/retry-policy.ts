/**
 * When to try a failed send again. RFC 5321 §4.2.1: 4yz replies are transient (try again),
 * 5yz are permanent (do not repeat the same transaction). A connection that fails has no reply
 * code: the server is down or unreachable, which is transient too.
 */
export interface RetrySchedule {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetrySchedule = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 12 };

export type SendFailure = { retry: true; delayMs: number; reason: string } | { retry: false; reason: string };

export function judgeSendFailure(error: unknown, attempts: number, schedule: RetrySchedule = DEFAULT_RETRY): SendFailure {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const reason = (e.responseCode ? `${e.responseCode} ` : e.code ? `${e.code} ` : '') + String(e.message ?? error).slice(0, 300);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) {
    return { retry: false, reason: `permanent failure: ${reason}` };
  }
  if (attempts >= schedule.maxAttempts) return { retry: false, reason: `gave up after ${attempts} attempts: ${reason}` };
  const delayMs = Math.min(schedule.baseDelayMs * 2 ** Math.max(0, attempts - 1), schedule.maxDelayMs);
  return { retry: true, delayMs, reason };
}
