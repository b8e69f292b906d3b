/**
 * Words of a folded text: maximal runs of letters and digits in any script. natural's
 * WordTokenizer splits on [^A-Za-z…] and would cut "reclamação" or "dziękuję" into pieces, so
 * the words are read with a Unicode pattern, in one pass that also gives each word's offset
 * (the phrase rules try their patterns at word starts, see rules/phrase-rules.ts).
 */
const WORD = /[\p{L}\p{N}]+/gu;

export interface Words {
  tokens: string[];
  /** offset of each token in the text */
  starts: Int32Array;
}

export function words(foldedText: string): Words {
  const tokens: string[] = [];
  const offsets: number[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(foldedText)) !== null) {
    tokens.push(match[0]);
    offsets.push(match.index);
  }
  return { tokens, starts: Int32Array.from(offsets) };
}

export function tokenize(foldedText: string): string[] {
  return foldedText.match(WORD) ?? [];
}
