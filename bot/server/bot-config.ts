import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * The website chat's settings, read from the environment at the boundary.
 * Bot Framework settings keep the names Azure Bot Service documents (MicrosoftAppId, …) so an
 * existing bot registration's app settings work unchanged.
 */
const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const BotConfigSchema = z.object({
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Bot Framework registration; when MicrosoftAppId is set, /api/messages refuses unauthenticated calls. */
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  /** Private clouds and offline tests: where channel tokens' signing keys are published, and their issuer. */
  ToBotFromChannelOpenIdMetadataUrl: z.string().url().optional(),
  ToBotFromChannelTokenIssuer: z.string().optional(),
  ToBotFromEmulatorOpenIdMetadataUrl: z.string().url().optional(),
  ToChannelFromBotLoginUrl: z.string().url().optional(),
  ToChannelFromBotOAuthScope: z.string().optional(),
  OAuthUrl: z.string().url().optional(),
  ValidateAuthority: z.enum(['true', 'false']).optional(),
  /** Signs Direct Line tokens; instances behind one load balancer must share it. */
  DIRECTLINE_SECRET: z.string().min(16).optional(),
  DIRECTLINE_TOKEN_MINUTES: int(30),
  /** Point the page at Azure Direct Line instead of this server's endpoint (production option). */
  WEBCHAT_DIRECTLINE_DOMAIN: z.string().url().optional(),
  AZURE_DIRECTLINE_SECRET: z.string().optional(),
  /** Idle conversations (and the personal data typed into them) are forgotten after this. */
  BOT_STATE_TTL_MINUTES: int(60),
  DIRECTLINE_MESSAGES_PER_MINUTE_PER_CONVERSATION: int(30),
  /** Messages a person may send in a quick run (clicking buttons) before the rate applies. */
  DIRECTLINE_MESSAGE_BURST: int(20),
  DIRECTLINE_REQUESTS_PER_MINUTE_PER_ADDRESS: int(600),
  DIRECTLINE_MAX_OPEN_CONVERSATIONS_PER_ADDRESS: int(20),
  DIRECTLINE_MAX_ACTIVITY_BYTES: int(128 * 1024),
  /** Trust X-Forwarded-For (only behind a proxy that sets it). */
  BOT_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});
export type BotConfig = z.infer<typeof BotConfigSchema>;

export function readBotConfig(env: Record<string, string | undefined> = process.env): BotConfig {
  const picked = Object.fromEntries(
    Object.keys(BotConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  return BotConfigSchema.parse(picked);
}

/** A random Direct Line secret for a single instance when none is configured. */
export function directLineSecretOf(config: BotConfig): string {
  return config.DIRECTLINE_SECRET ?? randomBytes(32).toString('base64url');
}
