import { parseArgs } from 'node:util';
import { computeClock } from '../../core/clocks/compute-clock.js';
import { calendarFor } from '../../core/clocks/profile-calendar.js';
import { AppError } from '../../core/errors/app-error.js';
import { resolveProfile } from '../../core/policy/profiles/index.js';
import { loadConfig } from '../config.js';

function instant(value: string | undefined, field: string): Date | null {
  if (value === undefined) return null;
  // An instant must say its offset: a bare local time would be read in this machine's zone.
  const ok =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value));
  if (!ok)
    throw new AppError(
      'INVALID_INPUT',
      `--${field} must be an ISO 8601 instant with an offset, e.g. 2026-06-10T14:30:00Z (got "${value}")`,
    );
  return new Date(value);
}

/** `intake clock`: every due date for a submission, as one JSON object (a contract; keep it). */
export default async function clock(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { received: { type: 'string' }, profile: { type: 'string' }, 'consent-received': { type: 'string' } },
    strict: true,
  });
  const receivedAt = instant(values.received, 'received');
  if (!receivedAt) throw new AppError('INVALID_INPUT', '--received <ISO instant> is required');
  const consentReceivedAt = instant(values['consent-received'], 'consent-received');
  const config = loadConfig();
  const profile = resolveProfile(values.profile ?? config.POLICY_PROFILE, {
    extraClosureDays: config.EXTRA_CLOSURE_DAYS,
    schoolClosureDays: config.SCHOOL_CLOSURE_DAYS,
  });
  if (consentReceivedAt && consentReceivedAt < receivedAt) {
    throw new AppError('INVALID_INPUT', '--consent-received cannot be before --received');
  }
  const result = computeClock({ receivedAt, consentReceivedAt }, profile, calendarFor(profile));
  process.stdout.write(
    JSON.stringify({
      profile: result.profile,
      clockStartsOn: result.clockStartsOn,
      initialResponseDueOn: result.initialResponseDueOn,
      stageDueOn: result.stageDueOn,
    }) + '\n',
  );
  return 0;
}
