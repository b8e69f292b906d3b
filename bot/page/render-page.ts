import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Language } from '../../core/domain/vocabulary.js';
import { LANGUAGES } from '../../core/domain/vocabulary.js';
import { languageOfLocale, textsFor } from '../locales/index.js';

const template = readFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), 'utf8');

/** Web Chat's own UI strings (send button, "sending"…) come in these locales. */
const WEBCHAT_LOCALE: Record<Language, string> = { en: 'en-GB', pt: 'pt-PT', pl: 'pl-PL' };
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', pt: 'Português', pl: 'Polski' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside <script type="application/json">: "<" escaped so text can never close the tag. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface PageSettings {
  directLineDomain: string;
  tokenUrl: string;
  pollingInterval: number;
}

export function renderPage(language: Language, settings: PageSettings): string {
  const t = textsFor(language).page;
  const languageLinks = LANGUAGES.map(
    (code) =>
      `<li><a href="/?lang=${code}" hreflang="${code}" lang="${code}"${code === language ? ' aria-current="true"' : ''}>${escapeHtml(LANGUAGE_NAMES[code])}</a></li>`,
  ).join('');
  const values: Record<string, string> = {
    lang: language,
    title: escapeHtml(t.title),
    skipToChat: escapeHtml(t.skipToChat),
    languageLabel: escapeHtml(t.languageLabel),
    languageLinks,
    intro: escapeHtml(t.intro),
    chatHeading: escapeHtml(t.chatHeading),
    loading: escapeHtml(t.loading),
    noScript: escapeHtml(t.noScript),
    privacyHeading: escapeHtml(t.privacyHeading),
    privacyText: escapeHtml(t.privacyText),
    otherWaysHeading: escapeHtml(t.otherWaysHeading),
    otherWays: t.otherWays.map((way) => `<li>${escapeHtml(way)}</li>`).join(''),
    configJson: scriptJson({
      domain: settings.directLineDomain,
      tokenUrl: settings.tokenUrl,
      pollingInterval: settings.pollingInterval,
      webChatLocale: WEBCHAT_LOCALE[language],
      texts: { unavailable: t.unavailable, botInitials: t.botInitials, userInitials: t.userInitials },
    }),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** ?lang= wins, then the browser's Accept-Language, then English. */
export function pickLanguage(query: unknown, acceptLanguage: string | undefined): Language {
  const asked = languageOfLocale(typeof query === 'string' ? query : undefined);
  if (asked) return asked;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const accepted = languageOfLocale(part.trim());
    if (accepted) return accepted;
  }
  return 'en';
}
