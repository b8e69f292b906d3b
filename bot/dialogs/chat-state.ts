import { z } from 'zod';
import { IntakeSchema } from '../../core/cases/intake-schema.js';
import { LANGUAGES } from '../../core/domain/vocabulary.js';

/**
 * The intake as it is being collected: the core's own field schemas (IntakeSchema.shape), every
 * field optional until the summary. The whole intake is validated by the core's IntakeSchema
 * when it is sent (createCase), so the chat cannot build a case email would not.
 */
export const DraftSchema = z.object(IntakeSchema.shape).partial();
export type Draft = z.output<typeof DraftSchema>;

export const QUESTION_IDS = [
  'story',
  'safeguardingCarryOn',
  'safeguardingContact',
  'confirmGuess',
  'type',
  'department',
  'eventDate',
  'remedy',
  'forWhom',
  'relationship',
  'subjectName',
  'consent',
  'formal',
  'contactMethod',
  'name',
  'email',
  'phone',
  'address',
  'accessibility',
  'summary',
  'whatToChange',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const CONTACT_CHOICES = ['email', 'phone', 'letter', 'anonymous'] as const;
export type ContactChoice = (typeof CONTACT_CHOICES)[number];

/** Everything the conversation remembers between turns, validated on every load. */
export const ChatStateSchema = z.object({
  language: z.enum(LANGUAGES),
  draft: DraftSchema,
  /** The question waiting for an answer. */
  asking: z.enum(QUESTION_IDS).nullable(),
  /** Questions answered, in order: "back" walks this list. */
  answered: z.array(z.enum(QUESTION_IDS)),
  /** Greeted already (a first message may arrive without a conversationUpdate, e.g. Teams). */
  welcomed: z.boolean(),
  /** Chose "change" on the summary: the next question is what to change. */
  changing: z.boolean(),
  forSomeoneElse: z.boolean().nullable(),
  contactChoice: z.enum(CONTACT_CHOICES).nullable(),
  /** Case opened at once for a safeguarding concern (POLICY.md §5). */
  safeguardingReference: z.string().nullable(),
  submittedReference: z.string().nullable(),
});
export type ChatState = z.infer<typeof ChatStateSchema>;

export function newChatState(language: ChatState['language']): ChatState {
  return {
    language,
    draft: DraftSchema.parse({ channel: 'web_chat', language }),
    asking: null,
    answered: [],
    welcomed: false,
    changing: false,
    forSomeoneElse: null,
    contactChoice: null,
    safeguardingReference: null,
    submittedReference: null,
  };
}
