import { findChoices } from 'botbuilder-dialogs';

/** Lower-case, trimmed, without trailing punctuation: how typed answers are compared. */
export function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .replace(/\s+/g, ' ');
}

export function isOneOf(text: string, words: readonly string[]): boolean {
  const said = normalise(text);
  return words.some((word) => said === word);
}

/**
 * Which of the offered choices a person meant: the button text, its number ("2"), or enough of
 * its words (botbuilder-dialogs' findChoices, the matcher behind ChoicePrompt).
 */
export function matchChoice<T extends string>(
  text: string,
  choices: readonly { value: T; label: string; synonyms?: readonly string[] }[],
): T | undefined {
  const said = normalise(text);
  const index = /^\d{1,2}$/.test(said) ? Number(said) - 1 : -1;
  if (index >= 0 && index < choices.length) return choices[index]?.value;
  const exact = choices.find((c) => normalise(c.label) === said || c.synonyms?.some((s) => s === said));
  if (exact) return exact.value;
  const found = findChoices(
    said,
    choices.map((c) => ({ value: c.value, synonyms: [...(c.synonyms ?? []), c.label] })),
    {
      allowPartialMatches: false,
    },
  );
  const best = found[0];
  return best ? (best.resolution.value as T) : undefined;
}

export function yesNo(
  text: string,
  words: { yes: readonly string[]; no: readonly string[] },
  labels: { yes: string; no: string },
): boolean | undefined {
  const said = normalise(text);
  if (said === normalise(labels.yes) || words.yes.includes(said)) return true;
  if (said === normalise(labels.no) || words.no.includes(said)) return false;
  return undefined;
}
