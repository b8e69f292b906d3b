import { z } from 'zod';

/**
 * A published feedback policy as data (POLICY.md §3). Profiles differ only in these numbers and
 * calendars; no code branches on the profile id.
 */
export const PolicyProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]+$/),
  name: z.string(),
  organisation: z.string(),
  timeZone: z.string(),
  holidays: z.object({ country: z.string(), state: z.string().optional() }),
  /** One-off closures declared by the organisation ('YYYY-MM-DD'). */
  extraClosureDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  /** School holidays: complaints about schools count school days (GoJ "Timeframes Stage 3"). */
  schoolClosureDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
  /** Received later than this local time on a working day: the clock starts next working day. */
  cutOff: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  initialResponse: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('working_days'), days: z.number().int().positive() }),
    z.object({
      kind: z.literal('working_hours'),
      hours: z.number().int().positive(),
      /** When a late or non-working-day submission's hours start on the next working day. */
      nextDayStartsAt: z.string().regex(/^\d{2}:\d{2}$/),
    }),
  ]),
  stageTargets: z.object({ 1: z.number().int().positive(), 2: z.number().int().positive(), 3: z.number().int().positive() }),
  /** Longer targets for social care of an adult or child (Devon). */
  socialCareStageTargets: z
    .object({ 1: z.number().int().positive(), 2: z.number().int().positive(), 3: z.number().int().positive() })
    .optional(),
  escalationWindowWorkingDays: z.number().int().positive(),
  consentWindowWorkingDays: z.number().int().positive(),
  timeLimitMonths: z.number().int().positive(),
  /** JCSC: "We do need your consent to treat your feedback as a complaint". */
  asksFormalComplaintConsent: z.boolean(),
  contact: z.object({
    phone: z.string(),
    email: z.string(),
    web: z.string(),
    post: z.string(),
    emergency: z.string(),
  }),
  /** Where a complaint goes after the last stage (GoJ: the States of Jersey Complaints Panel). */
  externalReview: z.string(),
});

export type PolicyProfile = z.infer<typeof PolicyProfileSchema>;
export type StageTargets = PolicyProfile['stageTargets'];
