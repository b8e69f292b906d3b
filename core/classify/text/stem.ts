import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';

/**
 * natural's Porter stemmers for English, Portuguese and French. natural has none that is usable
 * for Romanian, and its Polish one needs a dictionary, so those two get a prefix stem (the first
 * six letters): crude, but inflection in both is mostly at the end of the word.
 * Stems are cached: a typical message repeats common words and stemming dominates the cost.
 */
const STEMMERS: Record<string, (token: string) => string> = {
  en: (t) => porterEn.stem(t),
  pt: (t) => porterPt.stem(t),
  fr: (t) => porterFr.stem(t),
};

const prefixStem = (token: string): string => (token.length > 6 ? token.slice(0, 6) : token);
const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

export function stem(token: string, lang: string): string {
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57 && isNumber(token)) return '#num';
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    const stemmer = STEMMERS[lang] ?? prefixStem;
    stemmed = stemmer(token);
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}

function isNumber(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
