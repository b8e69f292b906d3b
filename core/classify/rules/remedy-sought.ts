/**
 * What the person wants (C&AG recommendation R14, POLICY.md §7 "remedy sought"), as a short
 * phrase taken from their own words: "I want a refund" → "a refund". The first explicit request
 * wins; we cut it at the end of its clause and keep it short enough for a case list.
 */
const REQUESTS: RegExp[] = [
  /\b(?:i|we) (?:would like|'d like|want|wanted|expect|demand|request|need|am asking for|are asking for|ask for|ask that|would appreciate|'d appreciate|would like you to|want you to|expect you to)\s+(?:you to\s+|someone to\s+|to\s+)?(?!to\b|say\b|thank\b|praise\b|compliment\b|pass on\b|share\b|know if\b|suggest\b)([^.!?\n;]{3,120})/,
  /\bplease\s+(?:can you\s+|could you\s+|can someone\s+|could someone\s+)?((?:refund|fix|sort|send|cancel|remove|explain|look into|call|ring|contact|reply|respond|arrange|pay|replace|repair|review|investigate|reinstate|restore|correct|confirm|collect|empty|cut|clear|update|reconsider|help|stop)\b[^.!?\n;]{0,120})/,
  /\b(?:can|could) (?:someone|somebody|you)(?: please)? ((?:refund|fix|sort|send|explain|look into|call|ring|contact|reply|arrange|pay|replace|repair|review|investigate|tell me|let me know|help)\b[^.!?\n;]{0,120})/,
  // Portuguese, Polish, Romanian, French (folded text)
  /\b(?:quero|gostaria de|peco que|peco|exijo)\s+([^.!?\n;]{3,120})/,
  /\b(?:chce|chcialbym|chcialabym|prosze o|prosze|zadam|oczekuje)\s+([^.!?\n;]{3,120})/,
  /\b(?:vreau|as vrea|va rog sa|va rog|cer)\s+([^.!?\n;]{3,120})/,
  /\b(?:je veux|je voudrais|je demande|merci de|je souhaite|j'exige)\s+([^.!?\n;]{3,120})/,
];

const NOUN_REMEDIES =
  /\b(?:a |an |my |full )?(?:refund|apology|explanation|compensation|reimbursement|call back|callback|meeting|review)\b/;

export interface RemedyFinding {
  remedySought: string | null;
  words: string[];
}

export function detectRemedySought(input: { folded: string; text: string }): RemedyFinding {
  const { folded, text: original } = input;
  let best: { index: number; start: number; end: number } | null = null;
  for (const pattern of REQUESTS) {
    const match = pattern.exec(folded);
    if (!match || match[1] === undefined) continue;
    const start = match.index + match[0].length - match[1].length;
    if (!best || match.index < best.index) best = { index: match.index, start, end: start + match[1].length };
  }
  if (best) {
    const phrase = shorten(original.slice(best.start, best.end));
    if (phrase) return { remedySought: phrase, words: [original.slice(best.index, best.end).trim()] };
  }
  const noun = NOUN_REMEDIES.exec(folded);
  if (noun) {
    const words = original.slice(noun.index, noun.index + noun[0].length).trim();
    return { remedySought: words, words: [words] };
  }
  return { remedySought: null, words: [] };
}

/** Cut at the first clause boundary and keep at most twelve words. */
function shorten(phrase: string): string | null {
  const clause =
    phrase.split(
      /,\s+(?=(?:and|but|as|because|since|so|which|i|we|it|they|he|she|this|that|the)\b)|\s+(?:because|as soon as|since|but)\s+/i,
    )[0] ?? phrase;
  const words = clause.trim().split(/\s+/).slice(0, 12);
  const text = words.join(' ').replace(/[,:\s]+$/, '');
  return text.length >= 3 ? text : null;
}
