import type { FeatureList } from '../features.js';
import type { FeatureVector, Prediction, SoftmaxModel } from './softmax-model.js';

/**
 * Several softmax models over the same features, fused into one table at load time: one map
 * lookup per feature scores the type, the department and the safeguarding backup together
 * (speed target of issue 3). The weights sit in one typed array, a row of `width` numbers per
 * feature, so scoring reads contiguous memory; scratch buffers are reused between messages
 * (prediction is synchronous), so a message allocates only its results.
 */
export interface FusedModels {
  models: SoftmaxModel[];
  /** first column of each model in a row */
  offsets: number[];
  /** columns per row: the classes of all models */
  width: number;
  /** feature → offset of its row in `table` */
  rows: Map<string, number>;
  table: Float64Array;
  /** per message: the known features' row offsets, values and names, in order */
  scratch: { rows: Int32Array; values: Float64Array; names: string[]; scores: Float64Array };
}

export function fuseModels(models: SoftmaxModel[]): FusedModels {
  const offsets: number[] = [];
  let width = 0;
  for (const model of models) {
    offsets.push(width);
    width += model.classes.length;
  }
  const rows = new Map<string, number>();
  for (const model of models)
    for (const feature of Object.keys(model.weights)) if (!rows.has(feature)) rows.set(feature, rows.size * width);
  const table = new Float64Array(rows.size * width);
  models.forEach((model, m) => {
    for (const [feature, row] of Object.entries(model.weights)) table.set(row, rows.get(feature)! + offsets[m]!);
  });
  const scratch = { rows: new Int32Array(256), values: new Float64Array(256), names: [], scores: new Float64Array(width) };
  return { models, offsets, width, rows, table, scratch };
}

export function predictFused(fused: FusedModels, features: FeatureVector, explain = 0): Prediction[] {
  const scratch = reserve(fused, features.size);
  const index = fused.rows;
  let known = 0;
  for (const [feature, value] of features) {
    const row = index.get(feature);
    if (row === undefined) continue;
    scratch.rows[known] = row;
    scratch.values[known] = value;
    scratch.names[known] = feature;
    known++;
  }
  return predictKnown(fused, known, explain);
}

/**
 * The same as `predictFused` for features as the extractor lists them (features.ts): each
 * feature remembers its row in this table, so a message costs no map lookup per feature.
 */
export function predictFusedList(fused: FusedModels, list: FeatureList, explain = 0): Prediction[] {
  const scratch = reserve(fused, list.features.length);
  let known = 0;
  for (const feature of list.features) {
    if (feature.rowOf !== fused) {
      feature.rowOf = fused;
      feature.row = fused.rows.get(feature.name) ?? -1;
    }
    if (feature.row < 0) continue;
    scratch.rows[known] = feature.row;
    scratch.values[known] = feature.value / list.norm;
    scratch.names[known] = feature.name;
    known++;
  }
  return predictKnown(fused, known, explain);
}

function reserve(fused: FusedModels, size: number): FusedModels['scratch'] {
  const scratch = fused.scratch;
  if (scratch.rows.length < size) {
    scratch.rows = new Int32Array(size * 2);
    scratch.values = new Float64Array(size * 2);
  }
  return scratch;
}

/** Scores of every model from the first `known` features in the scratch arrays. */
function predictKnown(fused: FusedModels, known: number, explain: number): Prediction[] {
  const { table, width } = fused;
  const { rows, values, scores } = fused.scratch;
  scores.fill(0);
  for (let i = 0; i < known; i++) {
    const row = rows[i]!;
    const value = values[i]!;
    for (let c = 0; c < width; c++) scores[c]! += table[row + c]! * value;
  }
  return fused.models.map((model, m) => {
    const offset = fused.offsets[m]!;
    const k = model.classes.length;
    // Softmax over this model's columns (shifted by the largest score, so exp cannot overflow).
    const probabilities = new Array<number>(k);
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      probabilities[c] = model.bias[c]! + scores[offset + c]!;
      if (probabilities[c]! > max) max = probabilities[c]!;
    }
    let sum = 0;
    for (let c = 0; c < k; c++) sum += probabilities[c] = Math.exp(probabilities[c]! - max);
    let best = 0;
    for (let c = 0; c < k; c++) {
      probabilities[c] = probabilities[c]! / sum;
      if (probabilities[c]! > probabilities[best]!) best = c;
    }
    return {
      label: model.classes[best]!,
      probability: probabilities[best]!,
      probabilities,
      topFeatures: topContributors(fused, known, offset + best, explain),
    };
  });
}

/** The n features adding most to one class score, best first (a short list kept in order). */
function topContributors(fused: FusedModels, known: number, column: number, n: number): string[] {
  if (n <= 0) return [];
  const { table } = fused;
  const { rows, values, names } = fused.scratch;
  const top: number[] = []; // indexes into the scratch arrays, best first
  const scores: number[] = [];
  for (let i = 0; i < known; i++) {
    const contribution = table[rows[i]! + column]! * values[i]!;
    if (contribution <= 0) continue;
    if (top.length < n) {
      top.push(i);
      scores.push(contribution);
    } else if (contribution > scores[n - 1]!) {
      top[n - 1] = i;
      scores[n - 1] = contribution;
    } else continue;
    // Move the new entry up past smaller ones (ties keep the earlier feature first).
    for (let at = top.length - 1; at > 0 && scores[at - 1]! < scores[at]!; at--) {
      const entry = top[at]!;
      top[at] = top[at - 1]!;
      top[at - 1] = entry;
      scores[at] = scores[at - 1]!;
      scores[at - 1] = contribution;
    }
  }
  return top.map((i) => names[i]!);
}
