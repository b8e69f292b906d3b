import type { LanguageProfiles } from './language/detect-language.js';
import type { SoftmaxModel } from './learn/softmax-model.js';

/** The trained classifier as shipped in the repository (core/classify/model/classifier-model.json). */
export interface ClassifierModel {
  format: 'feedback-classifier/1';
  /** how many labelled lines it learnt from, and a hash of them: same corpus, same file */
  trainedOn: { examples: number; corpusSha256: string };
  type: SoftmaxModel;
  department: SoftmaxModel;
  /** backs up the safeguarding phrases: flags risk the phrases did not name (classes no, yes) */
  safeguarding: SoftmaxModel;
  /** backs up the abuse phrases on insults and threats they do not know (classes no, yes) */
  abusive: SoftmaxModel;
  language: LanguageProfiles;
  /** folded word → valence (natural's AFINN-165 for English and Portuguese, pattern for French) */
  sentiment: Record<string, number>;
}
