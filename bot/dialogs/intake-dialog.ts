import { ActivityTypes, InputHints, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { ackStringsFor } from '../../core/ack/render-acknowledgement.js';
import type { Language } from '../../core/domain/vocabulary.js';
import { textsFor } from '../locales/index.js';
import { ChatStateSchema, newChatState, type ChatState } from './chat-state.js';
import { recogniseCommand } from './commands.js';
import type { IntakePorts, Prompt, Question, QuestionContext } from './question.js';
import { aboutFeedbackQuestions } from './questions/about-feedback.js';
import { contactQuestions } from './questions/contact.js';
import { onBehalfQuestions } from './questions/on-behalf.js';
import { safeguardingCarryOn } from './questions/safeguarding.js';
import { summary, whatToChange } from './questions/summary.js';

export const INTAKE_DIALOG = 'intake';

/** The questions in the order they are asked; each asks only if its answer is still missing. */
const QUESTIONS: readonly Question[] = [
  aboutFeedbackQuestions[0]!,
  safeguardingCarryOn,
  ...aboutFeedbackQuestions.slice(1),
  ...onBehalfQuestions,
  ...contactQuestions,
  whatToChange(() => QUESTIONS),
  summary(() => QUESTIONS),
];

/** A first message this long is taken as the story itself, not as a greeting. */
const STORY_WORDS = 5;

/**
 * The website chat's conversation as one botbuilder-dialogs Dialog: a question table (above)
 * walked by "ask what is missing", with interruptions handled once, here, for every question
 * (the core-bot sample's CancelAndHelpDialog idea). Its state is the typed ChatState, checked
 * with zod on every turn.
 */
export class IntakeDialog extends Dialog<{ language: Language }> {
  constructor(private readonly ports: IntakePorts) {
    super(INTAKE_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: { language: Language }): Promise<DialogTurnResult> {
    const state = newChatState(options?.language ?? 'en');
    const out: Partial<Activity>[] = [];
    if (dc.context.activity.type === ActivityTypes.Message) {
      await this.handleMessage(dc.context, state, out);
    } else {
      this.welcome(state, out);
      this.askNext(state, out);
    }
    return this.finishTurn(dc, state, out);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = ChatStateSchema.parse(dc.activeDialog?.state.chat);
    const out: Partial<Activity>[] = [];
    if (dc.context.activity.type === ActivityTypes.Message) await this.handleMessage(dc.context, state, out);
    return this.finishTurn(dc, state, out);
  }

  private async finishTurn(dc: DialogContext, state: ChatState, out: Partial<Activity>[]): Promise<DialogTurnResult> {
    // Validated when read (continueDialog); what the questions wrote is typed by ChatState.
    dc.activeDialog!.state.chat = state;
    if (out.length) await dc.context.sendActivities(out);
    return Dialog.EndOfTurn;
  }

  private ctx(state: ChatState): QuestionContext {
    const texts = textsFor(state.language);
    return { state, t: texts.chat, words: texts.commands, policy: ackStringsFor(state.language), ports: this.ports };
  }

  private async handleMessage(context: TurnContext, state: ChatState, out: Partial<Activity>[]): Promise<void> {
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const command = recogniseCommand(text, state.language);
    if (command) return this.runCommand(command, state, out);

    const ctx = this.ctx(state);
    if (state.submittedReference) return say(out, ctx.t.afterSent);
    if (!state.welcomed) {
      this.welcome(state, out);
      if (text.trim().split(/\s+/).length < STORY_WORDS) return this.askNext(state, out);
      state.asking = 'story';
    }
    const question = QUESTIONS.find((q) => q.id === state.asking) ?? this.next(ctx);
    if (!question) return;
    if (!text.trim()) {
      say(out, ctx.t.emptyMessage);
      return this.ask(question, ctx, out);
    }
    const result = await question.answer(text, ctx);
    say(out, ...(result.say ?? []));
    if (!result.ok) return this.ask(question, ctx, out);
    if (!question.transient) state.answered.push(question.id);
    this.askNext(state, out);
  }

  private runCommand(
    command: NonNullable<ReturnType<typeof recogniseCommand>>,
    state: ChatState,
    out: Partial<Activity>[],
  ): void {
    const t = this.ctx(state).t;
    switch (command.kind) {
      case 'language': {
        state.language = command.language;
        state.draft.language = command.language;
        say(out, this.ctx(state).t.languageChanged);
        return this.reask(state, out);
      }
      case 'help':
        say(out, t.help);
        return this.reask(state, out);
      case 'human': {
        const { phone, email } = this.ports.profile.contact;
        say(out, t.human(phone, email));
        return this.reask(state, out);
      }
      case 'cancel':
        // Everything typed so far is dropped from the conversation state (issue 5 §4).
        Object.assign(state, newChatState(state.language));
        return say(out, t.cancelled);
      case 'restart':
        Object.assign(state, newChatState(state.language), { welcomed: true });
        say(out, t.restarted);
        return this.askNext(state, out);
      case 'back': {
        if (state.submittedReference) return say(out, t.afterSent);
        state.changing = false;
        const previous = state.answered.pop();
        const question = QUESTIONS.find((q) => q.id === previous);
        if (!question) {
          say(out, t.nothingToGoBackTo);
          return this.reask(state, out);
        }
        question.clear(state);
        return this.ask(question, this.ctx(state), out);
      }
    }
  }

  private welcome(state: ChatState, out: Partial<Activity>[]): void {
    state.welcomed = true;
    say(out, textsFor(state.language).chat.welcome);
  }

  private next(ctx: QuestionContext): Question | undefined {
    return QUESTIONS.find((q) => q.needed(ctx));
  }

  private askNext(state: ChatState, out: Partial<Activity>[]): void {
    const ctx = this.ctx(state);
    if (state.submittedReference) {
      state.asking = null;
      return;
    }
    const question = this.next(ctx);
    if (question) this.ask(question, ctx, out);
  }

  private reask(state: ChatState, out: Partial<Activity>[]): void {
    const ctx = this.ctx(state);
    if (state.submittedReference || !state.welcomed) return;
    const question = QUESTIONS.find((q) => q.id === state.asking) ?? this.next(ctx);
    if (question) this.ask(question, ctx, out);
  }

  private ask(question: Question, ctx: QuestionContext, out: Partial<Activity>[]): void {
    ctx.state.asking = question.id;
    out.push(promptActivity(question.ask(ctx)));
  }
}

/** Everything is sent as plain text: what people typed is shown as text, never as markup. */
function say(out: Partial<Activity>[], ...texts: string[]): void {
  for (const text of texts) out.push({ type: ActivityTypes.Message, text, textFormat: 'plain' });
}

function promptActivity(prompt: Prompt): Partial<Activity> {
  const activity = prompt.choices?.length
    ? MessageFactory.suggestedActions(prompt.choices, prompt.text, undefined, InputHints.ExpectingInput)
    : MessageFactory.text(prompt.text, undefined, InputHints.ExpectingInput);
  return { ...activity, textFormat: 'plain' };
}
