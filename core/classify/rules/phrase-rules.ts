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
  /** beginnings of words the message must contain for a match; null when any text may match */
  keys: string[] | null;
  /** beginnings of the words every match starts with: only those words are tried */
  starts: string[] | null;
  startSet: Set<string> | null;
  /** the same pattern, sticky, for trying it at one word */
  sticky: RegExp;
}

export interface CompiledRules<V> {
  patterns: CompiledPattern<V>[];
  /** word beginning → indexes of the patterns it may trigger */
  byKey: Map<string, number[]>;
  /** patterns without keys: tried on every message */
  always: number[];
  /** per-call marks (a generation stamp, so nothing is cleared between messages) */
  stamp: Int32Array;
  generation: number;
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
      const leading = readLeading(pattern);
      patterns.push({
        regex: new RegExp(pattern, 'g'),
        sticky: new RegExp(pattern, 'y'),
        value: rule.value,
        keys: leading ? [...new Set(leading.keys)] : null,
        starts: leading?.starts ? [...new Set(leading.starts)] : null,
        startSet: leading?.starts ? new Set(leading.starts) : null,
      });
    }
  }
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((pattern, index) => {
    if (!pattern.keys) always.push(index);
    else for (const key of pattern.keys) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  return { patterns, byKey, always, stamp: new Int32Array(patterns.length), generation: 0 };
}

/**
 * Where each word beginning (1–3 letters, see keys above) occurs in a folded text. The words
 * are the tokenizer's (text/tokenize.ts), found again in order to learn their offsets.
 */
export function wordBeginnings(folded: string, tokens: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  let position = 0;
  for (const token of tokens) {
    const start = folded.indexOf(token, position);
    if (start < 0) continue;
    position = start + token.length;
    const key = token.length > 3 ? token.slice(0, 3) : token;
    const offsets = map.get(key);
    if (offsets) offsets.push(start);
    else map.set(key, [start]);
  }
  return map;
}

/** Offsets where a pattern may start, ascending: loop over whichever is smaller. */
function startOffsets(starts: string[], startSet: Set<string>, beginnings: ReadonlyMap<string, number[]>): number[] {
  if (starts.length === 1) return beginnings.get(starts[0]!) ?? [];
  const out: number[] = [];
  if (starts.length < beginnings.size) {
    for (const key of starts) {
      const offsets = beginnings.get(key);
      if (offsets) for (const offset of offsets) out.push(offset);
    }
  } else {
    for (const [key, offsets] of beginnings) if (startSet.has(key)) for (const offset of offsets) out.push(offset);
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** What the rules read: the folded text, the writer's text (same length) and word beginnings. */
export interface RuleInput {
  folded: string;
  text: string;
  beginnings: ReadonlyMap<string, number[]>;
}

export function findMatches<V>(rules: CompiledRules<V>, input: RuleInput, prefilter = true): RuleMatch<V>[] {
  const { folded, text: original, beginnings } = input;
  const found: RuleMatch<V>[] = [];
  // Patterns whose keys occur in the message, in their declared order.
  let candidates: number[];
  if (prefilter) {
    const generation = ++rules.generation;
    candidates = rules.always.slice();
    for (const key of beginnings.keys()) {
      const indexes = rules.byKey.get(key);
      if (!indexes) continue;
      for (const index of indexes) {
        if (rules.stamp[index] === generation) continue;
        rules.stamp[index] = generation;
        candidates.push(index);
      }
    }
    candidates.sort((a, b) => a - b);
  } else candidates = rules.patterns.map((_, index) => index);
  for (const index of candidates) {
    const pattern = rules.patterns[index]!;
    if (prefilter && pattern.starts) {
      // Try the pattern only where one of its first words starts, leftmost first, without
      // overlapping, exactly as a global scan would report.
      const starts = startOffsets(pattern.starts, pattern.startSet!, beginnings);
      let end = 0;
      for (const start of starts) {
        if (start < end) continue;
        pattern.sticky.lastIndex = start;
        const match = pattern.sticky.exec(folded);
        if (!match || match[0].length === 0) continue;
        found.push({ value: pattern.value, index: start, words: original.slice(start, start + match[0].length) });
        end = start + match[0].length;
      }
      continue;
    }
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
  const leading = readLeading(source);
  return leading ? [...new Set(leading.keys)] : null;
}

/** Beginnings of the words a pattern's matches start with (see findMatches), or null. */
export function startKeys(source: string): string[] | null {
  const leading = readLeading(source);
  return leading?.starts ? [...new Set(leading.starts)] : null;
}

interface Leading {
  /** beginnings of words every match contains (the quick skip) */
  keys: string[];
  /** beginnings of the words matches start with, or null if that cannot be read */
  starts: string[] | null;
}

function readLeading(source: string, depth = 0): Leading | null {
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
    const out: Leading = { keys: [], starts: [] };
    const alternatives = splitAlternatives(s.slice(3, end)).map((a) => a + rest);
    if (optional) alternatives.push(rest);
    for (const alternative of alternatives) {
      const found = readLeading(alternative, depth + 1);
      if (!found) return null;
      out.keys.push(...found.keys);
      out.starts = out.starts && found.starts ? [...out.starts, ...found.starts] : null;
    }
    return out;
  }
  const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
  if (!word) return null;
  const next = s.charAt(word.length);
  // "rooms?" or "a{2}": a quantifier makes the last letter optional.
  const literal = next === '?' || next === '*' || next === '{' ? word.slice(0, -1) : word;
  if (literal.length >= 3) return { keys: [literal.slice(0, 3)], starts: [literal.slice(0, 3)] };
  if (literal !== word || next === '+') return null;
  const after = s.slice(word.length);
  // "i'?ll", "do ?n't": the word may run on into the next letters as one token.
  const runOn = /^(?:'\?| \?)([a-z]+)/.exec(after);
  if (runOn) {
    const keys = [word, (word + runOn[1]).slice(0, 3)];
    return { keys, starts: keys };
  }
  // A short common word ("i", "my", "as") followed by a required next word: the next word is
  // a sharper key for the quick skip; matches still start at the short word.
  if (/^ (?![?*])/.test(after)) {
    const deeper = readLeading(after.slice(1), depth + 1);
    return { keys: deeper ? deeper.keys : [word], starts: [word] };
  }
  // The word ends here (tokens shorter than 3 letters are whole words), also before an
  // escaped symbol or a class of symbols ("f\\*+", "f[*#@]").
  if (/^(?:$|\\b|\\s(?![?*+])|'(?!\?)|\\[^a-zA-Z0-9]|\[[^\]a-z0-9\\]*\])/.test(after)) return { keys: [word], starts: [word] };
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
