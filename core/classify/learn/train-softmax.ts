import { softmax, type FeatureVector, type SoftmaxModel } from './softmax-model.js';

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, keeps rare words from dominating */
  l2: number;
  /** weight each class inversely to its frequency: we are judged on macro-F1 */
  balanceClasses: boolean;
  /** drop features seen in fewer examples than this */
  minFeatureCount: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 40,
  learningRate: 0.5,
  // Chosen by leaving one writer out at a time (`npm run intake -- eval --by-writer`), 3,240
  // messages by seven writers, type macro-F1 / department accuracy: 1e-4 0.763 / 0.819,
  // 3e-4 0.785 / 0.827, 1e-3 0.803 / 0.828, 3e-3 0.805 / 0.818. Plain k-fold favoured 1e-4,
  // but it rewards learning one writer's habits; messages by other people need the stronger penalty.
  l2: 3e-3,
  balanceClasses: true,
  // A word seen in one message cannot tell a writer's habit from a signal. Leaving one writer
  // out: type macro-F1 / department accuracy 0.806 / 0.818 with 1, 0.809 / 0.822 with 2,
  // 0.805 / 0.828 with 3; 2 halves the model, so it loads faster and takes less memory.
  minFeatureCount: 3,
  seed: 20260101,
};

/**
 * Fit a softmax regression with AdaGrad. Deterministic: the example order comes from a seeded
 * generator and features are visited in insertion order, so the same corpus gives the same file
 * (issue 3: "training is reproducible").
 */
export function trainSoftmax(
  examples: ReadonlyArray<{ features: FeatureVector; label: string }>,
  classes: readonly string[],
  options: TrainingOptions = DEFAULT_TRAINING,
): SoftmaxModel {
  const k = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const documentFrequency = new Map<string, number>();
  for (const { features } of examples)
    for (const f of features.keys()) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const keep = (f: string) => (documentFrequency.get(f) ?? 0) >= options.minFeatureCount;

  const counts = classes.map((c) => examples.filter((e) => e.label === c).length);
  const classWeight = counts.map((n) => (options.balanceClasses && n > 0 ? examples.length / (k * n) : 1));

  const weights = new Map<string, Float64Array>();
  const gradSq = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const biasGradSq = new Float64Array(k).fill(1e-8);
  const random = mulberry32(options.seed);
  const order = examples.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const example = examples[i]!;
      const target = classIndex.get(example.label);
      if (target === undefined) continue;
      const scores = Array.from(bias);
      const active: Array<[Float64Array, Float64Array, number]> = [];
      for (const [feature, value] of example.features) {
        if (!keep(feature)) continue;
        let w = weights.get(feature);
        let g = gradSq.get(feature);
        if (!w || !g) {
          w = new Float64Array(k);
          g = new Float64Array(k).fill(1e-8);
          weights.set(feature, w);
          gradSq.set(feature, g);
        }
        active.push([w, g, value]);
        for (let c = 0; c < k; c++) scores[c]! += w[c]! * value;
      }
      const probabilities = softmax(scores);
      const scale = classWeight[target]!;
      for (let c = 0; c < k; c++) {
        const error = (probabilities[c]! - (c === target ? 1 : 0)) * scale;
        biasGradSq[c]! += error * error;
        bias[c]! -= (options.learningRate * error) / Math.sqrt(biasGradSq[c]!);
        for (const [w, g, value] of active) {
          const gradient = error * value + options.l2 * w[c]!;
          g[c]! += gradient * gradient;
          w[c]! -= (options.learningRate * gradient) / Math.sqrt(g[c]!);
        }
      }
    }
  }

  const rounded: Record<string, number[]> = {};
  for (const feature of [...weights.keys()].sort()) {
    const w = Array.from(weights.get(feature)!, round);
    if (w.some((x) => x !== 0)) rounded[feature] = w;
  }
  return { classes: [...classes], bias: Array.from(bias, round), weights: rounded };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Small seeded PRNG (public-domain mulberry32): same seed, same sequence, on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
