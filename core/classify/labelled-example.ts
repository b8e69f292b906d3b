import { z } from 'zod';
import { DEPARTMENTS, FEEDBACK_TYPES, OUT_OF_SCOPE_REASONS, RELATIONSHIPS } from '../domain/vocabulary.js';

/** One line of the labelled corpus (core/classify/corpus/*.jsonl): a message and every label. */
export const LabelledExampleSchema = z.object({
  id: z.string().min(1),
  channel: z.enum(['chat', 'email']),
  subject: z.string().nullable(),
  text: z.string().min(1),
  type: z.enum(FEEDBACK_TYPES),
  department: z.enum(DEPARTMENTS),
  outOfScope: z.enum(OUT_OF_SCOPE_REASONS).nullable(),
  safeguarding: z.boolean(),
  onBehalfOf: z.enum(RELATIONSHIPS).nullable(),
  subjectConsentNeededReason: z.enum(['consent_needed', 'deceased', 'lacks_capacity', 'child_under_16']).nullable(),
  abusive: z.boolean(),
  remedySought: z.string().nullable().optional(),
  lang: z.string().length(2),
});

export type LabelledExample = z.infer<typeof LabelledExampleSchema>;
