import type { IntakeInput } from '../../../core/cases/intake-schema.js';
import { again, taken, type Question } from '../question.js';

/** IntakeSchema's limit for a description. */
export const MAX_STORY = 20_000;

/**
 * "Lets people tell their story first and asks only for what is missing" (issue 5 §3). The
 * classifier (through the core's Classifier interface) guesses the rest, and the policy's
 * flags are acted on at once: emergency help and an alert for safeguarding (POLICY.md §5),
 * a calm reply for abusive words (§5), the referral for matters out of scope (§4).
 */
export const storyQuestion: Question = {
  id: 'story',
  needed: (ctx) => !ctx.state.draft.description,
  ask: (ctx) => ({ text: ctx.t.askStory }),
  async answer(text, ctx) {
    const story = text.trim();
    if (!story) return again(ctx.t.emptyMessage);
    const say: string[] = [];
    const description = story.slice(0, MAX_STORY);
    if (story.length > MAX_STORY) say.push(ctx.t.tooLong(MAX_STORY));

    const classification = ctx.ports.classify({ channel: 'chat', subject: null, text: description });
    const draft = ctx.state.draft;
    draft.description = description;
    draft.classification = classification;
    draft.type = classification.type;
    draft.department = classification.department;
    // The remedy is always asked for complaints: a guessed one is too easily wrong to skip the question.
    draft.flags = {
      safeguarding: classification.safeguarding,
      abusive: classification.abusive,
      outOfScope: classification.outOfScope,
    };

    if (classification.safeguarding) {
      // Emergency help first, then the alert: a case opened now carries it to staff at once.
      say.push(ctx.policy.safeguarding);
      const input: IntakeInput = {
        type: classification.type,
        channel: 'web_chat',
        description,
        department: classification.department,
        language: ctx.state.language,
        anonymous: true,
        flags: { safeguarding: true, abusive: classification.abusive, outOfScope: classification.outOfScope },
        classification,
      };
      const created = await ctx.ports.createCase(input);
      ctx.state.safeguardingReference = created.reference;
      say.push(ctx.t.safeguardingRecorded(created.reference));
      return taken(...say);
    }
    if (classification.abusive) say.push(ctx.t.abusive);
    if (classification.outOfScope) {
      say.push(`${ctx.t.outOfScope} ${ctx.policy.referral[classification.outOfScope]}`, ctx.t.outOfScopeContinue);
    }
    return taken(...say);
  },
  clear(state) {
    state.draft.description = undefined;
    state.draft.classification = undefined;
    state.draft.remedySought = undefined;
    state.draft.flags = { safeguarding: false, abusive: false };
  },
};
