import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassifier, MODEL_FILE, readModel } from '../../../app/classify/load-classifier.js';
import { readHeldOutSplit, readTrainingSplit } from '../../../app/classify/read-corpus.js';
import { loadSentimentLexicon } from '../../../app/classify/sentiment-lexicon.js';
import { serialiseModel } from '../../../app/classify/train-model.js';
import { trainClassifier } from '../../../core/classify/learn/train-classifier.js';

describe('the shipped model', () => {
  it('is what `intake train` makes from the shipped corpus (training is reproducible)', async () => {
    const trained = serialiseModel(trainClassifier(readTrainingSplit(), { sentiment: await loadSentimentLexicon() }));
    expect(trained).toBe(readFileSync(MODEL_FILE, 'utf8'));
  });

  it('never saw the held-out split', () => {
    const training = new Set(readTrainingSplit().map((e) => e.text));
    const heldOut = readHeldOutSplit();
    expect(heldOut.length).toBeGreaterThan(100);
    expect(heldOut.filter((e) => training.has(e.text))).toEqual([]);
    expect(readModel().trainedOn.examples).toBe(readTrainingSplit().length);
  });

  it('loads fast and classifies a message', () => {
    const started = performance.now();
    const classify = loadClassifier(MODEL_FILE);
    const loadMs = performance.now() - started;
    expect(loadMs).toBeLessThan(1000);
    const result = classify({
      channel: 'email',
      subject: 'Pothole',
      text: 'There is a huge pothole on La Route du Fort. I want my tyre paid for.',
    });
    expect(result).toMatchObject({ type: 'complaint', department: 'infrastructure', lang: 'en', outOfScope: null });
    expect(result.remedySought).toBe('my tyre paid for');
    expect(result.reasons.department!.length).toBeGreaterThan(0);
  });

  it('reads the writer, not the quoted reply', () => {
    const classify = loadClassifier();
    const result = classify({
      channel: 'email',
      subject: 'RE: Your appointment',
      text: 'Thank you so much, the nurses were brilliant.\n\nOn 2 May, Patient Administration wrote:\n> We are sorry your operation was cancelled. If you want to kill yourself waiting...',
    });
    expect(result).toMatchObject({ type: 'compliment', safeguarding: false });
  });
});
