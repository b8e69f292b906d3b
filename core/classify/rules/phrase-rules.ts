/**
 * Phrase rules: regular expressions over folded text (text/fold.ts: lower case, no accents),
 * each tied to a value. Speed target (issue 3: 2,000 messages/s): a pattern is never scanned
 * over the whole text. Each pattern's possible first words are read from its source: whole
 * words where the pattern ends the word ("\\bthe gp at\\b" → "the", not "then" or "there"),
 * else 1–3 letter beginnings ("\\bsuicid(?:e|al)" → "sui"). A message is then read once, word
 * by word (text/prepare.ts gives each word's offset and beginning): at each word, only the
 * patterns that can start with it are tried, as sticky regular expressions anchored there.
 * Patterns must not contain capturing groups: use (?:…).
 */
export interface PhraseRule<V> {
  value: V;
  patterns: readonly string[];
}

interface CompiledPattern<V> {
  /** the pattern, global: for the few patterns whose first word cannot be read */
  regex: RegExp;
  /** the same pattern, sticky, for trying it at one word */
  sticky: RegExp;
  value: V;
  /** first words of every match ("=word": that whole word, else its beginning); null when unknown */
  starts: string[] | null;
  /** the words that may come second, when every match has one: checked before the regex runs */
  second: { words: Set<string>; beginnings: Set<string> } | null;
}

export interface CompiledRules<V> {
  /** which rule set this is, for the per-word cache of candidates (`candidatesAt`) */
  id: number;
  patterns: CompiledPattern<V>[];
  /** word beginning (`wordKey`) → indexes of the patterns whose matches start at such a word */
  byStart: Map<string, number[]>;
  /** whole word (3 letters or more) → indexes of the patterns whose matches start with it */
  byWord: Map<string, number[]>;
  /** patterns whose first word cannot be read: scanned over the whole text */
  anywhere: number[];
  /** per pattern, the end of its last match in the current message, valid when its stamp is current */
  end: Int32Array;
  stamp: Int32Array;
  /** increases per call, so nothing is cleared between messages */
  generation: number;
}

export interface RuleMatch<V> {
  value: V;
  index: number;
  /** the writer's own words (from the unfolded text) */
  words: string;
}

let nextRulesId = 0;

/**
 * "they'?ll" spelt "(?:they'll|theyll)": the same matches, but the index then reads "they" as a
 * whole first word instead of trying the pattern at every "the…" word. Only for rules written
 * with it in mind: it reads the word back to the nearest "(", "|" or space, so "(?:mum|dad)'?s"
 * would lose "mum's".
 */
export const spellApostrophes = (pattern: string): string =>
  pattern.replace(/(\\b|^|[(| ])([a-z]+)'\?([a-z]+)/g, "$1(?:$2'$3|$2$3)");

/** How a writer's own threat begins ("I'll", "I'm going to", "I swear I'll"): abuse and safeguarding both read it. */
export const I_WILL = "(?:i'?ll|i will|ill|i'?m going to|im going to|i'?m gonna|im gonna|i swear i'?ll)";

export function compileRules<V>(rules: ReadonlyArray<PhraseRule<V>>): CompiledRules<V> {
  const patterns: CompiledPattern<V>[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
      if (groups !== 0) throw new Error(`phrase pattern has a capturing group: ${pattern}`);
      const starts = startKeys(pattern);
      const second = starts ? readSecond(pattern) : null;
      patterns.push({
        regex: new RegExp(pattern, 'g'),
        sticky: new RegExp(pattern, 'y'),
        value: rule.value,
        starts,
        second: second && {
          words: new Set(second.filter((k) => k.startsWith('=')).map((k) => k.slice(1))),
          beginnings: new Set(second.filter((k) => !k.startsWith('='))),
        },
      });
    }
  }
  const byStart = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const anywhere: number[] = [];
  const add = (map: Map<string, number[]>, key: string, index: number) => map.set(key, [...(map.get(key) ?? []), index]);
  patterns.forEach((pattern, index) => {
    if (!pattern.starts) anywhere.push(index);
    else for (const key of pattern.starts) key.startsWith('=') ? add(byWord, key.slice(1), index) : add(byStart, key, index);
  });
  return {
    id: nextRulesId++,
    patterns,
    byStart,
    byWord,
    anywhere,
    end: new Int32Array(patterns.length),
    stamp: new Int32Array(patterns.length),
    generation: 0,
  };
}

/** The beginning of a word that phrase patterns are indexed by: its first three letters. */
export const wordKey = (word: string): string => (word.length > 3 ? word.slice(0, 3) : word);

