/**
 * Language of a message (ISO 639-1). Two kinds of evidence, both cheap:
 * - function words that belong to one language only (a closed list per language, folded);
 * - a character-trigram profile per language learnt from the labelled corpus (trained into the
 *   model), which sees diacritics ("ção", "ę", "ă", "é") and word endings.
 * Short messages with no evidence default to English, the island's main language.
 */
export interface LanguageProfiles {
  langs: string[];
  /** trigram → log P(trigram | lang), one number per entry of `langs` */
  trigrams: Record<string, number[]>;
  /** log probability of a trigram never seen in training, per language */
  unseen: number[];
}

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and to of is it that was for on are with have be this not but they at from by or had has were been would will can my we you your our there their what when which who did don no so if very just about could should me i am an only more all any some here how why also still now then than too please thanks thank hello hi yes out up over into after before because again never always get got',
  pt: 'nao uma um os das dos da nas nos muito minha meu seu sua para com foi estou ja ninguem obrigado obrigada porque tenho sem isso tambem voces voce pelo pela ao aos ainda ha sao ate agora hoje quero fiquei esta mas nada quando dia dias como ele ela sempre filho filha mae pai marido',
  pl: 'nie jest sie w z i czy jak mnie mi moj moja moje mojej mojego juz bardzo tylko ale od po dla przez nikt nic bylo byl byla jestem mam dziekuje prosze dzien dobry tego tym ten sa oraz jego jej ich kiedy dlaczego gdzie teraz ze zeby gdy tak znowu dzis nam nas mojemu moja',
  ro: 'si nu este sa ca cu din pentru mai care fost mea meu mele lui acum foarte nimeni nimic vreau va rog multumesc noastra nostru sunt asta acest aceasta dupa cand ce pe iar doar inca deja am fi ar au nici niciun nicio mi ma m-a s-a mult aici unde',
  fr: 'le les des du est et je il elle nous vous pas ne une pour dans sur avec mon mes mais tres qui c j l d n ai ete depuis personne rien merci bonjour aussi toujours encore au aux cette ce sont fait moi leur plus chez qu ca',
};

const LANGS = Object.keys(FUNCTION_WORDS);
/** function word → indexes (in LANGS) of the languages it belongs to, once per listing */
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, l) => {
  for (const word of FUNCTION_WORDS[lang]!.split(' ')) WORD_LANGS.set(word, [...(WORD_LANGS.get(word) ?? []), l]);
});
/** Words read for function-word evidence: the language is plain well before this. */
const MAX_WORDS = 80;

export interface LanguageGuess {
  lang: string;
  evidence: string[];
}

