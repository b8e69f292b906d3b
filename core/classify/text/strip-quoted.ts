/**
 * The part of an email the writer actually wrote. Replies carry the previous message quoted
 * below a header ("On 2 May, X wrote:", Outlook's "-----Original Message-----" or
 * "From: … Sent: …") or as lines prefixed with ">" (RFC 3676 §4.5 quoting); classifying the
 * quoted text would classify our own acknowledgement. A message that is all quote is kept whole.
 */
const QUOTE_HEADER =
  /^(?:on .{3,120}(?:wrote|a écrit|escreveu|napisał\(a\)|napisał|napisała|a scris):?\s*$|-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|from:\s.+$)/i;
const SIGNATURE_MARK = /^-- ?$/; // RFC 3676 §4.3 signature separator

export function stripQuoted(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (SIGNATURE_MARK.test(line) || QUOTE_HEADER.test(trimmed)) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  const result = kept.join('\n').trim();
  return result.length > 0 ? result : text;
}
