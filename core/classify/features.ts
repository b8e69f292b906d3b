import { conceptsOf, type ConceptIndex } from './text/concepts.js';
import { stem } from './text/stem.js';
import type { PreparedMessage } from './text/prepare.js';
import type { FeatureVector } from './learn/softmax-model.js';

/**
 * What the type and department models see: stemmed words and word pairs, cross-language
 * concepts, the subject line, punctuation and the sentiment of the words (natural's AFINN and
 * pattern lexicons, folded into the model at training time). Values are L2-normalised so long
 * emails and one-line chats weigh alike.
 */
export function extractFeatures(
  message: PreparedMessage,
  lang: string,
  concepts: ConceptIndex,
  sentiment: ReadonlyMap<string, number>,
): FeatureVector {
  const features: FeatureVector = new Map();
  const add = (name: string, value = 1) => features.set(name, (features.get(name) ?? 0) + value);
  const stems = message.tokens.map((token) => stem(token, lang));
  let previous = '';
  for (const s of stems) {
    features.set(`u:${s}`, 1);
    if (previous) features.set(`b:${previous}_${s}`, 1);
    previous = BIGRAM_HEADS.has(s) ? s : '';
  }
  for (const token of message.subjectTokens) add(`s:${stem(token, lang)}`);
  const seenConcepts = new Set<string>();
  for (const concept of conceptsOf(message.tokens, concepts)) {
    if (seenConcepts.has(concept)) continue;
    seenConcepts.add(concept);
    add(`g:${concept}`, 1.5);
  }
  let positive = 0;
  let negative = 0;
  let negated = false;
  for (const token of message.tokens) {
    const valence = sentiment.get(token);
    if (valence !== undefined) {
      const v = negated ? -valence : valence;
      if (v > 0) positive += v;
      else negative -= v;
    }
    negated = NEGATIONS.has(token);
  }
  if (positive > 0) add('m:positive', Math.min(positive / 4, 2));
  if (negative > 0) add('m:negative', Math.min(negative / 4, 2));
  if (positive > 0 && negative > 0) add('m:mixed', 1);
  if (message.text.includes('?')) add('m:question');
  if (message.text.includes('!')) add('m:exclaim');
  add(`m:${message.channel}`, 0.5);
  if (message.tokens.length < 8) add('m:short', 0.5);
  if (message.tokens.length > 60) add('m:long', 0.5);

  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [name, value] of features) features.set(name, value / norm);
  return features;
}

/**
 * Word pairs are kept only after these (stemmed) words, where the pair changes the meaning:
 * "not good", "could you", "would be", "why is", "thank you", "no one", "well done". Every other
 * pair costs time (issue 3 speed target) and adds little.
 */
const BIGRAM_HEADS = new Set([
  'not',
  'no',
  'never',
  'nobodi',
  'could',
  'would',
  'should',
  'can',
  'why',
  'how',
  'when',
  'what',
  'thank',
  'pleas',
  'well',
  'great',
  'love',
  'so',
  'too',
  'veri',
  'realli',
  'just',
  'still',
  'again',
  'i',
  'we',
  'you',
  'it',
  'is',
  'wa',
  'be',
  'mayb',
  'perhap',
  'suggest',
  'idea',
  'wonder',
  'nao',
  'nie',
  'nu',
  'ne',
  'pa',
  'seria',
  'ar',
  'fi',
  'merci',
  'obrigad',
  'dziekuj',
  'multume',
  'de',
  'ce',
  'pourquoi',
  'dlaczeg',
  'porqu',
]);

/** Negators in the five languages: "not good" counts as negative. */
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nao',
  'nem',
  'nie',
  'nu',
  'ne',
  'pas',
  'jamais',
  'isn',
  'wasn',
  'don',
  'didn',
  'doesn',
  'won',
  't',
]);
