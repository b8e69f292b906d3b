/**
 * Separates what the person wrote now from the earlier messages they quoted and from their
 * signature, so a case records the new words only (quoted text may repeat our acknowledgement
 * or someone else's message). email-reply-parser knows the "On … wrote:" lines of many mail
 * clients, including the Portuguese ("Em … escreveu:") and Polish ("W dniu … napisał:") ones.
 *
 * It costs milliseconds per message (dozens of patterns per line), so mail that shows no sign of
 * quoting (not a reply, no "> " lines, no forwarded or original-message block) only has its
 * signature cut at the standard "-- " delimiter (RFC 3676 §4.3).
 */
import EmailReplyParser from 'email-reply-parser';

export interface ReplyText {
  /** The new text, trimmed. Empty when the message is only a quote. */
  newText: string;
  quotedText: string;
  signature: string;
}

const parser = new EmailReplyParser();

const QUOTING = /^>|^-{2,}\s*(original message|forwarded message|mensagem original|wiadomość oryginalna)|^_{10,}$/im;
const SIGNATURE_DELIMITER = /^-- $/m;

function splitSignatureOnly(text: string): ReplyText {
  const match = SIGNATURE_DELIMITER.exec(text);
  if (!match) return { newText: text.trim(), quotedText: '', signature: '' };
  const newText = text.slice(0, match.index).trim();
  const signature = text.slice(match.index + match[0].length).trim();
  return newText ? { newText, quotedText: '', signature } : { newText: text.trim(), quotedText: '', signature: '' };
}

export function splitReplyText(text: string, options: { isReply?: boolean } = {}): ReplyText {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (options.isReply === false && !QUOTING.test(normalised)) return splitSignatureOnly(normalised);
  const fragments = parser.read(normalised).getFragments();
  const pick = (keep: (f: (typeof fragments)[number]) => boolean) =>
    fragments
      .filter(keep)
      .map((f) => f.getContent())
      .join('\n')
      .trim();
  const newText = pick((f) => !f.isQuoted() && !f.isSignature() && !f.isHidden());
  const quotedText = pick((f) => f.isQuoted());
  const signature = pick((f) => f.isSignature());
  // A message that is all quote (someone forwarding without comment) keeps its full text:
  // dropping everything would record an empty complaint.
  if (!newText) return { newText: normalised.trim(), quotedText: '', signature };
  return { newText, quotedText, signature };
}
