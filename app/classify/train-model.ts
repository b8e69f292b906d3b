import { writeFileSync } from 'node:fs';
import type { LabelledExample } from '../../core/classify/labelled-example.js';
import type { ClassifierModel } from '../../core/classify/model.js';
import { trainClassifier } from '../../core/classify/learn/train-classifier.js';
import { loadSentimentLexicon } from './sentiment-lexicon.js';
import { MODEL_FILE } from './load-classifier.js';

/** Train on the given examples and write the model as stable, diff-friendly JSON. */
export async function trainAndSave(examples: readonly LabelledExample[], file: string = MODEL_FILE): Promise<ClassifierModel> {
  const model = trainClassifier(examples, { sentiment: await loadSentimentLexicon() });
  writeFileSync(file, serialiseModel(model));
  return model;
}

/** One weight row per line: the file diffs line by line when the corpus changes. */
export function serialiseModel(model: ClassifierModel): string {
  const table = (record: Record<string, unknown>) =>
    `{\n${Object.entries(record)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  const softmax = (m: ClassifierModel['type']) =>
    `{\n    "classes": ${JSON.stringify(m.classes)},\n    "bias": ${JSON.stringify(m.bias)},\n    "weights": ${table(m.weights)
      .replace(/\n {4}/g, '\n      ')
      .replace(/\n {2}\}$/, '\n    }')}\n  }`;
  return `{
  "format": ${JSON.stringify(model.format)},
  "trainedOn": ${JSON.stringify(model.trainedOn)},
  "type": ${softmax(model.type)},
  "department": ${softmax(model.department)},
  "safeguarding": ${softmax(model.safeguarding)},
  "abusive": ${softmax(model.abusive)},
  "language": {
    "langs": ${JSON.stringify(model.language.langs)},
    "unseen": ${JSON.stringify(model.language.unseen)},
    "trigrams": ${table(model.language.trigrams)
      .replace(/\n {4}/g, '\n      ')
      .replace(/\n {2}\}$/, '\n    }')}
  },
  "sentiment": ${JSON.stringify(model.sentiment)}
}
`;
}
