import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

describe('intake eval', () => {
  it('prints per-label precision, recall and F1 for a labelled file', async () => {
    const { stdout } = await run(tsx, ['app/intake.ts', 'eval', '--data', 'core/classify/corpus/held-out.jsonl'], {
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^type: accuracy \d\.\d{3}, macro-F1 \d\.\d{3}/m);
    expect(stdout).toMatch(/^\s+complaint\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+$/m);
    for (const field of ['department', 'outOfScope', 'onBehalfOf', 'subjectConsentNeededReason', 'lang'])
      expect(stdout).toContain(`${field}: accuracy`);
    expect(stdout).toMatch(/^\s+safeguarding\s+\d\.\d{3}\s+\d\.\d{3}/m);
    expect(stdout).toContain('issue 3 targets:');
  });

  it('shows how the safeguarding threshold is chosen: cross-validated precision and recall per threshold', async () => {
    const { stdout } = await run(tsx, ['app/intake.ts', 'eval', '--sweep-safeguarding', '--folds', '2'], { timeout: 120_000 });
    expect(stdout).toContain('safeguarding by 2-fold cross-validation on the training split');
    expect(stdout).toMatch(/^\s+0\.40\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}$/m);
  });

  it('sweeps the abuse model the same way', async () => {
    const { stdout } = await run(tsx, ['app/intake.ts', 'eval', '--sweep-abusive', '--folds', '2'], { timeout: 120_000 });
    expect(stdout).toContain('abusive by 2-fold cross-validation on the training split');
    expect(stdout).toMatch(/^\s+0\.80\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}$/m);
  });
});
