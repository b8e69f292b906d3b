import { describe, expect, it } from 'vitest';
import {
  compileLanguageProfiles,
  detectLanguage,
  learnLanguageProfiles,
} from '../../../core/classify/language/detect-language.js';
import { chat } from './prepare.js';

const profiles = compileLanguageProfiles(
  learnLanguageProfiles([
    { text: 'the hospital cancelled my appointment again and nobody called me', lang: 'en' },
    { text: 'o hospital cancelou a minha consulta outra vez e ninguém me ligou', lang: 'pt' },
    { text: 'szpital znowu odwołał moją wizytę i nikt do mnie nie zadzwonił', lang: 'pl' },
    { text: 'spitalul mi-a anulat din nou programarea și nimeni nu m-a sunat', lang: 'ro' },
    { text: "l'hôpital a encore annulé mon rendez-vous et personne ne m'a appelé", lang: 'fr' },
  ]),
);
const lang = (text: string) => detectLanguage(chat(text).tokens, text.toLowerCase(), profiles).lang;

describe('language of a message', () => {
  it.each([
    ['The bus was late again and the driver was rude.', 'en'],
    ['Obrigado pela ajuda, foram muito simpáticos comigo.', 'pt'],
    ['Dziękuję bardzo, pani była bardzo miła.', 'pl'],
    ['dziekuje bardzo, pani byla bardzo mila', 'pl'],
    ['Vă mulțumesc pentru ajutor, ați fost foarte amabili.', 'ro'],
    ['va multumesc pentru ajutor, ati fost foarte amabili', 'ro'],
    ['Merci beaucoup pour votre aide, vous avez été très gentils.', 'fr'],
    ['hello', 'en'],
    ['', 'en'],
  ])('%j is %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });
});
