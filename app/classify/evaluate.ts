import type { Classification, Classifier } from '../../core/classify/classification.js';
import { createClassifier, type ClassifierOptions } from '../../core/classify/create-classifier.js';
import type { LabelledExample } from '../../core/classify/labelled-example.js';
import { trainClassifier } from '../../core/classify/learn/train-classifier.js';
import { mulberry32, shuffle, type TrainingOptions } from '../../core/classify/learn/train-softmax.js';
import { scoreDetection, scoreField, type FieldReport, type LabelScore } from '../../core/classify/metrics.js';
import { DEPARTMENTS, FEEDBACK_TYPES, OUT_OF_SCOPE_REASONS, RELATIONSHIPS } from '../../core/domain/vocabulary.js';

export interface Evaluation {
  name: string;
  count: number;
  fields: FieldReport[];
  detections: Array<LabelScore & { field: string }>;
  /** the figures issue 3 sets targets for */
  targets: Record<string, number>;
}

const none = (value: string | null) => value ?? 'none';

export function evaluatePredictions(
  name: string,
  examples: readonly LabelledExample[],
  predictions: readonly Classification[],
): Evaluation {
  const field = (f: string, gold: string[], predicted: string[], labels?: readonly string[]) =>
    scoreField(f, gold, predicted, labels);
  const fields = [
    field(
      'type',
      examples.map((e) => e.type),
      predictions.map((p) => p.type),
      FEEDBACK_TYPES,
    ),
    field(
      'department',
      examples.map((e) => e.department),
      predictions.map((p) => p.department),
      DEPARTMENTS,
    ),
    field(
      'outOfScope',
      examples.map((e) => none(e.outOfScope)),
      predictions.map((p) => none(p.outOfScope)),
      ['none', ...OUT_OF_SCOPE_REASONS],
    ),
    field(
      'onBehalfOf',
      examples.map((e) => none(e.onBehalfOf)),
      predictions.map((p) => none(p.onBehalfOf)),
      ['none', ...RELATIONSHIPS],
    ),
    field(
      'subjectConsentNeededReason',
      examples.map((e) => none(e.subjectConsentNeededReason)),
      predictions.map((p) => none(p.subjectConsentNeededReason)),
      ['none', 'consent_needed', 'deceased', 'lacks_capacity', 'child_under_16'],
    ),
    field(
      'lang',
      examples.map((e) => e.lang),
      predictions.map((p) => p.lang),
    ),
  ];
  const detections = [
    scoreDetection(
      'outOfScope',
      examples.map((e) => e.outOfScope !== null),
      predictions.map((p) => p.outOfScope !== null),
    ),
    scoreDetection(
      'safeguarding',
      examples.map((e) => e.safeguarding),
      predictions.map((p) => p.safeguarding),
    ),
    scoreDetection(
      'onBehalfOf',
      examples.map((e) => e.onBehalfOf !== null),
      predictions.map((p) => p.onBehalfOf !== null),
    ),
    scoreDetection(
      'abusive',
      examples.map((e) => e.abusive),
      predictions.map((p) => p.abusive),
    ),
  ];
  const nonEnglish = examples.map((e, i) => [e, predictions[i]!] as const).filter(([e]) => e.lang !== 'en');
  const typeNonEnglish = scoreField(
    'type (non-English)',
    nonEnglish.map(([e]) => e.type),
    nonEnglish.map(([, p]) => p.type),
    FEEDBACK_TYPES,
  );
  fields.push(typeNonEnglish);
  const get = (f: string) => fields.find((x) => x.field === f)!;
  const det = (f: string) => detections.find((x) => x.field === f)!;
  return {
    name,
    count: examples.length,
    fields,
    detections,
    targets: {
      typeMacroF1: round(get('type').macroF1),
      departmentAccuracy: round(get('department').accuracy),
      outOfScopeF1: round(det('outOfScope').f1),
      safeguardingRecall: round(det('safeguarding').recall),
      safeguardingPrecision: round(det('safeguarding').precision),
      onBehalfOfF1: round(det('onBehalfOf').f1),
      abusiveF1: round(det('abusive').f1),
      languageAccuracy: round(get('lang').accuracy),
      typeMacroF1NonEnglish: round(typeNonEnglish.macroF1),
    },
  };
}

