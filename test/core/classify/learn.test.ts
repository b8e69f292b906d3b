import { describe, expect, it } from 'vitest';
import { trainSoftmax } from '../../../core/classify/learn/train-softmax.js';
import { predict } from '../../../core/classify/learn/softmax-model.js';
import { fuseModels, predictFused, predictFusedList } from '../../../core/classify/learn/fused-softmax.js';
import { createFeatureExtractor } from '../../../core/classify/features.js';
import { buildConceptIndex } from '../../../core/classify/text/concepts.js';
import { prepareMessage } from '../../../core/classify/text/prepare.js';
import { scoreDetection, scoreField } from '../../../core/classify/metrics.js';

const vector = (...words: string[]) => new Map(words.map((w) => [w, 1 / Math.sqrt(words.length)]));
const EXAMPLES = [
  { features: vector('thank', 'kind'), label: 'compliment' },
  { features: vector('thank', 'great'), label: 'compliment' },
  { features: vector('late', 'rude'), label: 'complaint' },
  { features: vector('late', 'wait'), label: 'complaint' },
];

const options = { epochs: 30, learningRate: 0.5, l2: 1e-4, balanceClasses: true, minFeatureCount: 1, seed: 1 };

describe('softmax regression', () => {
  it('learns a separable problem and explains its choice', () => {
    const model = trainSoftmax(EXAMPLES, ['complaint', 'compliment'], options);
    expect(predict(model, vector('thank')).label).toBe('compliment');
    const guess = predict(model, vector('rude', 'wait'), 2);
    expect(guess.label).toBe('complaint');
    expect(guess.topFeatures).toEqual(expect.arrayContaining(['rude']));
  });
  it('is deterministic: same data, same weights', () => {
    expect(JSON.stringify(trainSoftmax(EXAMPLES, ['complaint', 'compliment'], options))).toBe(
      JSON.stringify(trainSoftmax(EXAMPLES, ['complaint', 'compliment'], options)),
    );
  });
  it('fused prediction equals separate prediction', () => {
    const a = trainSoftmax(EXAMPLES, ['complaint', 'compliment'], options);
    const b = trainSoftmax(EXAMPLES, ['compliment', 'complaint'], { ...options, seed: 2 });
    const features = vector('thank', 'late');
    const [fa, fb] = predictFused(fuseModels([a, b]), features);
    expect(fa!.probabilities[0]).toBeCloseTo(predict(a, features).probabilities[0]!, 10);
    expect(fb!.probabilities[1]).toBeCloseTo(predict(b, features).probabilities[1]!, 10);
  });
});

describe('feature list scoring', () => {
  it('gives exactly what scoring the feature map gives, message after message', () => {
    const extract = createFeatureExtractor(
      buildConceptIndex(),
      new Map([
        ['thank', 2],
        ['rude', -2],
      ]),
    );
    const texts = ['Thank you, the nurse was kind', 'Rude staff, not good, not good at all!', 'Could you add a bench?'];
    const training = texts.map((text, i) => ({
      features: extract(prepareMessage({ channel: 'chat', subject: null, text }), 'en'),
      label: ['compliment', 'complaint', 'suggestion'][i]!,
    }));
    const model = trainSoftmax(training, ['complaint', 'compliment', 'suggestion'], { ...options, epochs: 5 });
    const fused = fuseModels([model]);
    for (const text of [...texts, 'The nurse was rude? Thank you anyway.']) {
      const message = prepareMessage({ channel: 'email', subject: 'Re: thanks', text });
      expect(predictFusedList(fused, extract.list(message, 'en'), 2)).toEqual(predictFused(fused, extract(message, 'en'), 2));
    }
  });
});

describe('metrics', () => {
  it('computes per-label precision, recall and F1', () => {
    const report = scoreField('type', ['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    const a = report.labels.find((l) => l.label === 'a')!;
    const b = report.labels.find((l) => l.label === 'b')!;
    expect(a).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(b.precision).toBeCloseTo(2 / 3);
    expect(report.accuracy).toBe(0.75);
    expect(scoreDetection('flag', [true, false, true], [true, true, false])).toMatchObject({ precision: 0.5, recall: 0.5 });
  });
});
