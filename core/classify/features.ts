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
export interface FeatureExtractor {
  /** feature name → value, L2-normalised (training) */
  (message: PreparedMessage, lang: string): FeatureVector;
  /**
   * The same features as a list, in the same order, with the norm to divide their values by:
   * scoring reads it without building a map per message. Valid until the next call.
   */
  list(message: PreparedMessage, lang: string): FeatureList;
}

/**
 * One feature, interned by name for the extractor's lifetime: a message marks the features it
 * has (`seen`), so repeated words cost no map operation, and a model can remember where the
 * feature's weights are (`row`, for the model in `rowOf`).
 */
export interface Feature {
  readonly name: string;
  /** this message's raw value (before normalisation) */
  value: number;
  seen: number;
  rowOf: unknown;
  row: number;
}

export interface FeatureList {
  features: Feature[];
  /** L2 norm of the values */
  norm: number;
}

/** What the features need to know about one word in one language, worked out once. */
interface Word {
  stem: string;
  unigram: Feature;
  subject: Feature;
  concepts: readonly Feature[];
  /** two-word concepts starting with this word ("care home"): the next word's beginning */
  phrases: ReadonlyArray<{ next: string; concept: Feature }> | undefined;
  /** word pairs are kept after this word (BIGRAM_HEADS): the pairs met so far, by next stem */
  pairs: Map<string, Feature> | null;
  valence: number | undefined;
  negation: boolean;
}

const CACHE_LIMIT = 200_000;

export function createFeatureExtractor(concepts: ConceptIndex, sentiment: ReadonlyMap<string, number>): FeatureExtractor {
  // Most words recur across messages: stemming, concept lookup and name building happen once.
  let features = new Map<string, Feature>();
  let words = new Map<string, Map<string, Word>>();
  const feature = (name: string): Feature => {
    let f = features.get(name);
    if (f === undefined) {
      f = { name, value: 0, seen: 0, rowOf: null, row: -1 };
      features.set(name, f);
    }
    return f;
  };
  const wordOf = (token: string, lang: string, cache: Map<string, Word>): Word => {
    let word = cache.get(token);
    if (word === undefined) {
      const s = stem(token, lang);
      word = {
        stem: s,
        unigram: feature(`u:${s}`),
        subject: feature(`s:${s}`),
        concepts: conceptsOfWord(token, concepts).map((concept) => feature(`g:${concept}`)),
        phrases: concepts.phrases.get(token)?.map(({ next, concept }) => ({ next, concept: feature(`g:${concept}`) })),
        pairs: BIGRAM_HEADS.has(s) ? new Map() : null,
        valence: sentiment.get(token),
        negation: NEGATIONS.has(token),
      };
      cache.set(token, word);
    }
    return word;
  };
  const fixed = (name: string) => feature(name);
  let generation = 0;

  const list = (message: PreparedMessage, lang: string): FeatureList => {
    if (features.size > CACHE_LIMIT) {
      features = new Map();
      words = new Map();
    }
    let cache = words.get(lang);
    if (!cache) {
      cache = new Map();
      words.set(lang, cache);
    }
    const seen = ++generation;
    const out: Feature[] = [];
    // set: the value replaces any earlier one; add: values of repeats add up
    const set = (f: Feature, value: number) => {
      if (f.seen !== seen) {
        f.seen = seen;
        out.push(f);
      }
      f.value = value;
    };
    const add = (f: Feature, value = 1) => {
      if (f.seen !== seen) {
        f.seen = seen;
        f.value = 0;
        out.push(f);
      }
      f.value += value;
    };
    const { tokens } = message;
    const infos = new Array<Word>(tokens.length);
    for (let i = 0; i < tokens.length; i++) infos[i] = wordOf(tokens[i]!, lang, cache);

    let previous: Word | null = null;
    for (const word of infos) {
      set(word.unigram, 1);
      if (previous !== null) {
        let pair = previous.pairs!.get(word.stem);
        if (pair === undefined) {
          pair = feature(`b:${previous.stem}_${word.stem}`);
          previous.pairs!.set(word.stem, pair);
        }
        set(pair, 1);
      }
      previous = word.pairs !== null ? word : null;
    }
    for (const token of message.subjectTokens) add(wordOf(token, lang, cache).subject);
    // Concepts in order of appearance, each once.
    for (let i = 0; i < infos.length; i++) {
      const word = infos[i]!;
      for (const concept of word.concepts) if (concept.seen !== seen) set(concept, 1.5);
      const next = tokens[i + 1];
      if (word.phrases && next !== undefined)
        for (const pair of word.phrases) if (next.startsWith(pair.next) && pair.concept.seen !== seen) set(pair.concept, 1.5);
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
    if (positive > 0) add(fixed('m:positive'), Math.min(positive / 4, 2));
    if (negative > 0) add(fixed('m:negative'), Math.min(negative / 4, 2));
    if (positive > 0 && negative > 0) add(fixed('m:mixed'), 1);
    if (message.text.includes('?')) add(fixed('m:question'));
    if (message.text.includes('!')) add(fixed('m:exclaim'));
    add(fixed(CHANNEL[message.channel]), 0.5);
    if (tokens.length < 8) add(fixed('m:short'), 0.5);
    if (tokens.length > 60) add(fixed('m:long'), 0.5);

    let norm = 0;
    for (const f of out) norm += f.value * f.value;
    return { features: out, norm: Math.sqrt(norm) || 1 };
  };

  const extract = ((message: PreparedMessage, lang: string): FeatureVector => {
    const { features: found, norm } = list(message, lang);
    const vector: FeatureVector = new Map();
    for (const f of found) vector.set(f.name, f.value / norm);
    return vector;
  }) as FeatureExtractor;
  extract.list = list;
  return extract;
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
