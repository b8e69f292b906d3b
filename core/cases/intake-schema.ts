import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import {
  CHANNELS,
  CONSENT_EXEMPTIONS,
  CONTACT_METHODS,
  DEPARTMENTS,
  FEEDBACK_TYPES,
  OUT_OF_SCOPE_REASONS,
  RELATIONSHIPS,
} from '../domain/vocabulary.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const trimmed = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const ClassificationSchema = z.object({
  type: z.enum(FEEDBACK_TYPES),
  department: z.enum(DEPARTMENTS),
  outOfScope: z.enum(OUT_OF_SCOPE_REASONS).nullable(),
  safeguarding: z.boolean(),
  onBehalfOf: z.enum(RELATIONSHIPS).nullable(),
  subjectConsentNeededReason: z.enum(['consent_needed', ...CONSENT_EXEMPTIONS]).nullable(),
  abusive: z.boolean(),
  remedySought: z.string().nullable(),
  lang: z.string(),
  reasons: z.record(z.string(), z.array(z.string())),
  confidence: z.object({ type: z.number(), department: z.number() }).optional(),
});

/**
 * One intake from any channel, validated at the boundary. Chat, email, Teams and staff
 * recording a phone call all produce this; the case core takes nothing else.
 */
export const IntakeSchema = z
  .object({
    type: z.enum(FEEDBACK_TYPES),
    channel: z.enum(CHANNELS),
    /** When it reached us (email: the server's INTERNALDATE, not the sender's Date header). */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
    description: trimmed(20_000).min(1, 'tell us what happened'),
    department: z.enum(DEPARTMENTS).nullish(),
    service: optionalText(200),
    remedySought: optionalText(2_000),
    /** When the event happened, for the 12-month time limit (explained, not enforced). */
    eventDate: day.nullish(),
    anonymous: z.boolean().default(false),
    contact: z
      .object({
        name: optionalText(200),
        email: z.email('must be an email address').max(320).nullish(),
        phone: optionalText(50),
        address: optionalText(500),
        preferredMethod: z.enum(CONTACT_METHODS).nullish(),
      })
      .prefault({}),
    accessibilityNeeds: optionalText(1_000),
    parish: optionalText(100),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter language code')
      .default('en'),
    onBehalfOf: z
      .object({
        relationship: z.enum(RELATIONSHIPS),
        subjectName: optionalText(200),
        /** The policy's exemptions from the subject's consent (POLICY.md §2). */
        exemption: z.enum(CONSENT_EXEMPTIONS).nullish(),
        /** The subject's consent already came with the submission (signed form, present in person). */
        consentGiven: z.boolean().default(false),
      })
      .nullish(),
    /** JCSC: whether the person wants the feedback treated as a formal complaint. */
    formalComplaintConsent: z.boolean().nullish(),
    flags: z
      .object({
        outOfScope: z.enum(OUT_OF_SCOPE_REASONS).nullish(),
        safeguarding: z.boolean().default(false),
        abusive: z.boolean().default(false),
      })
      .prefault({}),
    classification: ClassificationSchema.nullish(),
    sourceMessageId: optionalText(998),
    recordedBy: optionalText(200),
  })
  .superRefine((intake, ctx) => {
    if (!intake.anonymous && !intake.contact.email && !intake.contact.phone && !intake.contact.address) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'give an email, phone or postal address, or choose to stay anonymous',
      });
    }
    if (intake.anonymous && intake.onBehalfOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['onBehalfOf'],
        message: 'feedback for someone else needs the representative’s contact details',
      });
    }
  });

export type IntakeInput = z.input<typeof IntakeSchema>;
export type Intake = z.output<typeof IntakeSchema>;

/** Parse an intake, or throw INVALID_INPUT with one message per field. */
export function parseIntake(input: unknown): Intake {
  const result = IntakeSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(intake)',
    message: issue.message,
  }));
  throw new AppError('INVALID_INPUT', `invalid intake: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues);
}
