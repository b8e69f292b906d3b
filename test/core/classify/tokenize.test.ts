import { describe, expect, it } from 'vitest';
import { words } from '../../../core/classify/text/tokenize.js';

describe('words of a message', () => {
  it('keeps letters of every language together and gives each word its offset', () => {
    const text = 'reclamação: dziękuję, mulțumesc! 3 days';
    const { tokens, starts } = words(text);
    expect(tokens).toEqual(['reclamação', 'dziękuję', 'mulțumesc', '3', 'days']);
    expect([...starts].map((start, i) => text.slice(start, start + tokens[i]!.length))).toEqual(tokens);
  });

  it('reads the same words as a Unicode letter-or-digit pattern, also beyond the Basic Multilingual Plane', () => {
    const text = 'a😀b 𝐀𝐁c 日本語 ١٢٣ ½² end\ud800';
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    const { tokens, starts } = words(text);
    expect(tokens).toEqual(expected.map((m) => m[0]));
    expect([...starts]).toEqual(expected.map((m) => m.index));
  });
});
