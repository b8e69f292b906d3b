/**
 * Phrase rules: regular expressions over folded text (text/fold.ts: lower case, no accents),
 * each tied to a value. Speed target (issue 3: 2,000 messages/s): a message is tested only
 * against the patterns whose leading word it could contain. Each pattern's possible first
 * words are read from its source ("\\b(?:kill|hurt) …" → "kil", "hur"), and a message carries
 * the set of its words' 1–3 letter beginnings (text/prepare.ts), so most patterns are skipped
 * with one set lookup. Patterns must not contain capturing groups: use (?:…).
 */
export interface PhraseRule<V> {
  value: V;
  patterns: readonly string[];
}

interface CompiledPattern<V> {
  regex: RegExp;
  value: V;
  /** beginnings of the words a match can start with; null when any text may match */
  keys: string[] | null;
}

export interface CompiledRules<V> {
  patterns: CompiledPattern<V>[];
}

export interface RuleMatch<V> {
  value: V;
  index: number;
  /** the writer's own words (from the unfolded text) */
  words: string;
}

export function compileRules<V>(rules: ReadonlyArray<PhraseRule<V>>): CompiledRules<V> {
  const patterns: CompiledPattern<V>[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
      if (groups !== 0) throw new Error(`phrase pattern has a capturing group: ${pattern}`);
      patterns.push({ regex: new RegExp(pattern, 'g'), value: rule.value, keys: leadingKeys(pattern) });
    }
  }
  return { patterns };
}

/** The 1–3 letter beginnings of every word of a folded text (see keys above). */
export function wordBeginnings(tokens: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const token of tokens) {
    set.add(token.length > 3 ? token.slice(0, 3) : token);
  }
  return set;
}

/** What the rules read: the folded text, the writer's text (same length) and word beginnings. */
export interface RuleInput {
  folded: string;
  text: string;
  beginnings: ReadonlySet<string>;
}

export function findMatches<V>(rules: CompiledRules<V>, input: RuleInput, prefilter = true): RuleMatch<V>[] {
  const { folded, text: original, beginnings } = input;
  const found: RuleMatch<V>[] = [];
  for (const pattern of rules.patterns) {
    if (prefilter && pattern.keys && !pattern.keys.some((key) => beginnings.has(key))) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(folded)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      found.push({ value: pattern.value, index: match.index, words: original.slice(match.index, match.index + match[0].length) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Possible first-word beginnings of a pattern, or null if that cannot be read simply.
 * Reads leading lookbehinds, \b and ^, groups of alternatives (optional or not) and literal
 * words; a character class or escape at the start gives null (the pattern always runs).
 */
export function leadingKeys(source: string): string[] | null {
  const keys = keysOf(source, 0);
  return keys ? [...new Set(keys)] : null;
}

function keysOf(source: string, depth: number): string[] | null {
  if (depth > 6) return null;
  let s = source;
  for (;;) {
    if (s.startsWith('\\b')) s = s.slice(2);
    else if (s.startsWith('^')) s = s.slice(1);
    else if (s.startsWith('(?<!') || s.startsWith('(?<=')) {
      const end = closingParen(s, 0);
      if (end < 0) return null;
      s = s.slice(end + 1);
    } else break;
  }
  if (s.startsWith('(?:')) {
    const end = closingParen(s, 0);
    if (end < 0) return null;
    let rest = s.slice(end + 1);
    const optional = rest.startsWith('?') || rest.startsWith('*');
    if (rest.startsWith('{')) return null;
    if (rest.startsWith('?') || rest.startsWith('*') || rest.startsWith('+')) rest = rest.slice(1);
    const keys: string[] = [];
    for (const alternative of splitAlternatives(s.slice(3, end))) {
      const found = keysOf(alternative + rest, depth + 1);
      if (!found) return null;
      keys.push(...found);
    }
    if (optional) {
      const after = keysOf(rest, depth + 1);
      if (!after) return null;
      keys.push(...after);
    }
    return keys;
  }
  const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
  if (!word) return null;
  const next = s.charAt(word.length);
  // "rooms?" or "a{2}": a quantifier makes the last letter optional.
  const literal = next === '?' || next === '*' || next === '{' ? word.slice(0, -1) : word;
  if (literal.length >= 3) return [literal.slice(0, 3)];
  if (literal !== word || next === '+') return null;
  const after = s.slice(word.length);
  // "i'?ll", "do ?n't": the word may run on into the next letters as one token.
  const runOn = /^(?:'\?| \?)([a-z]+)/.exec(after);
  if (runOn) return [word, (word + runOn[1]).slice(0, 3)];
  // A short common word ("i", "my", "as") followed by a required next word: that next word
  // is a sharper key, and it must be in the message too.
  if (/^ (?![?*])/.test(after)) return keysOf(after.slice(1), depth + 1) ?? [word];
  // Tokens shorter than 3 letters are whole words: only a word that ends here is a key.
  if (/^(?:$|\\b|\\s(?![?*+])|'(?!\?))/.test(after)) return [word];
  return null;
}

function splitAlternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\') {
      current += c + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
