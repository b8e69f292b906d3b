import { parseArgs } from 'node:util';
import { readHeldOutSplit, readLabelledFile, readTrainingSplit } from '../classify/read-corpus.js';
import { crossValidate, evaluateClassifier, formatEvaluation, type Evaluation } from '../classify/evaluate.js';
import { loadClassifier } from '../classify/load-classifier.js';
import { loadSentimentLexicon } from '../classify/sentiment-lexicon.js';

/**
 * `npm run intake -- eval [--data <file.jsonl>] [--folds <k>] [--json]`: per-label precision,
 * recall and F1 for every field. With --data, the shipped model is scored on that file.
 * Without it: k-fold cross-validation on the training split, then the shipped model (trained on
 * the whole training split) on the held-out split it never saw.
 */
export default async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, folds: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  const evaluations: Evaluation[] = [];
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
