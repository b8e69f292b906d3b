import type { Classifier } from '../classify/classification.js';
import type { PolicyProfile } from '../policy/policy-profile.js';
import type { CaseStore } from './case-store.js';

/** What every case use case needs; time and ids are injected so tests are exact. */
export interface CaseDeps {
  store: CaseStore;
  profile: PolicyProfile;
  now: () => Date;
  newId: () => string;
  /** Domain of our own Message-IDs, e.g. "feedback.gov.je". */
  messageIdDomain: string;
  /** Where safeguarding alerts go at once (POLICY.md §5); null records the alert as undeliverable. */
  safeguardingAlertTo: string | null;
  /** Classifies intakes that arrive without a classification, so every case stores one. */
  classify?: Classifier;
}