/** What the rules read: the folded text, the writer's text (same length) and its words. */
export interface RuleInput {
  folded: string;
  text: string;
  /** words of `folded` */
  tokens: readonly string[];
  /** offset in `folded` of each word, in order */
  wordStarts: Int32Array;
  /** `wordKey` of each word */
  wordKeys: readonly string[];
}

/**
 * For each distinct word, the patterns of each rule set that may start at it (by its whole form
 * and by its beginning, merged in pattern order), found once and kept: words recur across
 * messages, and all four rule sets read the same words, so a message costs one map lookup per
 * word instead of two per word per rule set.
 */
interface WordCandidates {
  candidates: Array<readonly number[] | undefined>;
}
const NONE: readonly number[] = [];
let wordCandidates = new Map<string, WordCandidates>();
const messageWords = new WeakMap<RuleInput, WordCandidates[]>();

function wordsOf(input: RuleInput): WordCandidates[] {
  let words = messageWords.get(input);
  if (words === undefined) {
    if (wordCandidates.size > 100_000) wordCandidates = new Map();
    words = input.tokens.map((token) => {
      let word = wordCandidates.get(token);
      if (word === undefined) {
        word = { candidates: [] };
        wordCandidates.set(token, word);
      }
      return word;
    });
    messageWords.set(input, words);
  }
  return words;
}

function candidatesOf(
  byStart: Map<string, number[]>,
  byWord: Map<string, number[]>,
  token: string,
  key: string,
): readonly number[] {
  const byBeginning = byStart.get(key);
  const whole = token.length >= 3 ? byWord.get(token) : undefined;
  if (!whole) return byBeginning ?? NONE;
  if (!byBeginning) return whole;
  return [...new Set([...byBeginning, ...whole])].sort((a, b) => a - b);
}

/**
 * Every match of every pattern, ordered by position (then by pattern, as declared). Per pattern,
 * matches are leftmost first and do not overlap, exactly as a global scan would report them;
 * `indexed = false` runs that global scan for every pattern (tests compare the two).
 */
export function findMatches<V>(rules: CompiledRules<V>, input: RuleInput, indexed = true): RuleMatch<V>[] {
  const { folded, text: original, tokens, wordStarts, wordKeys } = input;
  const found: Array<RuleMatch<V> & { pattern: number }> = [];
  const scanned = indexed ? rules.anywhere : rules.patterns.map((_, index) => index);
  if (indexed) {
    const { patterns, byStart, byWord, end, stamp } = rules;
    const generation = ++rules.generation;
    // Try one pattern at word w: sticky, so the regular expression runs only there, and only
    // if the next word can be the pattern's second word ("the gp at" is not tried at "the bus").
    const tryAt = (index: number, w: number, start: number) => {
      // Inside this pattern's previous match: a global scan would not start here.
      if (stamp[index] === generation && start < end[index]!) return;
      const pattern = patterns[index]!;
      const second = pattern.second;
      if (second !== null) {
        const next = tokens[w + 1];
        if (next === undefined || !(second.words.has(next) || second.beginnings.has(wordKeys[w + 1]!))) return;
      }
      pattern.sticky.lastIndex = start;
      const match = pattern.sticky.exec(folded);
      if (match === null || match[0].length === 0) return;
      stamp[index] = generation;
      end[index] = start + match[0].length;
      found.push({ value: pattern.value, index: start, words: original.slice(start, end[index]), pattern: index });
    };
    const words = wordsOf(input);
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      let candidates = word.candidates[rules.id];
      if (candidates === undefined)
        candidates = word.candidates[rules.id] = candidatesOf(byStart, byWord, tokens[w]!, wordKeys[w]!);
      if (candidates.length === 0) continue;
      const start = wordStarts[w]!;
      for (let c = 0; c < candidates.length; c++) tryAt(candidates[c]!, w, start);
    }
    // Candidates are in pattern order and words in text order: already sorted.
    if (scanned.length === 0) return found;
  }
  for (const index of scanned) {
    const pattern = rules.patterns[index]!;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(folded)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const words = original.slice(match.index, match.index + match[0].length);
      found.push({ value: pattern.value, index: match.index, words, pattern: index });
    }
  }
  return found.sort((a, b) => a.index - b.index || a.pattern - b.pattern);
}

/**
 * Beginnings (see `wordKey`) of the words a pattern's matches can start with, or null if that
 * cannot be read simply (the pattern is then scanned over the whole text). Reads leading
 * lookbehinds, \b and ^, groups of alternatives (optional or not) and literal words; a
 * character class or escape at the start gives null.
 */
