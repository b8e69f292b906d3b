import { createHash } from 'node:crypto';
import { DEPARTMENTS, FEEDBACK_TYPES } from '../../domain/vocabulary.js';
import type { LabelledExample } from '../labelled-example.js';
import type { ClassifierModel } from '../model.js';
import { buildConceptIndex } from '../text/concepts.js';
import { prepareMessage } from '../text/prepare.js';
import { foldText } from '../text/fold.js';
import { createFeatureExtractor } from '../features.js';
import { learnLanguageProfiles } from '../language/detect-language.js';
import { DEFAULT_TRAINING, trainSoftmax, type TrainingOptions } from './train-softmax.js';

/**
 * The safeguarding model backs up the phrases on wordings they do not know, so it must carry
 * over to new wordings more than it must fit the corpus: a stronger L2 penalty. 5-fold
 * cross-validation on the training split, the model alone at its best threshold
 * (`npm run intake -- eval --sweep-safeguarding` with each value): F1 0.73 with 1e-4,
 * 0.76 with 1e-3, 0.77 with 5e-3, 0.77 with 1e-2; at the flag's threshold (0.4) the stronger
 * penalties also keep its precision higher.
 */
export const SAFEGUARDING_TRAINING: Partial<TrainingOptions> = { l2: 0.005 };

export interface TrainClassifierOptions {
  /** folded word → valence, from natural's sentiment lexicons (read by app/classify) */
  sentiment: Record<string, number>;
  training?: Partial<TrainingOptions>;
}

/**
 * Learn the type and department models and the language profiles from labelled examples.
 * Deterministic (no clock, no randomness but a seeded one): the same examples give a
 * byte-identical model.
 */
export function trainClassifier(examples: readonly LabelledExample[], options: TrainClassifierOptions): ClassifierModel {
  const sorted = [...examples].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const language = learnLanguageProfiles(
    sorted.flatMap((e) => {
      const text = `${e.subject ?? ''} ${e.text}`;
      // People often type without diacritics: learn both spellings.
      const folded = foldText(text);
      return folded === text.toLowerCase()
        ? [{ text, lang: e.lang }]
        : [
            { text, lang: e.lang },
            { text: folded, lang: e.lang },
          ];
    }),
  );
  const extractFeatures = createFeatureExtractor(buildConceptIndex(), new Map(Object.entries(options.sentiment)));
  const featurised = sorted.flatMap((example) =>
    variants(example).map((message) => ({
      example,
      features: extractFeatures(prepareMessage(message), example.lang),
    })),
  );
  const training = { ...DEFAULT_TRAINING, ...options.training };
  const type = trainSoftmax(
    featurised.map(({ example, features }) => ({ features, label: example.type })),
    FEEDBACK_TYPES,
    training,
  );
  const safeguarding = trainSoftmax(
    featurised.map(({ example, features }) => ({ features, label: example.safeguarding ? 'yes' : 'no' })),
    ['no', 'yes'],
    { ...training, ...SAFEGUARDING_TRAINING, ...options.training },
  );
  // The abuse phrases' backup, trained like the safeguarding one.
  const abusive = trainSoftmax(
    featurised.map(({ example, features }) => ({ features, label: example.abusive ? 'yes' : 'no' })),
    ['no', 'yes'],
    { ...training, ...SAFEGUARDING_TRAINING, ...options.training },
  );
  const department = trainSoftmax(
    featurised.map(({ example, features }) => ({ features, label: example.department })),
    DEPARTMENTS,
    training,
  );
  const hash = createHash('sha256');
  for (const example of sorted) hash.update(JSON.stringify(example)).update('\n');
  return {
    format: 'feedback-classifier/1',
    trainedOn: { examples: sorted.length, corpusSha256: hash.digest('hex') },
    type,
    department,
    safeguarding,
    abusive,
    language,
    sentiment: sortKeys(options.sentiment),
  };
}

/**
 * Each labelled message, plus an email without its subject line (channels differ: a chat has
 * no subject, and a subject alone should not carry the label).
 */
function variants(example: LabelledExample) {
  const base = { channel: example.channel, subject: example.subject, text: example.text };
  return example.subject ? [base, { channel: 'chat' as const, subject: null, text: example.text }] : [base];
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
