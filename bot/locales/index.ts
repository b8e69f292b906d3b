import { LANGUAGES, type Language } from '../../core/domain/vocabulary.js';
import { en, type BotTexts } from './en.js';
import { pl } from './pl.js';
import { pt } from './pt.js';

export type { BotTexts };

const TEXTS: Record<Language, BotTexts> = { en, pt, pl };

export function textsFor(language: Language): BotTexts {
  return TEXTS[language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "pt-PT", "pl", "en-GB" → our language; anything else → undefined. */
export function languageOfLocale(locale: string | undefined | null): Language | undefined {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return isLanguage(code) ? code : undefined;
}
