import type { CaseDeps } from '../../../core/cases/case-deps.js';
import { resolveProfile } from '../../../core/policy/profiles/index.js';
import type { Store } from '../../../prisma/store/open-store.js';

/** Case dependencies with a settable clock and predictable ids, so dates and ids are exact. */
export function testDeps(store: Store, opts: { now: string; profile?: string; safeguardingAlertTo?: string | null }) {
  let now = new Date(opts.now);
  let seq = 0;
  const deps: CaseDeps = {
    store: store.cases,
    profile: resolveProfile(opts.profile ?? 'goj'),
    now: () => now,
    newId: () => `id-${String(++seq).padStart(6, '0')}-${Math.random().toString(36).slice(2, 8)}`,
    messageIdDomain: 'feedback.test',
    safeguardingAlertTo: opts.safeguardingAlertTo === undefined ? 'safeguarding@feedback.test' : opts.safeguardingAlertTo,
  };
  return {
    deps,
    setNow(iso: string) {
      now = new Date(iso);
    },
  };
}

export const complaint = {
  type: 'complaint',
  channel: 'web_chat',
  receivedAt: '2026-06-10T09:00:00Z',
  description: 'The bus did not stop for my wheelchair three times this week.',
  remedySought: 'Drivers trained to stop for wheelchair users',
  contact: { name: 'Ann Le Sueur', email: 'ann@example.org', preferredMethod: 'email' },
};
