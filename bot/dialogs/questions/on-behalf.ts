import { RELATIONSHIPS, type Relationship } from '../../../core/domain/vocabulary.js';
import { matchChoice, yesNo } from '../match-answer.js';
import { again, taken, type Question, type QuestionContext } from '../question.js';
import { normalFlow, notAnswered } from './about-feedback.js';

const relationshipChoices = (ctx: QuestionContext) =>
  RELATIONSHIPS.map((value) => ({ value, label: ctx.t.relationships[value] }));
const representing = (ctx: QuestionContext) => normalFlow(ctx) && ctx.state.forSomeoneElse === true;
const subjectName = (ctx: QuestionContext) => ctx.state.draft.onBehalfOf?.subjectName || '—';

/** POLICY.md §2: the customer, or a representative with the customer's consent. */
const forWhom: Question = {
  id: 'forWhom',
  needed: (ctx) => normalFlow(ctx) && notAnswered(ctx, 'forWhom'),
  ask(ctx) {
    if (ctx.state.draft.classification?.onBehalfOf) return { text: ctx.t.guessSomeoneElse, choices: [ctx.t.yes, ctx.t.forMe] };
    return { text: ctx.t.askForWhom, choices: [ctx.t.forMe, ctx.t.forSomeoneElse] };
  },
  answer(text, ctx) {
    const guessed = ctx.state.draft.classification?.onBehalfOf ?? null;
    let someoneElse = matchChoice(text, [
      { value: 'me', label: ctx.t.forMe },
      { value: 'other', label: ctx.t.forSomeoneElse },
    ]);
    if (!someoneElse && guessed) {
      const said = yesNo(text, ctx.words, ctx.t);
      if (said !== undefined) someoneElse = said ? 'other' : 'me';
    }
    if (!someoneElse) return again(ctx.t.didNotUnderstand);
    ctx.state.forSomeoneElse = someoneElse === 'other';
    ctx.state.draft.onBehalfOf =
      ctx.state.forSomeoneElse && guessed ? { relationship: guessed, subjectName: null, consentGiven: false } : null;
    return taken();
  },
  clear(state) {
    state.forSomeoneElse = null;
    state.draft.onBehalfOf = undefined;
    state.answered = state.answered.filter((id) => id !== 'relationship' && id !== 'subjectName' && id !== 'consent');
  },
};

const relationship: Question = {
  id: 'relationship',
  needed: (ctx) => representing(ctx) && !ctx.state.draft.onBehalfOf?.relationship,
  ask: (ctx) => ({ text: ctx.t.askRelationship, choices: relationshipChoices(ctx).map((c) => c.label) }),
  answer(text, ctx) {
    const value = matchChoice<Relationship>(text, relationshipChoices(ctx));
    if (!value) return again(ctx.t.didNotUnderstand);
    ctx.state.draft.onBehalfOf = { subjectName: null, consentGiven: false, ...ctx.state.draft.onBehalfOf, relationship: value };
    return taken();
  },
  clear(state) {
    state.draft.onBehalfOf = null;
  },
};

const nameOfSubject: Question = {
  id: 'subjectName',
  needed: (ctx) => representing(ctx) && notAnswered(ctx, 'subjectName') && Boolean(ctx.state.draft.onBehalfOf),
  ask: (ctx) => ({ text: ctx.t.askSubjectName }),
  answer(text, ctx) {
    const name = text.trim().slice(0, 200);
    if (!name || !ctx.state.draft.onBehalfOf) return again(ctx.t.askSubjectName);
    ctx.state.draft.onBehalfOf.subjectName = name;
    return taken();
  },
  clear(state) {
    if (state.draft.onBehalfOf) state.draft.onBehalfOf.subjectName = null;
  },
};

const consentChoices = (ctx: QuestionContext) =>
  (['given', 'notYet', 'deceased', 'lacks_capacity', 'child_under_16'] as const).map((value) => ({
    value,
    label: ctx.t.consentOptions[value],
  }));

/**
 * POLICY.md §2: consent from the subject, or one of the three exemptions. Before asking, the
 * representative hears what the subject must be told (GoJ "Complaints being made on behalf of
 * somebody else"), in the core's words.
 */
const consent: Question = {
  id: 'consent',
  needed: (ctx) => representing(ctx) && notAnswered(ctx, 'consent') && Boolean(ctx.state.draft.onBehalfOf),
  ask(ctx) {
    const name = subjectName(ctx);
    return {
      text: [ctx.t.consentIntro(name), ...ctx.policy.consentSubjectIsTold, '', ctx.t.askConsent(name)].join('\n'),
      choices: consentChoices(ctx).map((c) => c.label),
    };
  },
  answer(text, ctx) {
    const behalf = ctx.state.draft.onBehalfOf;
    const choice = matchChoice(text, consentChoices(ctx));
    if (!choice || !behalf) return again(ctx.t.didNotUnderstand);
    behalf.consentGiven = choice === 'given';
    behalf.exemption = choice === 'given' || choice === 'notYet' ? null : choice;
    if (choice === 'notYet') return taken(ctx.t.consentLater(ctx.ports.profile.consentWindowWorkingDays));
    if (behalf.exemption) return taken(ctx.policy.consentExempt[behalf.exemption]);
    return taken();
  },
  clear(state) {
    if (state.draft.onBehalfOf) {
      state.draft.onBehalfOf.consentGiven = false;
      state.draft.onBehalfOf.exemption = null;
    }
  },
};

/** JCSC profile: "We do need your consent to treat your feedback as a complaint". */
const formal: Question = {
  id: 'formal',
  needed: (ctx) =>
    normalFlow(ctx) &&
    ctx.ports.profile.asksFormalComplaintConsent &&
    ctx.state.draft.type === 'complaint' &&
    !ctx.state.draft.flags?.outOfScope &&
    notAnswered(ctx, 'formal'),
  ask: (ctx) => ({ text: ctx.t.askFormal, choices: [ctx.t.yes, ctx.t.no] }),
  answer(text, ctx) {
    const said = yesNo(text, ctx.words, ctx.t);
    if (said === undefined) return again(ctx.t.didNotUnderstand);
    ctx.state.draft.formalComplaintConsent = said;
    return taken();
  },
  clear(state) {
    state.draft.formalComplaintConsent = undefined;
  },
};

export const onBehalfQuestions: Question[] = [forWhom, relationship, nameOfSubject, consent, formal];
