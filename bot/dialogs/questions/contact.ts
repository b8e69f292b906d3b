import { z } from 'zod';
import { CONTACT_CHOICES, type ContactChoice } from '../chat-state.js';
import { isOneOf, matchChoice } from '../match-answer.js';
import { again, taken, type Question, type QuestionContext } from '../question.js';
import { normalFlow, notAnswered } from './about-feedback.js';

/** Safeguarding cases go on with contact questions only if the person chose to carry on. */
const asksContact = (ctx: QuestionContext) => normalFlow(ctx) || ctx.state.answered.includes('safeguardingCarryOn');
const chose = (ctx: QuestionContext, method: ContactChoice) => ctx.state.contactChoice === method;

function methodChoices(ctx: QuestionContext) {
  // POLICY.md §2 / IntakeSchema: a representative must be reachable, so no anonymity for them.
  const offered = CONTACT_CHOICES.filter((c) => c !== 'anonymous' || !ctx.state.forSomeoneElse);
  return offered.map((value) => ({ value, label: ctx.t.contactMethods[value] }));
}

const contactMethod: Question = {
  id: 'contactMethod',
  needed: (ctx) => asksContact(ctx) && notAnswered(ctx, 'contactMethod'),
  ask: (ctx) => ({
    // Anonymity explained before it is chosen (POLICY.md §2: no direct response is possible).
    text: ctx.state.forSomeoneElse ? `${ctx.t.askContactMethod}` : `${ctx.t.askContactMethod}\n${ctx.policy.anonymous}`,
    choices: methodChoices(ctx).map((c) => c.label),
  }),
  answer(text, ctx) {
    const choice = matchChoice<ContactChoice>(text, methodChoices(ctx));
    if (!choice) {
      if (ctx.state.forSomeoneElse && matchChoice(text, [{ value: 'anonymous', label: ctx.t.contactMethods.anonymous }])) {
        return again(ctx.t.anonymousNotForRepresentative);
      }
      return again(ctx.t.didNotUnderstand);
    }
    ctx.state.contactChoice = choice;
    ctx.state.draft.anonymous = choice === 'anonymous';
    const contact = ctx.state.draft.contact ?? { name: null, phone: null, address: null };
    ctx.state.draft.contact = { ...contact, preferredMethod: choice === 'anonymous' ? null : choice };
    return taken();
  },
  clear(state) {
    state.contactChoice = null;
    state.draft.anonymous = false;
    state.answered = state.answered.filter((id) => !['name', 'email', 'phone', 'address'].includes(id));
  },
};

function setContact(ctx: QuestionContext, field: 'name' | 'email' | 'phone' | 'address', value: string | null) {
  const contact = ctx.state.draft.contact ?? { name: null, phone: null, address: null };
  ctx.state.draft.contact = { ...contact, [field]: value };
}

const name: Question = {
  id: 'name',
  needed: (ctx) => asksContact(ctx) && ctx.state.contactChoice !== null && !chose(ctx, 'anonymous') && notAnswered(ctx, 'name'),
  ask: (ctx) => ({ text: ctx.t.askName, choices: [ctx.t.skip] }),
  answer(text, ctx) {
    setContact(ctx, 'name', isOneOf(text, ctx.words.skip) ? null : text.trim().slice(0, 200));
    return taken();
  },
  clear: () => {},
};

// The core's IntakeSchema checks the address again; here it is checked so the person can fix it now.
const EmailSchema = z.email();

const email: Question = {
  id: 'email',
  needed: (ctx) => chose(ctx, 'email') && notAnswered(ctx, 'email'),
  ask: (ctx) => ({ text: ctx.t.askEmail }),
  answer(text, ctx) {
    const parsed = EmailSchema.max(320).safeParse(text.trim());
    if (!parsed.success) return again(ctx.t.badEmail);
    setContact(ctx, 'email', parsed.data);
    return taken();
  },
  clear: () => {},
};

const phone: Question = {
  id: 'phone',
  needed: (ctx) => chose(ctx, 'phone') && notAnswered(ctx, 'phone'),
  ask: (ctx) => ({ text: ctx.t.askPhone }),
  answer(text, ctx) {
    const value = text.trim();
    if (!/^\+?[\d\s().-]{6,30}$/.test(value) || value.replace(/\D/g, '').length < 6) return again(ctx.t.badPhone);
    setContact(ctx, 'phone', value);
    return taken();
  },
  clear: () => {},
};

const address: Question = {
  id: 'address',
  needed: (ctx) => chose(ctx, 'letter') && notAnswered(ctx, 'address'),
  ask: (ctx) => ({ text: ctx.t.askAddress }),
  answer(text, ctx) {
    const value = text.trim().slice(0, 500);
    if (value.length < 5) return again(ctx.t.askAddress);
    setContact(ctx, 'address', value);
    return taken();
  },
  clear: () => {},
};

/** POLICY.md §10: help to give feedback, contact by the method the person prefers. */
const accessibility: Question = {
  id: 'accessibility',
  needed: (ctx) => normalFlow(ctx) && notAnswered(ctx, 'accessibility'),
  ask: (ctx) => ({ text: ctx.t.askAccessibility, choices: [ctx.t.no] }),
  answer(text, ctx) {
    const none = isOneOf(text, ctx.words.no) || isOneOf(text, ctx.words.skip) || isOneOf(text, [ctx.t.no.toLowerCase()]);
    ctx.state.draft.accessibilityNeeds = none ? null : text.trim().slice(0, 1_000);
    return taken();
  },
  clear(state) {
    state.draft.accessibilityNeeds = undefined;
  },
};

export const contactQuestions: Question[] = [contactMethod, name, email, phone, address, accessibility];