export function startKeys(source: string): string[] | null {
  const starts = readStarts(source);
  return starts ? [...new Set(starts)] : null;
}

/** The pattern without its leading \b, ^ and lookbehinds (they match no letters); null if unreadable. */
function skipLeadingAssertions(source: string): string | null {
  let s = source;
  for (;;) {
    if (s.startsWith('\\b')) s = s.slice(2);
    else if (s.startsWith('^')) s = s.slice(1);
    else if (s.startsWith('(?<!') || s.startsWith('(?<=')) {
      const end = closingParen(s, 0);
      if (end < 0) return null;
      s = s.slice(end + 1);
    } else return s;
  }
}

function readStarts(source: string, depth = 0): string[] | null {
  if (depth > 6) return null;
  const s = skipLeadingAssertions(source);
  if (s === null) return null;
  if (s.startsWith('(?:')) {
    const end = closingParen(s, 0);
    if (end < 0) return null;
    let rest = s.slice(end + 1);
    const optional = rest.startsWith('?') || rest.startsWith('*');
    if (rest.startsWith('{')) return null;
    if (rest.startsWith('?') || rest.startsWith('*') || rest.startsWith('+')) rest = rest.slice(1);
    const alternatives = splitAlternatives(s.slice(3, end)).map((a) => a + rest);
    if (optional) alternatives.push(rest);
    const out: string[] = [];
    for (const alternative of alternatives) {
      const found = readStarts(alternative, depth + 1);
      if (!found) return null;
      out.push(...found);
    }
    return out;
  }
  const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
  if (!word) return null;
  const next = s.charAt(word.length);
  // "rooms?" or "a{2}": a quantifier makes the last letter optional.
  const literal = next === '?' || next === '*' || next === '{' ? word.slice(0, -1) : word;
  const after = s.slice(word.length);
  if (literal.length >= 3) return [literal === word && endsWord(after) ? `=${word}` : literal.slice(0, 3)];
  if (literal !== word || next === '+') return null;
  // "i'?ll", "do ?n't": the word may run on into the next letters as one token.
  const runOn = /^(?:'\?| \?)([a-z]+)/.exec(after);
  if (runOn) return [word, (word + runOn[1]).slice(0, 3)];
  // The word ends here (tokens shorter than 3 letters are whole words).
  if (endsWord(after)) return [word];
  return null;
}

/**
 * The second words of a pattern's matches (keys as in `startKeys`), when every match starts with
 * a whole first word, one space and a readable second word: "\\b(?:my|the) doctor at" →
 * "=doctor". Null otherwise (the pattern is tried at every first word).
 */
export function readSecond(source: string, depth = 0): string[] | null {
  if (depth > 6) return null;
  const s = skipLeadingAssertions(source);
  if (s === null) return null;
  if (s.startsWith('(?:')) {
    const end = closingParen(s, 0);
    const rest = s.slice(end + 1);
    if (end < 0 || /^[?*+{]/.test(rest)) return null;
    const out: string[] = [];
    for (const alternative of splitAlternatives(s.slice(3, end))) {
      const found = readSecond(alternative + rest, depth + 1);
      if (!found) return null;
      out.push(...found);
    }
    return [...new Set(out)];
  }
  const word = /^[a-z0-9]+/.exec(s)?.[0] ?? '';
  const after = s.slice(word.length);
  if (!word || !/^ (?![?*+{])/.test(after)) return null;
  const second = readStarts(after.slice(1));
  return second && second.length > 0 ? [...new Set(second)] : null;
}

/** Whether a literal word ends where `after` begins, also before "(?:'s|'d| has)?". */
function endsWord(after: string): boolean {
  if (WORD_ENDS.test(after)) return true;
  if (!after.startsWith('(?:')) return false;
  const end = closingParen(after, 0);
  const quantifier = after.charAt(end + 1);
  if (end < 0 || (quantifier !== '?' && quantifier !== '*')) return false;
  return splitAlternatives(after.slice(3, end)).every((a) => WORD_ENDS.test(a)) && endsWord(after.slice(end + 2));
}

/**
 * What may follow a literal word for the word to end there (the end of the pattern does not
 * end the word: "\\bbrib" matches "bribes"): a word boundary, a space
 * or \\s (not optional), an apostrophe (the tokeniser splits "don't"), an escaped symbol or a
 * class of symbols ("f\\*+", "f[*#@]"), not optional.
 */
const WORD_ENDS = /^(?:\\b| (?![?*])|\\s(?![?*+])|'(?!\?)|\\[^a-zA-Z0-9](?![?*])|\[[^\]a-z0-9\\]*\](?![?*]))/;

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
