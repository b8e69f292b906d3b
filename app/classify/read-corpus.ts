import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabelledExampleSchema, type LabelledExample } from '../../core/classify/labelled-example.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.resolve(here, '../../core/classify/corpus');
/** Training split: every corpus file except the held-out one. */
export const HELD_OUT_FILE = path.join(CORPUS_DIR, 'held-out.jsonl');

/** Labelled lines from one JSON Lines file, validated (zod) with the line number on error. */
export function readLabelledFile(file: string): LabelledExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: LabelledExample[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1}: not JSON`);
    }
    const parsed = LabelledExampleSchema.safeParse(value);
    if (!parsed.success)
      throw new Error(`${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    examples.push(parsed.data);
  });
  return examples;
}

export function trainingFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.jsonl') && path.join(CORPUS_DIR, name) !== HELD_OUT_FILE)
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}

export function readTrainingSplit(): LabelledExample[] {
  return trainingFiles().flatMap(readLabelledFile);
}

/** The training split by file: each file is one writer's (or one sitting's) messages. */
export function readTrainingSplitByWriter(): Array<{ name: string; examples: LabelledExample[] }> {
  return trainingFiles().map((file) => ({ name: path.basename(file), examples: readLabelledFile(file) }));
}

export function readHeldOutSplit(): LabelledExample[] {
  return readLabelledFile(HELD_OUT_FILE);
}
