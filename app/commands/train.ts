import { parseArgs } from 'node:util';
import type { LabelledExample } from '../../core/classify/labelled-example.js';
import { readTrainingSplit, trainingFiles } from '../classify/read-corpus.js';
import { trainAndSave } from '../classify/train-model.js';
import { MODEL_FILE } from '../classify/load-classifier.js';
import { correctionsAsExamples } from '../classify/corrections.js';
import { loadClassifier } from '../classify/load-classifier.js';
import { loadConfig } from '../config.js';

/**
 * `npm run intake -- train [--include-corrections] [--out <file>]`: learn the classifier from the
 * shipped training split (never the held-out file) and write app/classify/trained-model.json.
 * Deterministic: the same corpus gives the same file.
 */
export default async function train(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'include-corrections': { type: 'boolean' }, out: { type: 'string' } },
    strict: true,
  });
  const examples: LabelledExample[] = readTrainingSplit();
  process.stderr.write(`training on ${examples.length} labelled messages from ${trainingFiles().length} file(s)\n`);
  if (values['include-corrections']) {
    // Corrections live in the case store (DATABASE_URL, else the embedded SQLite file).
    const { openStore } = await import('../../prisma/store/open-store.js');
    const store = await openStore({ databaseUrl: loadConfig().DATABASE_URL });
    const records = await store.cases.listClassificationCorrections().finally(() => store.close());
    const corrections = correctionsAsExamples(records, loadClassifier());
    process.stderr.write(`plus ${corrections.length} staff correction(s) from the case store\n`);
    examples.push(...corrections);
  }
  const started = performance.now();
  const model = await trainAndSave(examples, values.out ?? MODEL_FILE);
  process.stdout.write(
    `wrote ${values.out ?? MODEL_FILE}: ${Object.keys(model.type.weights).length} type features, ${Object.keys(model.department.weights).length} department features, ` +
      `${model.language.langs.length} languages, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}
