import type { Classifier } from '../../core/classify/classification.js';
import type { AckStrings } from '../../core/ack/ack-strings.js';
import type { CaseRecord } from '../../core/cases/case-record.js';
import type { IntakeInput } from '../../core/cases/intake-schema.js';
import type { PolicyProfile } from '../../core/policy/policy-profile.js';
import type { BotTexts } from '../locales/index.js';
import type { ChatState, QuestionId } from './chat-state.js';

/** What the conversation needs from the rest of the system: all policy lives behind these. */
export interface IntakePorts {
  classify: Classifier;
  /** core/cases/create-case.ts, so chat and email produce the same case. */
  createCase(input: IntakeInput): Promise<CaseRecord>;
  /** core/cases/add-correspondence.ts: more details for a case already opened. */
  addToCase(reference: string, text: string): Promise<void>;
  profile: PolicyProfile;
  now(): Date;
}

export interface QuestionContext {
  state: ChatState;
  t: BotTexts['chat'];
  words: BotTexts['commands'];
  /** Policy texts (referrals, consent notice, emergency help) from the core, in the person's language. */
  policy: AckStrings;
  ports: IntakePorts;
}

export interface Prompt {
  text: string;
  /** Offered as buttons; a person may also type them. */
  choices?: string[];
}

/** ok: the answer was taken (say: anything to tell first); not ok: say why and ask again. */
export type AnswerResult = { ok: true; say?: string[] } | { ok: false; say: string[] };

export interface Question {
  id: QuestionId;
  /** Still to be asked? (Answered questions are never asked again unless changed.) */
  needed(ctx: QuestionContext): boolean;
  ask(ctx: QuestionContext): Prompt;
  answer(text: string, ctx: QuestionContext): AnswerResult | Promise<AnswerResult>;
  /** Summary-like steps are not answers: "back" skips them. */
  transient?: boolean;
  /** Forget this question's answer (for "back" and "change"). */
  clear(state: ChatState): void;
}

export const taken = (...say: string[]): AnswerResult => ({ ok: true, say });
export const again = (...say: string[]): AnswerResult => ({ ok: false, say });
