/**
 * Separates what the person wrote now from the earlier messages they quoted and from their
 * signature, so a case records the new words only (quoted text may repeat our acknowledgement
 * or someone else's message). email-reply-parser knows the "On … wrote:" lines of many mail
 * clients, including the Portuguese ("Em … escreveu:") and Polish ("W dniu … napisał:") ones.
 */
import EmailReplyParser from 'email-reply-parser';

export interface ReplyText {
  /** The new text, trimmed. Empty when the message is only a quote. */
  newText: string;
  quotedText: string;
  signature: string;
}

const parser = new EmailReplyParser();

export function splitReplyText(text: string): ReplyText {
  const normalised = text.replace(/\r\n?/g, '\n');
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
