import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';

/**
 * Words of a folded text. natural's WordTokenizer splits on [^A-Za-z…] and would cut
 * "reclamação" or "dziękuję" into pieces, so we give its RegexpTokenizer a Unicode gap pattern.
 */
const tokenizer = new RegexpTokenizer({ pattern: /[^\p{L}\p{N}]+/u, gaps: true });

export function tokenize(foldedText: string): string[] {
  return tokenizer.tokenize(foldedText).filter((token) => token.length > 0);
}
