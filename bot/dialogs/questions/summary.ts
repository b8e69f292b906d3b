import { DateTime } from 'luxon';
import { IntakeSchema, type IntakeInput } from '../../../core/cases/intake-schema.js';
import type { CaseRecord } from '../../../core/cases/case-record.js';
import type { QuestionId } from '../chat-state.js';
import { matchChoice } from '../match-answer.js';
import { again, taken, type AnswerResult, type Question, type QuestionContext } from '../question.js';

const SHORT = 300;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT)}…` : text);

function day(iso: string | null | undefined, ctx: QuestionContext): string {
  if (!iso) return ctx.t.notGiven;
  return DateTime.fromISO(iso, { zone: 'UTC' }).setLocale(ctx.t.dateLocale).toFormat('d MMMM yyyy');
}

function longDay(iso: string, ctx: QuestionContext): string {
  // The core's own way of writing a due date in this language (as in the acknowledgement).
  return ctx.policy.formatDate(DateTime.fromISO(iso, { zone: 'UTC' }));
}

/** The summary card: what will be sent, in plain text (typed input is never shown as markup). */
export function summaryText(ctx: QuestionContext): string {
  const { t, state } = ctx;
  const d = state.draft;
  const f = t.summaryFields;
  const lines = [t.summaryIntro];
  if (d.type) lines.push(`${f.type}: ${t.types[d.type]}`);
  if (d.department) lines.push(`${f.department}: ${t.departments[d.department]}`);
  if (d.description) lines.push(`${f.description}: ${shorten(d.description)}`);
  if (d.type === 'complaint' && state.answered.includes('eventDate')) lines.push(`${f.eventDate}: ${day(d.eventDate, ctx)}`);
  if (d.type === 'complaint' && d.remedySought !== undefined)
    lines.push(`${f.remedySought}: ${d.remedySought ? shorten(d.remedySought) : t.notGiven}`);
  if (d.onBehalfOf) {
    lines.push(
      `${f.onBehalfOf}: ${d.onBehalfOf.subjectName ?? t.notGiven} (${t.youAreTheir(t.relationships[d.onBehalfOf.relationship])})`,
    );
    const consent = d.onBehalfOf.exemption
      ? t.consentOptions[d.onBehalfOf.exemption]
      : d.onBehalfOf.consentGiven
        ? t.consentOptions.given
        : t.consentOptions.notYet;
    lines.push(`${f.consent}: ${consent}`);
  }
  if (d.formalComplaintConsent !== undefined && d.formalComplaintConsent !== null)
    lines.push(`${f.formal}: ${d.formalComplaintConsent ? t.yes : t.no}`);
  if (state.contactChoice === 'anonymous') lines.push(`${f.contact}: ${t.anonymousContact}`);
  else if (state.contactChoice) {
    const c = d.contact;
    const detail = state.contactChoice === 'email' ? c?.email : state.contactChoice === 'phone' ? c?.phone : c?.address;
    lines.push(`${f.contact}: ${t.contactMethods[state.contactChoice]}, ${detail ?? t.notGiven}`);
    lines.push(`${f.name}: ${c?.name ?? t.notGiven}`);
  }
  if (state.answered.includes('accessibility')) lines.push(`${f.accessibility}: ${d.accessibilityNeeds ?? t.no}`);
  return lines.join('\n');
}

/** What "change" offers, and which answers each choice reopens. */
const CHANGES: {
  value: string;
  reopen: QuestionId[];
  label: (ctx: QuestionContext) => string;
  offered: (ctx: QuestionContext) => boolean;
}[] = [
  {
    value: 'description',
    reopen: ['story'],
    label: (ctx) => ctx.t.summaryFields.description,
    offered: (ctx) => ctx.state.safeguardingReference === null,
  },
  {
    value: 'type',
    reopen: ['confirmGuess', 'type', 'department'],
    label: (ctx) => `${ctx.t.summaryFields.type} / ${ctx.t.summaryFields.department}`,
    offered: (ctx) => ctx.state.safeguardingReference === null,
  },
  {
    value: 'when',
    reopen: ['eventDate'],
    label: (ctx) => ctx.t.summaryFields.eventDate,
    offered: (ctx) => ctx.state.answered.includes('eventDate'),
  },
  {
    value: 'remedy',
    reopen: ['remedy'],
    label: (ctx) => ctx.t.summaryFields.remedySought,
    offered: (ctx) => ctx.state.draft.type === 'complaint' && ctx.state.safeguardingReference === null,
  },
  {
    value: 'for',
    reopen: ['forWhom', 'relationship', 'subjectName', 'consent'],
    label: (ctx) => ctx.t.summaryFields.onBehalfOf,
    offered: (ctx) => ctx.state.answered.includes('forWhom'),
  },
  {
    value: 'contact',
    reopen: ['contactMethod', 'name', 'email', 'phone', 'address'],
    label: (ctx) => ctx.t.summaryFields.contact,
    offered: (ctx) => ctx.state.answered.includes('contactMethod'),
  },
  {
    value: 'help',
    reopen: ['accessibility'],
    label: (ctx) => ctx.t.summaryFields.accessibility,
    offered: (ctx) => ctx.state.answered.includes('accessibility'),
  },
];

const changeChoices = (ctx: QuestionContext) =>
  CHANGES.filter((c) => c.offered(ctx)).map((c) => ({ value: c.value, label: c.label(ctx), reopen: c.reopen }));

/** Reopens answers so their questions are asked again, then the summary comes back. */
export function reopen(ctx: QuestionContext, ids: readonly QuestionId[], questions: readonly Question[]): void {
  for (const id of ids) {
    questions.find((q) => q.id === id)?.clear(ctx.state);
    ctx.state.answered = ctx.state.answered.filter((a) => a !== id);
  }
}

export function whatToChange(questions: () => readonly Question[]): Question {
  return {
    id: 'whatToChange',
    transient: true,
    needed: (ctx) => ctx.state.changing && ctx.state.submittedReference === null,
    ask: (ctx) => ({ text: ctx.t.askWhatToChange, choices: changeChoices(ctx).map((c) => c.label) }),
    answer(text, ctx) {
      const choices = changeChoices(ctx);
      const value = matchChoice(text, choices);
      const chosen = choices.find((c) => c.value === value);
      if (!chosen) return again(ctx.t.didNotUnderstand);
      ctx.state.changing = false;
      reopen(ctx, chosen.reopen, questions());
      return taken();
    },
    clear() {},
  };
}

/** The intake as the core takes it, from the draft. */
export function intakeOf(ctx: QuestionContext): IntakeInput {
  const { draft, language } = ctx.state;
  return {
    ...draft,
    type: draft.type ?? 'comment',
    description: draft.description ?? '',
    channel: 'web_chat',
    language,
    receivedAt: ctx.ports.now().toISOString(),
    contact: draft.anonymous ? {} : draft.contact,
  };
}

function saidSent(created: CaseRecord, ctx: QuestionContext): string[] {
  const { t } = ctx;
  const say = [t.sent(created.reference)];
  const consentBy = created.consents.find((c) => c.kind === 'subject_consent' && c.status === 'requested')?.expiresOn;
  if (created.status === 'awaiting_consent' && consentBy) say.push(t.nextAwaitingConsent(longDay(consentBy, ctx)));
  else if (created.type === 'complaint' && created.stage1DueOn)
    say.push(t.nextComplaint(longDay(created.initialResponseDueOn, ctx), longDay(created.stage1DueOn, ctx)));
  else say.push(t.nextOther(longDay(created.initialResponseDueOn, ctx)));
  const email = created.parties.find((p) => p.role !== 'subject')?.email;
  say.push(email ? t.emailedCopy(email) : t.noEmailCopy, t.afterSent);
  return say;
}

async function send(ctx: QuestionContext, questions: readonly Question[]): Promise<AnswerResult> {
  const { t, state } = ctx;
  if (state.safeguardingReference) {
    // The case exists already (opened with the alert); what was added here joins it as a note.
    await ctx.ports.addToCase(state.safeguardingReference, summaryText(ctx));
    state.submittedReference = state.safeguardingReference;
    return taken(t.safeguardingThanks, t.afterSent);
  }
  const intake = intakeOf(ctx);
  const checked = IntakeSchema.safeParse(intake);
  if (!checked.success) {
    // The core refused something: reopen the questions behind it rather than fail.
    const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const ids: QuestionId[] = [];
    if (fields.has('contact') || fields.has('anonymous')) ids.push('contactMethod', 'name', 'email', 'phone', 'address');
    if (fields.has('onBehalfOf')) ids.push('forWhom', 'relationship', 'subjectName', 'consent');
    if (fields.has('description')) ids.push('story');
    reopen(ctx, ids.length ? ids : ['confirmGuess', 'type'], questions);
    return taken();
  }
  const created = await ctx.ports.createCase(intake);
  state.submittedReference = created.reference;
  return taken(...saidSent(created, ctx));
}

export function summary(questions: () => readonly Question[]): Question {
  return {
    id: 'summary',
    transient: true,
    needed: (ctx) => ctx.state.submittedReference === null && !ctx.state.changing,
    ask: (ctx) => ({ text: summaryText(ctx), choices: [ctx.t.send, ctx.t.change] }),
    async answer(text, ctx) {
      const choice = matchChoice(text, [
        { value: 'send', label: ctx.t.send, synonyms: ctx.words.yes },
        { value: 'change', label: ctx.t.change },
      ]);
      if (choice === 'send') return send(ctx, questions());
      if (choice === 'change') {
        ctx.state.changing = true;
        return taken();
      }
      return again(ctx.t.didNotUnderstand);
    },
    clear() {},
  };
}
