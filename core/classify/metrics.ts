/** Precision, recall and F1 per label, as the eval command prints them (issue 3 targets). */
export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface FieldReport {
  field: string;
  accuracy: number;
  macroF1: number;
  labels: LabelScore[];
  count: number;
}

export function scoreField(
  field: string,
  gold: readonly string[],
  predicted: readonly string[],
  labels?: readonly string[],
): FieldReport {
  const all = labels ?? [...new Set([...gold, ...predicted])].sort();
  const scores = all.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === label && g === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  const withSupport = scores.filter((s) => s.support > 0);
  const macroF1 = withSupport.length ? withSupport.reduce((a, s) => a + s.f1, 0) / withSupport.length : 0;
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { field, accuracy: gold.length ? correct / gold.length : 0, macroF1, labels: scores, count: gold.length };
}

/** A yes/no view of a field: "is a flag raised", scored on the positive class only. */
export function scoreDetection(
  field: string,
  gold: readonly boolean[],
  predicted: readonly boolean[],
): LabelScore & { field: string } {
  const report = scoreField(field, gold.map(String), predicted.map(String), ['true']);
  return { field, ...report.labels[0]! };
}
