import { describe, expect, it } from 'vitest';
import { crossValidateByWriter } from '../../../app/classify/evaluate.js';
import { readLabelledFile, CORPUS_DIR } from '../../../app/classify/read-corpus.js';
import { loadSentimentLexicon } from '../../../app/classify/sentiment-lexicon.js';
import path from 'node:path';

describe('leaving one writer out (eval --by-writer)', () => {
  it('scores each writer with a model that never saw that writer, then all writers together', async () => {
    const first = readLabelledFile(path.join(CORPUS_DIR, 'train.jsonl')).slice(0, 120);
    const second = readLabelledFile(path.join(CORPUS_DIR, 'writer-b-types.jsonl')).slice(0, 80);
    const evaluations = crossValidateByWriter(
      [
        { name: 'first', examples: first },
        { name: 'second', examples: second },
      ],
      await loadSentimentLexicon(),
    );
    expect(evaluations.map((e) => [e.name.split(',')[0], e.count])).toEqual([
      ['first', 120],
      ['second', 80],
      ['all writers', 200],
    ]);
    // A model that had seen the messages would get the types nearly all right; one trained on
    // 80 or 120 messages by someone else cannot.
    for (const e of evaluations) expect(e.targets.typeMacroF1).toBeLessThan(0.95);
  });
});
