/**
 * Top-level header fields by lower-case name, unfolded (RFC 5322 §2.2.3), first occurrence
 * wins. Detection rules read raw header text rather than mailparser's structured values so a
 * malformed field is still seen as written.
 */
export type HeaderMap = ReadonlyMap<string, string>;

export function headerMapFromLines(lines: ReadonlyArray<{ key: string; line: string }>): HeaderMap {
  const map = new Map<string, string>();
  for (const { key, line } of lines) {
    const name = key.toLowerCase();
    if (map.has(name)) continue;
    const colon = line.indexOf(':');
    map.set(name, (colon >= 0 ? line.slice(colon + 1) : '').replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  return map;
}

export function headerMapFromText(text: string): HeaderMap {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines: Array<{ key: string; line: string }> = [];
  for (const line of head.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon > 0) lines.push({ key: line.slice(0, colon).trim(), line });
  }
  return headerMapFromLines(lines);
}
