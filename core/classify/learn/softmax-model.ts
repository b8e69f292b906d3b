/**
 * A multinomial logistic regression (softmax) over sparse features: one weight per
 * (feature, class) and one bias per class. Prediction is a sparse dot product, so the cost of a
 * message is its number of features, not the vocabulary size (natural's BayesClassifier builds a
 * dense vector over the whole vocabulary for every message, too slow for 2,000 messages/s).
 */
export interface SoftmaxModel {
  classes: string[];
  bias: number[];
  /** feature → one weight per class */
  weights: Record<string, number[]>;
}

export type FeatureVector = Map<string, number>;

export interface Prediction {
  label: string;
  probability: number;
  probabilities: number[];
  /** features that pushed hardest towards the chosen class, best first */
  topFeatures: string[];
}

export function predict(model: SoftmaxModel, features: FeatureVector, explain = 0): Prediction {
  const scores = model.bias.slice();
  const k = scores.length;
  for (const [feature, value] of features) {
    const w = model.weights[feature];
    if (!w) continue;
    for (let c = 0; c < k; c++) scores[c]! += w[c]! * value;
  }
  const probabilities = softmax(scores);
  let best = 0;
  for (let c = 1; c < k; c++) if (probabilities[c]! > probabilities[best]!) best = c;
  let topFeatures: string[] = [];
  if (explain > 0) {
    const contributions: Array<[string, number]> = [];
    for (const [feature, value] of features) {
      const w = model.weights[feature];
      if (w) contributions.push([feature, w[best]! * value]);
    }
    topFeatures = contributions
      .filter(([, c]) => c > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, explain)
      .map(([f]) => f);
  }
  return { label: model.classes[best]!, probability: probabilities[best]!, probabilities, topFeatures };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
