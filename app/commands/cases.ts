import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { addCorrespondence } from '../../core/cases/add-correspondence.js';
import type { CaseRecord } from '../../core/cases/case-record.js';
import { caseView } from '../../core/cases/case-view.js';
import { closeCase, parseClosureReason, reopenCase, withdrawCase } from '../../core/cases/close-case.js';
import { correctClassification } from '../../core/cases/correct-classification.js';
import { createCase } from '../../core/cases/create-case.js';
import { escalateCase, recordResponse } from '../../core/cases/escalate-case.js';
import { recordConsent } from '../../core/cases/record-consent.js';
import { loadCase } from '../../core/cases/change-case.js';
import { AppError } from '../../core/errors/app-error.js';
import { createServices, type Services } from '../services.js';

const STAFF = process.env.INTAKE_ACTOR || `staff:${process.env.USER ?? 'cli'}`;

function readJson(source: string): unknown {
  const text = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_INPUT', `the intake is not valid JSON: ${(error as Error).message}`);
  }
}

function printCase(c: CaseRecord, json: boolean) {
  const v = caseView(c);
  if (json) {
    process.stdout.write(JSON.stringify(v, null, 2) + '\n');
    return;
  }
  const lines = [
    `${v.reference}  ${v.type} by ${v.channel}  ${v.status}, stage ${v.stage}`,
    `  received ${v.receivedAt}; clock starts ${v.clockStartsOn ?? 'when consent arrives'}`,
    `  initial response due ${v.initialResponseDueOn}; stage due 1: ${v.stageDueOn[1] ?? '-'}  2: ${v.stageDueOn[2] ?? '-'}  3: ${v.stageDueOn[3] ?? '-'}`,
    `  department ${v.department ?? '-'}; consent ${v.consentStatus}${v.onBehalfOf ? ` (writer is the subject's ${v.onBehalfOf})` : ''}`,
  ];
  const flags = [
    v.safeguarding && 'SAFEGUARDING',
    v.abusive && 'abusive language',
    v.outOfScope && `out of scope: ${v.outOfScope}`,
  ].filter(Boolean);
  if (flags.length) lines.push(`  flags: ${flags.join(', ')}`);
  if (v.closureReason) lines.push(`  closed: ${v.closureReason} at stage ${v.closedAtStage}`);
  process.stdout.write(lines.join('\n') + '\n');
}

function requireRef(ref: string | undefined, sub: string): string {
  if (!ref) throw new AppError('INVALID_INPUT', `usage: intake cases ${sub} <reference>`);
  return ref.trim().toUpperCase();
}

async function withServices<T>(fn: (s: Services) => Promise<T>): Promise<T> {
  const services = await createServices();
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

/** `intake cases …`: staff operations on cases from the command line. */
export default async function cases(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      // `--json` takes a file for create and is a flag everywhere else.
      json: sub === 'create' ? { type: 'string' } : { type: 'boolean' },
      reason: { type: 'string' },
      given: { type: 'boolean' },
      refused: { type: 'boolean' },
      oral: { type: 'boolean' },
      note: { type: 'string' },
      type: { type: 'string' },
      department: { type: 'string' },
      status: { type: 'string' },
    },
    strict: true,
  });
  const jsonFlag = values.json === true;
  const ref = positionals[0];

  switch (sub) {
    case 'create': {
      if (typeof values.json !== 'string') throw new AppError('INVALID_INPUT', 'usage: intake cases create --json <file|->');
      const input = readJson(values.json);
      return withServices(async (s) => {
        const created = await createCase(input, { ...s.caseDeps });
        printCase(created, true);
        return 0;
      });
    }
    case 'list':
      return withServices(async (s) => {
        const all = await s.store.cases.list({ status: values.status as CaseRecord['status'] | undefined });
        if (jsonFlag) process.stdout.write(JSON.stringify(all.map(caseView), null, 2) + '\n');
        else if (all.length === 0) process.stdout.write('no cases\n');
        else for (const c of all) printCase(c, false);
        return 0;
      });
    case 'show':
      return withServices(async (s) => {
        printCase(await loadCase(requireRef(ref, 'show'), s.caseDeps), jsonFlag);
        return 0;
      });
    case 'audit':
      return withServices(async (s) => {
        const c = await loadCase(requireRef(ref, 'audit'), s.caseDeps);
        for (const e of await s.store.cases.auditTrail(c.id)) {
          process.stdout.write(`${e.at.toISOString()}  ${e.actor}  ${e.action}  ${JSON.stringify(e.details)}\n`);
        }
        return 0;
      });
    case 'close': {
      const reference = requireRef(ref, 'close --reason <reason>');
      if (!values.reason) throw new AppError('INVALID_INPUT', 'usage: intake cases close <reference> --reason <reason>');
      const reason = parseClosureReason(values.reason);
      return withServices(async (s) => {
        printCase(await closeCase(reference, s.caseDeps, { actor: STAFF, reason, note: values.note }), jsonFlag);
        return 0;
      });
    }
    case 'escalate':
      return withServices(async (s) => {
        printCase(await escalateCase(requireRef(ref, 'escalate'), s.caseDeps, { actor: STAFF }), jsonFlag);
        return 0;
      });
    case 'respond':
      return withServices(async (s) => {
        printCase(await recordResponse(requireRef(ref, 'respond'), s.caseDeps, { actor: STAFF }), jsonFlag);
        return 0;
      });
    case 'consent': {
      if (values.given === values.refused)
        throw new AppError('INVALID_INPUT', 'usage: intake cases consent <reference> --given|--refused');
      return withServices(async (s) => {
        const decision = values.given ? 'given' : 'refused';
        printCase(
          await recordConsent(requireRef(ref, 'consent'), s.caseDeps, { actor: STAFF, decision, note: values.note }),
          jsonFlag,
        );
        return 0;
      });
    }
    case 'withdraw':
      return withServices(async (s) => {
        const how = values.oral ? 'oral' : 'written';
        printCase(
          await withdrawCase(requireRef(ref, 'withdraw'), s.caseDeps, { actor: STAFF, how, note: values.note }),
          jsonFlag,
        );
        return 0;
      });
    case 'reopen':
      return withServices(async (s) => {
        printCase(await reopenCase(requireRef(ref, 'reopen'), s.caseDeps, { actor: STAFF, why: values.note }), jsonFlag);
        return 0;
      });
    case 'correct': {
      const field = values.type ? 'type' : values.department ? 'department' : null;
      if (!field)
        throw new AppError('INVALID_INPUT', 'usage: intake cases correct <reference> --type <type>|--department <department>');
      const to = (values.type ?? values.department)!;
      return withServices(async (s) => {
        printCase(await correctClassification(requireRef(ref, 'correct'), s.caseDeps, { actor: STAFF, field, to }), jsonFlag);
        return 0;
      });
    }
    case 'note': {
      if (!values.note) throw new AppError('INVALID_INPUT', 'usage: intake cases note <reference> --note "<what was said>"');
      return withServices(async (s) => {
        await addCorrespondence(requireRef(ref, 'note'), s.caseDeps, {
          actor: STAFF,
          direction: 'note',
          channel: 'phone',
          text: values.note!,
        });
        process.stdout.write('note added\n');
        return 0;
      });
    }
    default:
      throw new AppError(
        'INVALID_INPUT',
        `unknown cases subcommand "${sub ?? ''}": use create, list, show, close, escalate, respond, consent, withdraw, reopen, correct, note, audit`,
      );
  }
}
