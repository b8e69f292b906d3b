import { describe, expect, it } from 'vitest';
import { readHeldOutSplit, readTrainingSplit } from '../../../app/classify/read-corpus.js';

describe('labelled corpus', () => {
  const training = readTrainingSplit();
  const heldOut = readHeldOutSplit();
  const all = [...training, ...heldOut];

  it('labels every field of every line (zod-validated on reading) with unique ids', () => {
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('is big and varied enough to learn from', () => {
    expect(training.length).toBeGreaterThanOrEqual(900);
    for (const lang of ['en', 'pt', 'pl', 'ro', 'fr'])
      expect(training.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(50);
    for (const type of ['complaint', 'compliment', 'suggestion', 'comment'])
      expect(training.filter((e) => e.type === type).length).toBeGreaterThan(80);
    expect(training.filter((e) => e.safeguarding).length).toBeGreaterThan(50);
    expect(training.filter((e) => e.abusive).length).toBeGreaterThan(30);
    expect(training.filter((e) => e.onBehalfOf).length).toBeGreaterThan(80);
    expect(training.filter((e) => e.outOfScope).length).toBeGreaterThan(60);
  });

  it('gives a consent reason exactly when someone is represented (POLICY.md §2)', () => {
    for (const e of all) expect(e.subjectConsentNeededReason === null).toBe(e.onBehalfOf === null);
  });
});
