import { foldText } from './fold.js';
import { stripQuoted } from './strip-quoted.js';
import { tokenize, words } from './tokenize.js';
import type { MessageToClassify } from '../classification.js';
import { wordKey } from '../rules/phrase-rules.js';

/** A message made ready for the rules and the statistical models, computed once. */
export interface PreparedMessage {
  channel: MessageToClassify['channel'];
  /** subject without reply/forward prefixes, or null */
  subject: string | null;
  /** what the writer wrote: the subject line, then the body without quoted replies */
  text: string;
  /** `text` folded (same length, so indices map back to `text`) */
  folded: string;
  /** words of `folded` */
  tokens: string[];
  subjectTokens: string[];
  /** offset of each token in `folded` */
  wordStarts: Int32Array;
  /** 1–3 letter beginning of each token: the phrase rules are indexed by it */
  wordKeys: string[];
}

const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|aw|tr|odp|rv|sv)\s*:\s*)+/i; // reply/forward prefixes in common mail clients

/** Long messages are read to this many characters: the intent of feedback is stated early. */
export const MAX_CHARS = 6000;

export function prepareMessage(message: MessageToClassify): PreparedMessage {
  const subject = message.subject ? message.subject.replace(REPLY_PREFIX, '').trim() || null : null;
  let body = message.channel === 'email' ? stripQuoted(message.text) : message.text;
  if (body.length > MAX_CHARS) body = body.slice(0, MAX_CHARS);
  const text = subject ? `${subject}\n${body}` : body;
  const folded = foldText(text);
  const { tokens, starts } = words(folded);
  return {
    channel: message.channel,
    subject,
    text,
    folded,
    tokens,
    wordStarts: starts,
    wordKeys: tokens.map(wordKey),
    subjectTokens: subject ? tokenize(foldText(subject)) : [],
  };
}
