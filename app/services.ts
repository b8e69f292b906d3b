import { randomUUID } from 'node:crypto';
import type { CaseDeps } from '../core/cases/case-deps.js';
import type { Classifier } from '../core/classify/classification.js';
import { ruleBasedClassifier } from '../core/classify/rule-based-classifier.js';
import type { PolicyProfile } from '../core/policy/policy-profile.js';
import { resolveProfile } from '../core/policy/profiles/index.js';
import { openStore, type Store } from '../prisma/store/open-store.js';
import { loadConfig, messageIdDomain, type Config } from './config.js';

export interface Services {
  config: Config;
  store: Store;
  profile: PolicyProfile;
  now: () => Date;
  newId: () => string;
  classify: Classifier;
  /** The dependencies every case use case takes. */
  caseDeps: CaseDeps;
  close(): Promise<void>;
}

export interface ServiceOverrides {
  env?: NodeJS.ProcessEnv;
  store?: Store;
  now?: () => Date;
  newId?: () => string;
  classify?: Classifier;
}

async function defaultClassifier(): Promise<Classifier> {
  // The trained classifier ships with the project; the keyword fallback keeps the service up if
  // its model file is missing or unreadable.
  try {
    const mod = await import('./classify/load-classifier.js');
    return mod.loadClassifier();
  } catch (error) {
    console.warn(`classifier: using the keyword fallback (${(error as Error).message})`);
    return ruleBasedClassifier;
  }
}

/** The composition root: configuration, store, policy, clock and classifier wired once. */
export async function createServices(overrides: ServiceOverrides = {}): Promise<Services> {
  const config = loadConfig(overrides.env ?? process.env);
  const profile = resolveProfile(config.POLICY_PROFILE, {
    extraClosureDays: config.EXTRA_CLOSURE_DAYS,
    schoolClosureDays: config.SCHOOL_CLOSURE_DAYS,
  });
  const store = overrides.store ?? (await openStore({ databaseUrl: config.DATABASE_URL }));
  const now = overrides.now ?? (() => new Date());
  const newId = overrides.newId ?? randomUUID;
  const classify = overrides.classify ?? (await defaultClassifier());
  const caseDeps: CaseDeps = {
    store: store.cases,
    profile,
    now,
    newId,
    messageIdDomain: messageIdDomain(config),
    safeguardingAlertTo: config.SAFEGUARDING_ALERT_TO ?? null,
    classify,
  };
  return { config, store, profile, now, newId, classify, caseDeps, close: () => store.close() };
}
