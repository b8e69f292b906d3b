/**
 * Lower-case and strip diacritics one UTF-16 unit at a time, so the folded string has exactly
 * the length of the original: a rule that matches the folded text can quote the writer's own
 * words back (issue 3: "reasons ... the words that triggered it"). People type Polish and
 * Romanian without diacritics in chat ("dziekuje", "multumesc"), so rules match folded text.
 */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 's',
  æ: 'a',
  œ: 'o',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out = lower.length === 1 ? lower : base;
  }
  cache.set(ch, out);
  return out;
}

export function foldText(text: string): string {
  // Plain ASCII (most English messages): lower-casing keeps the length.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: the common case for English messages.
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}
