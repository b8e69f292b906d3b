import { conceptsOfWord, type ConceptIndex } from './text/concepts.js';
import { stem } from './text/stem.js';
import type { PreparedMessage } from './text/prepare.js';
import type { FeatureVector } from './learn/softmax-model.js';

/**
 * What the type and department models see: stemmed words and word pairs, cross-language
 * concepts, the subject line, punctuation and the sentiment of the words (natural's AFINN and
 * pattern lexicons, folded into the model at training time). Values are L2-normalised so long
 * emails and one-line chats weigh alike. Training and the classifier use the same extractor.
 */
export type FeatureExtractor = (message: PreparedMessage, lang: string) => FeatureVector;

/** What the features need to know about one word in one language, worked out once. */
interface Word {
  stem: string;
  /** feature names, built once: "u:<stem>", "s:<stem>", "g:<concept>"… */
  unigram: string;
  subject: string;
  concepts: readonly string[];
  /** two-word concepts starting with this word ("care home"): the next word's beginning */
  phrases: ReadonlyArray<{ next: string; concept: string }> | undefined;
  /** word pairs are kept after this word (BIGRAM_HEADS) */
  head: boolean;
  valence: number | undefined;
  negation: boolean;
}

const WORD_CACHE_LIMIT = 200_000;

export function createFeatureExtractor(concepts: ConceptIndex, sentiment: ReadonlyMap<string, number>): FeatureExtractor {
  // Most words recur across messages: stemming, concept lookup and name building happen once.
  const words = new Map<string, Map<string, Word>>();
  const wordOf = (token: string, lang: string, cache: Map<string, Word>): Word => {
    let word = cache.get(token);
    if (word === undefined) {
      const s = stem(token, lang);
      word = {
        stem: s,
        unigram: `u:${s}`,
        subject: `s:${s}`,
        concepts: conceptsOfWord(token, concepts).map((concept) => `g:${concept}`),
        phrases: concepts.phrases.get(token),
        head: BIGRAM_HEADS.has(s),
        valence: sentiment.get(token),
        negation: NEGATIONS.has(token),
      };
      if (cache.size > WORD_CACHE_LIMIT) cache.clear();
      cache.set(token, word);
    }
    return word;
  };

  return (message, lang) => {
    let cache = words.get(lang);
    if (!cache) {
      cache = new Map();
      words.set(lang, cache);
    }
    const { tokens } = message;
    const infos = new Array<Word>(tokens.length);
    for (let i = 0; i < tokens.length; i++) infos[i] = wordOf(tokens[i]!, lang, cache);

    const features: FeatureVector = new Map();
    const add = (name: string, value = 1) => features.set(name, (features.get(name) ?? 0) + value);
    let previous = '';
    for (const word of infos) {
      features.set(word.unigram, 1);
      if (previous) features.set(`b:${previous}_${word.stem}`, 1);
      previous = word.head ? word.stem : '';
    }
    for (const token of message.subjectTokens) add(wordOf(token, lang, cache).subject);
    // Concepts in order of appearance, each once (the only "g:" features, so `has` tells).
    for (let i = 0; i < infos.length; i++) {
      const word = infos[i]!;
      for (const concept of word.concepts) if (!features.has(concept)) features.set(concept, 1.5);
      const next = tokens[i + 1];
      if (word.phrases && next !== undefined)
        for (const pair of word.phrases)
          if (next.startsWith(pair.next) && !features.has(`g:${pair.concept}`)) features.set(`g:${pair.concept}`, 1.5);
    }
    let positive = 0;
    let negative = 0;
    let negated = false;
    for (const word of infos) {
      if (word.valence !== undefined) {
        const v = negated ? -word.valence : word.valence;
        if (v > 0) positive += v;
        else negative -= v;
      }
      negated = word.negation;
    }
    if (positive > 0) add('m:positive', Math.min(positive / 4, 2));
    if (negative > 0) add('m:negative', Math.min(negative / 4, 2));
    if (positive > 0 && negative > 0) add('m:mixed', 1);
    if (message.text.includes('?')) add('m:question');
    if (message.text.includes('!')) add('m:exclaim');
    add(CHANNEL[message.channel], 0.5);
    if (tokens.length < 8) add('m:short', 0.5);
    if (tokens.length > 60) add('m:long', 0.5);

    let norm = 0;
    for (const value of features.values()) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (const [name, value] of features) features.set(name, value / norm);
    return features;
  };
}

const CHANNEL = { chat: 'm:chat', email: 'm:email' } as const;

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