export function evaluateClassifier(name: string, classifier: Classifier, examples: readonly LabelledExample[]): Evaluation {
  return evaluatePredictions(
    name,
    examples,
    examples.map((e) => classifier({ channel: e.channel, subject: e.subject, text: e.text })),
  );
}

/** k-fold cross-validation: each example is predicted by a model that never saw it. */
export function crossValidate(
  examples: readonly LabelledExample[],
  k: number,
  sentiment: Record<string, number>,
  training?: Partial<TrainingOptions>,
): Evaluation {
  const [predictions] = crossValidatedPredictions(
    examples,
    randomFolds(examples.length, k),
    sentiment,
    [{}],
    undefined,
    training,
  );
  return evaluatePredictions(`${k}-fold cross-validation on the training split`, examples, predictions!);
}

/**
 * Leave one writer out: each corpus file was written by one writer (or one sitting), and each
 * is predicted by a model trained on all the others. Messages by the same writer share habits
 * that k-fold lets the model learn from the other folds, so this is the fairer guess at how
 * the classifier does on messages "written by other people" (issue 3).
 */
export function crossValidateByWriter(
  groups: ReadonlyArray<{ name: string; examples: readonly LabelledExample[] }>,
  sentiment: Record<string, number>,
  training?: Partial<TrainingOptions>,
): Evaluation[] {
  const { examples, folds } = writerFolds(groups);
  const [predictions] = crossValidatedPredictions(examples, folds, sentiment, [{}], undefined, training);
  let start = 0;
  const perWriter = groups.map((g) => {
    const evaluation = evaluatePredictions(
      `${g.name}, by a model trained on the other writers`,
      g.examples,
      predictions!.slice(start, start + g.examples.length),
    );
    start += g.examples.length;
    return evaluation;
  });
  return [...perWriter, evaluatePredictions('all writers, each left out in turn', examples, predictions!)];
}

/** The flags whose phrases a model backs up, each with its own threshold. */
export type BackedUpFlag = 'safeguarding' | 'abusive';

/**
 * Recall and precision of a backed-up flag for each threshold of its model, by cross-validation
 * (the phrases always count): how SAFEGUARDING_MODEL_THRESHOLD and ABUSIVE_MODEL_THRESHOLD are
 * chosen.
 */
export function sweepModelThreshold(
  flag: BackedUpFlag,
  examples: readonly LabelledExample[],
  k: number | readonly number[],
  sentiment: Record<string, number>,
  thresholds: readonly number[],
): Array<{ threshold: number; combined: LabelScore; modelAlone: LabelScore }> {
  const probabilities: number[] = [];
  // k random folds, or each example's fold given (one per writer: `writerFolds`)
  const folds = typeof k === 'number' ? randomFolds(examples.length, k) : k;
  const phrasesOnly: ClassifierOptions =
    flag === 'safeguarding' ? { safeguardingThreshold: Infinity } : { abusiveThreshold: Infinity };
  const [predictions] = crossValidatedPredictions(examples, folds, sentiment, [phrasesOnly], {
    flag,
    report: (i, p) => (probabilities[i] = p),
  });
  const gold = examples.map((e) => e[flag]);
  return thresholds.map((threshold) => ({
    threshold,
    combined: scoreDetection(
      flag,
      gold,
      predictions!.map((p, i) => p[flag] || probabilities[i]! >= threshold),
    ),
    modelAlone: scoreDetection(
      `${flag} model`,
      gold,
      probabilities.map((p) => p >= threshold),
    ),
  }));
}

