import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'restify';

const salt = randomBytes(16);

/**
 * The caller's address as an opaque key for rate limits and caps: hashed with a per-process
 * salt so neither logs nor memory hold the address in clear (POLICY.md §9, confidentiality).
 */
export function clientAddressKey(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const address = forwarded || req.socket.remoteAddress || 'unknown';
  return createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}
