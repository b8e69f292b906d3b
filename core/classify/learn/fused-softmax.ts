import { softmax, type FeatureVector, type Prediction, type SoftmaxModel } from './softmax-model.js';

/**
 * Several softmax models over the same features, fused into one table at load time: one map
 * lookup per feature scores the type and the department together (speed target of issue 3).
 */
export interface FusedModels {
  models: SoftmaxModel[];
  offsets: number[];
  width: number;
  weights: Map<string, Float64Array>;
}

export function fuseModels(models: SoftmaxModel[]): FusedModels {
  const offsets: number[] = [];
  let width = 0;
  for (const model of models) {
    offsets.push(width);
    width += model.classes.length;
  }
  const weights = new Map<string, Float64Array>();
  models.forEach((model, m) => {
    for (const [feature, row] of Object.entries(model.weights)) {
      let fused = weights.get(feature);
      if (!fused) {
        fused = new Float64Array(width);
        weights.set(feature, fused);
      }
      fused.set(row, offsets[m]!);
    }
  });
  return { models, offsets, width, weights };
}

export function predictFused(fused: FusedModels, features: FeatureVector, explain = 0): Prediction[] {
  const scores = new Float64Array(fused.width);
  const rows: Float64Array[] = [];
  const values: number[] = [];
  const names: string[] = [];
  for (const [feature, value] of features) {
    const row = fused.weights.get(feature);
    if (!row) continue;
    rows.push(row);
    values.push(value);
    names.push(feature);
    for (let c = 0; c < row.length; c++) scores[c]! += row[c]! * value;
  }
  return fused.models.map((model, m) => {
    const offset = fused.offsets[m]!;
    const k = model.classes.length;
    const raw = model.bias.map((b, c) => b + scores[offset + c]!);
    const probabilities = softmax(raw);
    let best = 0;
    for (let c = 1; c < k; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    return {
      label: model.classes[best]!,
      probability: probabilities[best]!,
      probabilities,
      topFeatures: topContributors(rows, values, names, offset + best, explain),
    };
  });
}

/** The n features adding most to one class score, best first (a small selection, no sort). */
function topContributors(rows: Float64Array[], values: number[], names: string[], column: number, n: number): string[] {
  if (n <= 0) return [];
  const best: Array<[string, number]> = [];
  for (let i = 0; i < rows.length; i++) {
    const contribution = rows[i]![column]! * values[i]!;
    if (contribution <= 0) continue;
    if (best.length < n) best.push([names[i]!, contribution]);
    else if (contribution > best[best.length - 1]![1]) best[best.length - 1] = [names[i]!, contribution];
    else continue;
    best.sort((a, b) => b[1] - a[1]);
  }
  return best.map(([name]) => name);
}