/** One fold per writer (corpus file), for the functions that take folds. */
export function writerFolds(groups: ReadonlyArray<{ examples: readonly LabelledExample[] }>): {
  examples: LabelledExample[];
  folds: number[];
} {
  return {
    examples: groups.flatMap((g) => g.examples),
    folds: groups.flatMap((g, index) => g.examples.map(() => index)),
  };
}

/** Each example's fold, at random (seeded, so the figures are reproducible). */
function randomFolds(count: number, k: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  shuffle(order, mulberry32(7));
  const fold = new Array<number>(count);
  order.forEach((index, position) => (fold[index] = position % k));
  return fold;
}

/** Predictions of one model per fold, each trained without its fold, once per set of classifier options. */
function crossValidatedPredictions(
  examples: readonly LabelledExample[],
  fold: readonly number[],
  sentiment: Record<string, number>,
  variants: readonly ClassifierOptions[],
  probe?: { flag: BackedUpFlag; report: (index: number, probability: number) => void },
  training?: Partial<TrainingOptions>,
): Classification[][] {
  const k = Math.max(...fold) + 1;
  const predictions = variants.map(() => new Array<Classification>(examples.length));
  for (let f = 0; f < k; f++) {
    const model = trainClassifier(
      examples.filter((_, i) => fold[i] !== f),
      { sentiment, training },
    );
    variants.forEach((options, v) => {
      let current = 0;
      const report = probe && v === 0 ? (p: number) => probe.report(current, p) : undefined;
      const classifier = createClassifier(model, {
        ...options,
        ...(probe?.flag === 'safeguarding' ? { onRiskProbability: report } : { onAbuseProbability: report }),
      });
      examples.forEach((e, i) => {
        current = i;
        if (fold[i] === f) predictions[v]![i] = classifier({ channel: e.channel, subject: e.subject, text: e.text });
      });
    });
  }
  return predictions;
}

const TARGETS: Record<string, [string, number]> = {
  typeMacroF1: ['>=', 0.85],
  departmentAccuracy: ['>=', 0.75],
  outOfScopeF1: ['>=', 0.85],
  safeguardingRecall: ['>=', 0.95],
  safeguardingPrecision: ['>=', 0.7],
  onBehalfOfF1: ['>=', 0.85],
  abusiveF1: ['>=', 0.8],
  languageAccuracy: ['>=', 0.95],
  typeMacroF1NonEnglish: ['>=', 0.7],
};

export function formatEvaluation(evaluation: Evaluation): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`== ${evaluation.name} (${evaluation.count} messages)`, ''];
  for (const report of evaluation.fields) {
    lines.push(`${report.field}: accuracy ${pct(report.accuracy)}, macro-F1 ${pct(report.macroF1)} (n=${report.count})`);
    lines.push(
      `  ${'label'.padEnd(26)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(7)}`,
    );
    for (const s of report.labels) {
      if (s.support === 0 && s.precision === 1) continue;
      lines.push(
        `  ${s.label.padEnd(26)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(7)}`,
      );
    }
    lines.push('');
  }
  lines.push('detection (flag raised or not):');
  lines.push(
    `  ${'field'.padEnd(26)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(7)}`,
  );
  for (const d of evaluation.detections)
    lines.push(
      `  ${d.field.padEnd(26)} ${pct(d.precision).padStart(9)} ${pct(d.recall).padStart(7)} ${pct(d.f1).padStart(6)} ${String(d.support).padStart(7)}`,
    );
  lines.push('', 'issue 3 targets:');
  for (const [name, value] of Object.entries(evaluation.targets)) {
    const [op, goal] = TARGETS[name]!;
    lines.push(`  ${name.padEnd(26)} ${pct(value).padStart(6)}  target ${op} ${goal}  ${value >= goal ? 'met' : 'NOT MET'}`);
  }
  return lines.join('\n');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
