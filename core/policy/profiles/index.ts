import { PolicyProfileSchema, type PolicyProfile } from '../policy-profile.js';
import { devon } from './devon.js';
import { goj } from './goj.js';
import { jcsc } from './jcsc.js';

export const PROFILES: Readonly<Record<string, PolicyProfile>> = { goj, jcsc, devon };
export const DEFAULT_PROFILE_ID = 'goj';

/** A published profile by id, with optional overrides (e.g. extra closure days from configuration). */
export function resolveProfile(id: string = DEFAULT_PROFILE_ID, overrides: Partial<PolicyProfile> = {}): PolicyProfile {
  const base = PROFILES[id];
  if (!base) throw new Error(`unknown policy profile "${id}" (known: ${Object.keys(PROFILES).join(', ')})`);
  return PolicyProfileSchema.parse({ ...base, ...overrides });
}
