import { parseArgs } from 'node:util';
import { readHeldOutSplit, readLabelledFile, readTrainingSplit, readTrainingSplitByWriter } from '../classify/read-corpus.js';
import {
  crossValidate,
  crossValidateByWriter,
  writerFolds,
  evaluateClassifier,
  formatEvaluation,
  sweepModelThreshold,
  type Evaluation,
} from '../classify/evaluate.js';
import { loadClassifier } from '../classify/load-classifier.js';
import { loadSentimentLexicon } from '../classify/sentiment-lexicon.js';

/**
 * `npm run intake -- eval [--data <file.jsonl>] [--folds <k>] [--json]`: per-label precision,
 * recall and F1 for every field. With --data, the shipped model is scored on that file.
 * Without it: k-fold cross-validation on the training split, then the shipped model (trained on
 * the whole training split) on the held-out split it never saw.
 * `--sweep-safeguarding`, `--sweep-abusive`: k-fold recall and precision of the flag for each
 * threshold of the model behind its phrases, on the training split only (how the thresholds
 * are chosen).
 * `--by-writer`: leave one corpus file (one writer) out at a time, a summary line per writer;
 * with a sweep, the sweep leaves one writer out too.
 */
export default async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      folds: { type: 'string' },
      json: { type: 'boolean' },
      'sweep-safeguarding': { type: 'boolean' },
      'sweep-abusive': { type: 'boolean' },
      'by-writer': { type: 'boolean' },
    },
    strict: true,
  });
  const evaluations: Evaluation[] = [];
  const sweep = values['sweep-safeguarding'] ? 'safeguarding' : values['sweep-abusive'] ? 'abusive' : null;
  if (sweep) {
    const folds = Number(values.folds ?? 5);
    const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const byWriter = values['by-writer'] ? writerFolds(readTrainingSplitByWriter()) : undefined;
    const rows = byWriter
      ? sweepModelThreshold(sweep, byWriter.examples, byWriter.folds, await loadSentimentLexicon(), thresholds)
      : sweepModelThreshold(sweep, readTrainingSplit(), folds, await loadSentimentLexicon(), thresholds);
    if (values.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else {
      const cell = (s: { precision: number; recall: number; f1: number }) =>
        `${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}`;
      process.stdout.write(
        `${sweep} by ${byWriter ? 'leaving one writer out' : `${folds}-fold cross-validation`} on the training split\n`,
      );
      process.stdout.write(`             phrases or model (the flag)   model alone\n`);
      process.stdout.write(`  threshold  precision recall     F1   precision recall     F1\n`);
      for (const row of rows)
        process.stdout.write(`  ${row.threshold.toFixed(2).padStart(9)}  ${cell(row.combined)}   ${cell(row.modelAlone)}\n`);
    }
    return 0;
  }
  if (values['by-writer']) {
    const evaluations = crossValidateByWriter(readTrainingSplitByWriter(), await loadSentimentLexicon());
    if (values.json)
      process.stdout.write(`${JSON.stringify(evaluations.map((e) => ({ name: e.name, count: e.count, targets: e.targets })))}\n`);
    else {
      const names = Object.keys(evaluations[0]!.targets);
      process.stdout.write(`each corpus file predicted by a model trained on the other files\n`);
      process.stdout.write(
        `${'file'.padEnd(34)} ${'n'.padStart(5)} ${names.map((n) => n.slice(0, 11).padStart(11)).join(' ')}\n`,
      );
      for (const e of evaluations)
        process.stdout.write(
          `${e.name.split(',')[0]!.padEnd(34)} ${String(e.count).padStart(5)} ${names.map((n) => e.targets[n]!.toFixed(3).padStart(11)).join(' ')}\n`,
        );
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
