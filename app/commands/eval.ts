import { parseArgs } from 'node:util';
import { readHeldOutSplit, readLabelledFile, readTrainingSplit } from '../classify/read-corpus.js';
import {
  crossValidate,
  evaluateClassifier,
  formatEvaluation,
  sweepSafeguardingThreshold,
  type Evaluation,
} from '../classify/evaluate.js';
import { loadClassifier } from '../classify/load-classifier.js';
import { loadSentimentLexicon } from '../classify/sentiment-lexicon.js';

/**
 * `npm run intake -- eval [--data <file.jsonl>] [--folds <k>] [--json]`: per-label precision,
 * recall and F1 for every field. With --data, the shipped model is scored on that file.
 * Without it: k-fold cross-validation on the training split, then the shipped model (trained on
 * the whole training split) on the held-out split it never saw.
 * `--sweep-safeguarding`: k-fold safeguarding recall and precision for each threshold of the
 * safeguarding model, on the training split only (how its threshold is chosen).
 */
export default async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      folds: { type: 'string' },
      json: { type: 'boolean' },
      'sweep-safeguarding': { type: 'boolean' },
    },
    strict: true,
  });
  const evaluations: Evaluation[] = [];
  if (values['sweep-safeguarding']) {
    const folds = Number(values.folds ?? 5);
    const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const rows = sweepSafeguardingThreshold(readTrainingSplit(), folds, await loadSentimentLexicon(), thresholds);
    if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else {
      const cell = (s: { precision: number; recall: number; f1: number }) =>
        `${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}`;
      process.stdout.write(`safeguarding by ${folds}-fold cross-validation on the training split\n`);
      process.stdout.write(`             phrases or model (the flag)   model alone\n`);
      process.stdout.write(`  threshold  precision recall     F1   precision recall     F1\n`);
      for (const row of rows)
        process.stdout.write(`  ${row.threshold.toFixed(2).padStart(9)}  ${cell(row.combined)}   ${cell(row.modelAlone)}\n`);
    }
    return 0;
  }
  if (values.data) {
    evaluations.push(evaluateClassifier(`shipped model on ${values.data}`, loadClassifier(), readLabelledFile(values.data)));
  } else {
    const folds = Number(values.folds ?? 5);
    if (!Number.isInteger(folds) || folds < 2) throw new Error('--folds must be an integer >= 2');
    evaluations.push(crossValidate(readTrainingSplit(), folds, await loadSentimentLexicon()));
    evaluations.push(
      evaluateClassifier('shipped model on the held-out split (never trained on)', loadClassifier(), readHeldOutSplit()),
    );
  }
  if (values.json)
    process.stdout.write(
      `${JSON.stringify(evaluations.map((e) => ({ name: e.name, count: e.count, targets: e.targets, fields: e.fields, detections: e.detections })))}\n`,
    );
  else process.stdout.write(`${evaluations.map(formatEvaluation).join('\n\n')}\n`);
  return 0;
}
