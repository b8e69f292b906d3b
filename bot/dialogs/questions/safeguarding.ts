import { yesNo } from '../match-answer.js';
import { again, taken, type Question } from '../question.js';
import { notAnswered } from './about-feedback.js';

/**
 * POLICY.md §5: the alert has gone (the case was opened when the concern was read); the person
 * decides whether to go on. If they stop, nothing more is asked.
 */
export const safeguardingCarryOn: Question = {
  id: 'safeguardingCarryOn',
  needed: (ctx) => ctx.state.safeguardingReference !== null && notAnswered(ctx, 'safeguardingCarryOn'),
  ask: (ctx) => ({ text: ctx.t.safeguardingCarryOn, choices: [ctx.t.yes, ctx.t.no] }),
  answer(text, ctx) {
    const said = yesNo(text, ctx.words, ctx.t);
    if (said === undefined) return again(ctx.t.didNotUnderstand);
    if (!said) {
      ctx.state.submittedReference = ctx.state.safeguardingReference;
      return taken(ctx.t.safeguardingStop);
    }
    return taken();
  },
  clear() {},
};