export function trigramsOf(lowerText: string): string[] {
  const letters = ` ${lowerText.replace(/[^\p{L}]+/gu, ' ').trim()} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= letters.length; i++) {
    const gram = letters.slice(i, i + 3);
    if (gram !== '   ') out.push(gram);
  }
  return out;
}

/**
 * Trigram tables built once when the model is loaded: an open-addressing hash table from the
 * packed trigram (three UTF-16 codes in one integer, no string per trigram) to its row of
 * log-probabilities, all rows in one typed array (about 160 lookups per message).
 */
export interface CompiledLanguageProfiles {
  langs: string[];
  /** packed trigram + 1 (0: empty slot) */
  keys: Int32Array;
  /** row of each slot in `logs` */
  rows: Int32Array;
  /** one row of `langs.length` log-probabilities per trigram */
  logs: Float64Array;
  unseen: number[];
  /** index in the function-word languages of each entry of `langs`, or -1 */
  slots: number[];
}

/** Three UTF-16 codes in one small integer (10 bits each: Latin, Latin-1 and Latin Extended fit; anything above shares one slot). */
const pack = (a: number, b: number, c: number): number =>
  (Math.min(a, 1023) << 20) | (Math.min(b, 1023) << 10) | Math.min(c, 1023);

export function compileLanguageProfiles(profiles: LanguageProfiles): CompiledLanguageProfiles {
  const k = profiles.langs.length;
  const grams = Object.entries(profiles.trigrams);
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const rows = new Int32Array(size);
  const logs = new Float64Array(grams.length * k);
  grams.forEach(([gram, values], row) => {
    logs.set(values, row * k);
    // Grams that pack alike (codes above 1023) share a slot: the later one wins.
    const slot = find(keys, pack(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2)));
    keys[slot] = pack(gram.charCodeAt(0), gram.charCodeAt(1), gram.charCodeAt(2)) + 1;
    rows[slot] = row;
  });
  return {
    langs: profiles.langs,
    keys,
    rows,
    logs,
    unseen: profiles.unseen,
    slots: profiles.langs.map((lang) => LANGS.indexOf(lang)),
  };
}

/** The slot of a packed trigram in the table: where it is, or the empty slot where it would go. */
function find(keys: Int32Array, packed: number): number {
  const mask = keys.length - 1;
  let slot = (Math.imul(packed, 0x9e3779b1) >>> 0) & mask;
  while (keys[slot] !== 0 && keys[slot] !== packed + 1) slot = (slot + 1) & mask;
  return slot;
}

export function detectLanguage(
  foldedTokens: readonly string[],
  lowerText: string,
  profiles: CompiledLanguageProfiles,
): LanguageGuess {
  const langs = profiles.langs.length > 0 ? profiles.langs : LANGS;
  const scores = new Float64Array(langs.length);
  const slot = profiles.langs.length > 0 ? profiles.slots : LANGS.map((_, l) => l);
  const words = Math.min(foldedTokens.length, MAX_WORDS);
  const hitsPerFunctionLang = new Int32Array(LANGS.length);
  for (let t = 0; t < words; t++) {
    const found = WORD_LANGS.get(foldedTokens[t]!);
    if (found !== undefined) for (let f = 0; f < found.length; f++) hitsPerFunctionLang[found[f]!]!++;
  }
  for (let i = 0; i < langs.length; i++) scores[i] = slot[i]! >= 0 ? hitsPerFunctionLang[slot[i]!]! : 0;

  // Letter trigrams of " word word ", read in one pass: runs of non-letters count as one space.
  let gramCount = 0;
  if (profiles.langs.length > 0) {
    const k = profiles.langs.length;
    const totals = new Float64Array(k);
    const { unseen, keys, rows, logs } = profiles;
    let a = SPACE;
    let b = SPACE;
    for (let i = 0; i <= lowerText.length; i++) {
      // the text's letters, each run of anything else as one space, and a space at the end
      let c: number;
      if (i === lowerText.length) {
        if (b === SPACE) break;
        c = SPACE;
      } else {
        c = lowerText.charCodeAt(i);
        if (!isLetter(c)) {
          if (b === SPACE) continue;
          c = SPACE;
        }
      }
      if (!(a === SPACE && b === SPACE)) {
        const found = find(keys, pack(a, b, c));
        if (keys[found] !== 0) for (let l = 0, at = rows[found]! * k; l < k; l++) totals[l]! += logs[at + l]!;
        else for (let l = 0; l < k; l++) totals[l]! += unseen[l]!;
        gramCount++;
      }
      a = b;
      b = c;
    }
    let best = -Infinity;
    for (let l = 0; l < k; l++) if (totals[l]! > best) best = totals[l]!;
    // Average log-likelihood ratio against the best language, scaled so that a clear
    // trigram winner weighs about as much as three function words.
    for (let l = 0; l < k && gramCount > 0; l++) {
      const ratio = (totals[l]! - best) / gramCount;
      scores[l]! += Math.max(ratio * 6, -6) + (ratio === 0 ? 1 : 0);
    }
  }
  let winner = langs.indexOf('en');
  for (let l = 0; l < langs.length; l++) if (scores[l]! > scores[Math.max(winner, 0)]!) winner = l;
  const lang = foldedTokens.length === 0 || winner < 0 ? 'en' : langs[winner]!;
  // Evidence for staff: the winner's function words, as written (at most five).
  const evidence: string[] = [];
  const functionSlot = LANGS.indexOf(lang);
  for (let t = 0; t < words && evidence.length < 5; t++) {
    const token = foldedTokens[t]!;
    if (WORD_LANGS.get(token)?.includes(functionSlot) && !evidence.includes(token)) evidence.push(token);
  }
  return { lang, evidence };
}

const SPACE = 32;
const LETTER = /\p{L}/u;
const nonAsciiLetter = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = nonAsciiLetter.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    nonAsciiLetter.set(code, known);
  }
  return known;
}

/** Trigram log-probabilities per language from labelled texts (add-one smoothing, top grams kept). */
export function learnLanguageProfiles(
  samples: ReadonlyArray<{ text: string; lang: string }>,
  keepPerLang = 600,
): LanguageProfiles {
  const counts = new Map<string, Map<string, number>>();
  for (const sample of samples) {
    const perLang = counts.get(sample.lang) ?? new Map<string, number>();
    for (const gram of trigramsOf(sample.text.toLowerCase())) perLang.set(gram, (perLang.get(gram) ?? 0) + 1);
    counts.set(sample.lang, perLang);
  }
  const langs = [...counts.keys()].sort();
  const kept = new Set<string>();
  for (const lang of langs) {
    const top = [...counts.get(lang)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keepPerLang);
    for (const [gram] of top) kept.add(gram);
  }
  const trigrams: Record<string, number[]> = {};
  const unseen: number[] = [];
  const totals = langs.map((lang) => [...counts.get(lang)!.values()].reduce((a, b) => a + b, 0));
  const vocabulary = kept.size + 1;
  langs.forEach((_, l) => unseen.push(round(Math.log(1 / (totals[l]! + vocabulary)))));
  for (const gram of [...kept].sort()) {
    trigrams[gram] = langs.map((lang, l) =>
      round(Math.log(((counts.get(lang)!.get(gram) ?? 0) + 1) / (totals[l]! + vocabulary))),
    );
  }
  return { langs, trigrams, unseen };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
