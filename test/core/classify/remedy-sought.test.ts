import { describe, expect, it } from 'vitest';
import { detectRemedySought } from '../../../core/classify/rules/remedy-sought.js';
import { chat } from './prepare.js';

// C&AG R14 / POLICY.md §7: capture the remedy sought, in the person's words.
describe('remedy sought', () => {
  it.each([
    ['I burst a tyre on the pothole. I want the cost covered.', 'the cost covered'],
    ['Please refund the £80, I was told the appointment was free.', 'refund the £80'],
    ['I would like someone to explain why and give me a realistic date.', 'explain why and give me a realistic date'],
    ['Quero ser reembolsado pelo pneu.', 'ser reembolsado pelo pneu'],
  ])('%j → %j', (text, remedy) => {
    expect(detectRemedySought(chat(text)).remedySought).toBe(remedy);
  });
  it('is null when nothing is asked for', () => {
    expect(detectRemedySought(chat('The bus was late again this morning.')).remedySought).toBeNull();
  });
});
