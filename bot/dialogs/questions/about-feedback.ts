import { DateTime } from 'luxon';
import { DEPARTMENTS, FEEDBACK_TYPES, type Department, type FeedbackType } from '../../../core/domain/vocabulary.js';
import { isOneOf, matchChoice, yesNo } from '../match-answer.js';
import { again, taken, type Question, type QuestionContext } from '../question.js';
import { storyQuestion } from './story.js';

const isComplaint = (ctx: QuestionContext) => ctx.state.draft.type === 'complaint';
export const notAnswered = (ctx: QuestionContext, id: Question['id']) => !ctx.state.answered.includes(id);
/** After a safeguarding case is opened, the route changes (POLICY.md §5): only contact questions follow. */
export const normalFlow = (ctx: QuestionContext) => ctx.state.safeguardingReference === null;

const typeChoices = (ctx: QuestionContext) => FEEDBACK_TYPES.map((value) => ({ value, label: ctx.t.types[value] }));
const departmentChoices = (ctx: QuestionContext) => DEPARTMENTS.map((value) => ({ value, label: ctx.t.departments[value] }));

/** "Confirms the type and service it guessed instead of asking cold" (issue 5 §3). */
const confirmGuess: Question = {
  id: 'confirmGuess',
  needed: (ctx) => normalFlow(ctx) && notAnswered(ctx, 'confirmGuess') && ctx.state.draft.type !== undefined,
  ask(ctx) {
    const { type, department } = ctx.state.draft;
    const typeLabel = ctx.t.types[type ?? 'comment'];
    const text =
      department && department !== 'other'
        ? ctx.t.guess(typeLabel, ctx.t.departments[department].toLowerCase())
        : ctx.t.guessNoDepartment(typeLabel);
    return { text, choices: [ctx.t.yes, ctx.t.no] };
  },
  answer(text, ctx) {
    const said = yesNo(text, ctx.words, ctx.t);
    if (said === undefined) return again(ctx.t.didNotUnderstand);
    if (said) {
      // "Other" is no answer: ask for the service.
      if (ctx.state.draft.department === 'other') ctx.state.draft.department = undefined;
      ctx.state.answered.push('type');
      if (ctx.state.draft.department) ctx.state.answered.push('department');
    } else {
      ctx.state.draft.department = undefined;
    }
    return taken();
  },
  clear(state) {
    state.answered = state.answered.filter((id) => id !== 'type' && id !== 'department');
  },
};

const chooseType: Question = {
  id: 'type',
  needed: (ctx) => normalFlow(ctx) && notAnswered(ctx, 'type'),
  ask: (ctx) => ({ text: ctx.t.askType, choices: typeChoices(ctx).map((c) => c.label) }),
  answer(text, ctx) {
    const type = matchChoice<FeedbackType>(text, typeChoices(ctx));
    if (!type) return again(ctx.t.didNotUnderstand);
    ctx.state.draft.type = type;
    return taken();
  },
  clear() {},
};

const chooseDepartment: Question = {
  id: 'department',
  needed: (ctx) => normalFlow(ctx) && notAnswered(ctx, 'department'),
  ask: (ctx) => ({ text: ctx.t.askDepartment, choices: departmentChoices(ctx).map((c) => c.label) }),
  answer(text, ctx) {
    const department = matchChoice<Department>(text, departmentChoices(ctx));
    if (!department) return again(ctx.t.didNotUnderstand);
    ctx.state.draft.department = department;
    return taken();
  },
  clear(state) {
    state.draft.department = undefined;
  },
};

/** The ways people write a date, tried in this order (in their language, then British English). */
const DATE_FORMATS = [
  'yyyy-MM-dd',
  'd/M/yyyy',
  'd.M.yyyy',
  'd-M-yyyy',
  'd/M/yy',
  'd MMMM yyyy',
  'd LLLL yyyy',
  'd MMM yyyy',
  'MMMM d yyyy',
  "d 'de' MMMM 'de' yyyy",
  'LLLL yyyy',
];

/** luxon builds a parser (month names, a regular expression) per format and locale: once each, not per message. */
const dateParsers = new Map<string, ReturnType<typeof DateTime.buildFormatParser>>();
function dateParser(format: string, locale: string) {
  const key = `${locale} ${format}`;
  let parser = dateParsers.get(key);
  if (!parser) dateParsers.set(key, (parser = DateTime.buildFormatParser(format, { locale })));
  return parser;
}

/** Reads a date the way people type it; null for "not sure"; undefined when unreadable. */
export function readEventDate(text: string, ctx: QuestionContext): string | null | undefined {
  const today = DateTime.fromJSDate(ctx.ports.now(), { zone: ctx.ports.profile.timeZone }).startOf('day');
  if (isOneOf(text, ctx.words.notSure) || isOneOf(text, ctx.words.skip)) return null;
  if (isOneOf(text, ctx.words.today)) return today.toISODate();
  if (isOneOf(text, ctx.words.yesterday)) return today.minus({ days: 1 }).toISODate();
  if (isOneOf(text, ctx.words.lastWeek)) return today.minus({ weeks: 1 }).toISODate();
  const cleaned = text
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, '');
  for (const format of DATE_FORMATS) {
    for (const locale of [ctx.t.dateLocale, 'en-GB']) {
      const parsed = DateTime.fromFormatParser(cleaned, dateParser(format, locale), { locale, zone: ctx.ports.profile.timeZone });
      if (parsed.isValid) return parsed.toISODate();
    }
  }
  return undefined;
}

const eventDate: Question = {
  id: 'eventDate',
  needed: (ctx) => normalFlow(ctx) && isComplaint(ctx) && notAnswered(ctx, 'eventDate'),
  ask: (ctx) => ({ text: ctx.t.askWhen, choices: [ctx.t.notSure] }),
  answer(text, ctx) {
    const day = readEventDate(text, ctx);
    if (day === undefined) return again(ctx.t.badDate);
    const today = DateTime.fromJSDate(ctx.ports.now(), { zone: ctx.ports.profile.timeZone }).toISODate() ?? '';
    if (day && day > today) return again(ctx.t.futureDate);
    ctx.state.draft.eventDate = day;
    // GoJ "Time limits for making a complaint": 12 months, can be extended; explained, not enforced.
    const months = ctx.ports.profile.timeLimitMonths;
    if (day && DateTime.fromISO(day).plus({ months }) < DateTime.fromISO(today)) {
      return taken(`${ctx.policy.lateComplaint(months)} ${ctx.t.lateComplaintNote}`);
    }
    return taken();
  },
  clear(state) {
    state.draft.eventDate = undefined;
  },
};

const remedy: Question = {
  id: 'remedy',
  needed: (ctx) =>
    normalFlow(ctx) &&
    isComplaint(ctx) &&
    !ctx.state.draft.flags?.outOfScope &&
    !ctx.state.draft.remedySought &&
    notAnswered(ctx, 'remedy'),
  ask: (ctx) => ({ text: ctx.t.askRemedy, choices: [ctx.t.notSure] }),
  answer(text, ctx) {
    const unsure = isOneOf(text, ctx.words.notSure) || isOneOf(text, ctx.words.skip);
    ctx.state.draft.remedySought = unsure ? null : text.trim().slice(0, 2_000);
    return taken();
  },
  clear(state) {
    state.draft.remedySought = undefined;
  },
};

export const aboutFeedbackQuestions: Question[] = [storyQuestion, confirmGuess, chooseType, chooseDepartment, eventDate, remedy];
