import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );

/**
 * Configuration from the environment, validated once at start-up. Everything has an embedded
 * default so `npm start` runs on a laptop with no configuration.
 */
export const ConfigSchema = z.object({
  DATABASE_URL: z.string().optional(),
  POLICY_PROFILE: z.string().default('goj'),
  EXTRA_CLOSURE_DAYS: list.pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'closure days are YYYY-MM-DD'))),
  SCHOOL_CLOSURE_DAYS: list.pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'closure days are YYYY-MM-DD'))),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  MAIL_FROM: z.string().default('Customer Feedback <feedback@localhost>'),
  MESSAGE_ID_DOMAIN: z.string().optional(),
  SAFEGUARDING_ALERT_TO: z.string().optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`configuration error: ${problems}`);
  }
  return result.data;
}

/** The domain part of MAIL_FROM, for our own Message-IDs. */
export function messageIdDomain(config: Config): string {
  if (config.MESSAGE_ID_DOMAIN) return config.MESSAGE_ID_DOMAIN;
  const match = /@([^>\s]+)/.exec(config.MAIL_FROM);
  return match?.[1] ?? 'localhost';
}
