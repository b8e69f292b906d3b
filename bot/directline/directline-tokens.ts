import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

/**
 * Direct Line 3.0 tokens ("Authentication" in the Direct Line API 3.0 reference): a token is
 * bound to ONE conversation, expires (Azure: 30 minutes) and can be refreshed before it expires.
 * We sign them (HS256) with the Direct Line secret so any instance sharing the secret accepts them.
 */
const TokenClaimsSchema = z.object({
  conv: z.string().min(1),
  user: z.string().min(1),
});
export type DirectLineTokenClaims = z.infer<typeof TokenClaimsSchema>;

export interface IssuedToken {
  token: string;
  expires_in: number;
}

export interface DirectLineTokens {
  issue(claims: DirectLineTokenClaims): IssuedToken;
  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string): DirectLineTokenClaims | null;
}

const ISSUER = 'feedback-intake/directline';

export function createDirectLineTokens(options: { secret: string; lifetimeSeconds: number }): DirectLineTokens {
  // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it
  // as a PEM public/private key on every call, which cost more than the rest of a request.
  const key = createSecretKey(Buffer.from(options.secret));
  // Web Chat polls every second with the same token: remember tokens already verified until
  // they expire (bounded, oldest dropped first).
  const verified = new Map<string, { claims: DirectLineTokenClaims; exp: number }>();
  const MAX_REMEMBERED = 10_000;
  return {
    issue(claims) {
      const token = jwt.sign(claims, key, {
        algorithm: 'HS256',
        expiresIn: options.lifetimeSeconds,
        issuer: ISSUER,
      });
      return { token, expires_in: options.lifetimeSeconds };
    },
    verify(token) {
      const known = verified.get(token);
      if (known) {
        if (known.exp > Date.now() / 1000) return known.claims;
        verified.delete(token);
        return null;
      }
      try {
        const payload = jwt.verify(token, key, { algorithms: ['HS256'], issuer: ISSUER });
        const parsed = TokenClaimsSchema.safeParse(payload);
        if (!parsed.success) return null;
        const exp = (payload as { exp?: number }).exp ?? 0;
        if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value as string);
        verified.set(token, { claims: parsed.data, exp });
        return parsed.data;
      } catch {
        return null;
      }
    },
  };
}
