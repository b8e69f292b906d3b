import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { calendarFor } from '../../core/clocks/profile-calendar.js';
import { isIsoDay } from '../../core/clocks/local-date.js';
import { AppError } from '../../core/errors/app-error.js';
import { feedbackReport, type FeedbackReport } from '../../core/reports/feedback-report.js';
import { createServices } from '../services.js';

function printable(r: FeedbackReport): string {
  const lines = [
    `Feedback report ${r.period.from} to ${r.period.to} (policy ${r.profile})`,
    `Received: ${r.received.total} — ${Object.entries(r.received.byType)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `By channel: ${
      Object.entries(r.received.byChannel)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-'
    }`,
    `For someone else: ${r.received.onBehalfOf} (from elected representatives: ${r.received.electedRepresentative})`,
    `Safeguarding: ${r.flags.safeguarding}; abusive language: ${r.flags.abusive}; referred elsewhere: ${Object.values(r.flags.outOfScope).reduce((a, b) => a + b, 0)}`,
    `Complaints open now per stage: 1: ${r.complaints.currentPerStage['1']}, 2: ${r.complaints.currentPerStage['2']}, 3: ${r.complaints.currentPerStage['3']}`,
    '',
    'Stage | closed | upheld | partly | not upheld | % upheld | met | missed | % in time | avg working days',
  ];
  for (const s of r.complaints.closedPerStage) {
    lines.push(
      `${s.stage}     | ${s.closed} | ${s.upheld} | ${s.partiallyUpheld} | ${s.notUpheld} | ${s.percentUpheld ?? '-'} | ${s.timescaleMet} | ${s.timescaleMissed} | ${s.percentWithinTimescale ?? '-'} | ${s.averageWorkingDaysToClose ?? '-'}`,
    );
  }
  lines.push('', `Closed as vexatious or unreasonable: ${r.vexatiousOrUnreasonable}`);
  return lines.join('\n') + '\n';
}

/** `intake report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]`: the policy's reports; default this quarter. */
export default async function report(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  for (const key of ['from', 'to'] as const) {
    if (values[key] && !isIsoDay(values[key]!)) throw new AppError('INVALID_INPUT', `--${key} must be a date YYYY-MM-DD`);
  }
  const services = await createServices();
  try {
    const today = DateTime.fromJSDate(services.now(), { zone: services.profile.timeZone });
    const period = { from: values.from ?? today.startOf('quarter').toISODate()!, to: values.to ?? today.toISODate()! };
    const cases = await services.store.cases.list();
    const result = feedbackReport(cases, period, services.profile, calendarFor(services.profile));
    process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : printable(result));
    return 0;
  } finally {
    await services.close();
  }
}
