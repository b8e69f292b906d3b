import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsAsExamples } from '../../../app/classify/corrections.js';
import { loadClassifier } from '../../../app/classify/load-classifier.js';
import type { ClassificationCorrectionRecord } from '../../../core/cases/case-record.js';
import { freshSqlite, type FreshDatabase } from '../../support/databases.js';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

const correction = (over: Partial<ClassificationCorrectionRecord>): ClassificationCorrectionRecord => ({
  id: 'c1',
  caseId: 'case-1',
  field: 'department',
  fromValue: 'other',
  toValue: 'infrastructure',
  text: 'The hedge on my lane has not been cut and the lorries scrape my car.',
  correctedBy: 'staff:ana',
  at: new Date('2026-03-02T10:00:00Z'),
  ...over,
});

describe('staff corrections as training examples', () => {
  it('keeps the latest correction per case and field, and the classifier guess for the rest', () => {
    const examples = correctionsAsExamples(
      [
        correction({ id: 'c1', toValue: 'health', at: new Date('2026-03-01T10:00:00Z') }),
        correction({ id: 'c2', toValue: 'infrastructure', at: new Date('2026-03-02T10:00:00Z') }),
        correction({ id: 'c3', field: 'type', fromValue: 'comment', toValue: 'suggestion' }),
        correction({ id: 'c4', caseId: 'case-2', field: 'type', toValue: 'not-a-type' }),
      ],
      loadClassifier(),
    );
    expect(examples).toHaveLength(2);
    expect(examples[0]).toMatchObject({ id: 'correction-case-1', department: 'infrastructure', type: 'suggestion', lang: 'en' });
    // An unknown value is ignored: the example keeps the classifier's own type.
    expect(['complaint', 'compliment', 'suggestion', 'comment']).toContain(examples[1]!.type);
  });
});

describe('intake train --include-corrections', () => {
  let db: FreshDatabase;
  const out = path.join(tmpdir(), `classifier-${process.pid}.json`);
  beforeAll(async () => {
    db = await freshSqlite();
  });
  afterAll(async () => {
    await db.drop();
    rmSync(out, { force: true });
  });

  it('reads corrections from the case store and writes a model', async () => {
    const { stdout, stderr } = await run(tsx, ['app/intake.ts', 'train', '--include-corrections', '--out', out], {
      env: { ...process.env, DATABASE_URL: db.url },
      timeout: 120_000,
    });
    expect(stderr).toMatch(/plus 0 staff correction\(s\) from the case store/);
    expect(stdout).toContain(`wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'feedback-classifier/1' });
  });
});
