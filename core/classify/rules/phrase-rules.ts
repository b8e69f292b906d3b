/**
 * Phrase rules: regular expressions over folded text (text/fold.ts: lower case, no accents),
 * each tied to a value. All patterns of a rule set are compiled into one alternation so a
 * message is scanned once per rule set, whatever the number of phrases (speed target: 2,000
 * messages/s). Patterns must not contain capturing groups: use (?:…).
 */
export interface PhraseRule<V> {
  value: V;
  patterns: readonly string[];
}

export interface CompiledRules<V> {
  regex: RegExp;
  values: V[];
}

export interface RuleMatch<V> {
  value: V;
  index: number;
  /** the writer's own words (from the unfolded text) */
  words: string;
}

export function compileRules<V>(rules: ReadonlyArray<PhraseRule<V>>): CompiledRules<V> {
  const sources: string[] = [];
  const values: V[] = [];
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
      if (groups !== 0) throw new Error(`phrase pattern has a capturing group: ${pattern}`);
      sources.push(`(${pattern})`);
      values.push(rule.value);
    }
  }
  return { regex: new RegExp(sources.join('|'), 'g'), values };
}

export function findMatches<V>(rules: CompiledRules<V>, folded: string, original: string): RuleMatch<V>[] {
  const found: RuleMatch<V>[] = [];
  rules.regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = rules.regex.exec(folded)) !== null) {
    if (match[0].length === 0) {
      rules.regex.lastIndex++;
      continue;
    }
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    found.push({
      value: rules.values[group - 1]!,
      index: match.index,
      words: original.slice(match.index, match.index + match[0].length),
    });
  }
  return found;
}

/** Words around an index, for rules that need a little context. */
export function window(folded: string, index: number, before: number, after: number): string {
  return folded.slice(Math.max(0, index - before), index + after);
}
