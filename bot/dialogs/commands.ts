import type { Language } from '../../core/domain/vocabulary.js';
import { textsFor } from '../locales/index.js';
import { normalise } from './match-answer.js';

export type Command = { kind: 'help' | 'back' | 'restart' | 'cancel' | 'human' } | { kind: 'language'; language: Language };

/** A language can be chosen by its own name or its English one, in any language. */
const LANGUAGE_WORDS: Record<string, Language> = {
  english: 'en',
  inglês: 'en',
  ingles: 'en',
  angielski: 'en',
  português: 'pt',
  portugues: 'pt',
  portuguese: 'pt',
  portugalski: 'pt',
  polski: 'pl',
  polish: 'pl',
  polaco: 'pl',
};

const KINDS = ['help', 'back', 'restart', 'cancel', 'human'] as const;

/**
 * Words that work at any point (issue 5 §3: help, start again, cancel, back, talk to a person,
 * change language). The person's language and English are both understood.
 */
export function recogniseCommand(text: string, language: Language): Command | undefined {
  const said = normalise(text);
  const language_ = LANGUAGE_WORDS[said];
  if (language_) return { kind: 'language', language: language_ };
  for (const lang of new Set<Language>([language, 'en'])) {
    const words = textsFor(lang).commands;
    for (const kind of KINDS) if (words[kind].includes(said)) return { kind };
  }
  return undefined;
}
