/**
 * Reads a subject's written answer to a consent request (POLICY.md §2: "the investigation does
 * not begin until consent arrives"; GoJ "Complaints being made on behalf of somebody else").
 * Only a clear answer counts: refusal phrases are checked first because they contain the
 * consent words ("I do not consent"), and anything unclear returns null so staff decide.
 */
export type ConsentAnswer = 'given' | 'refused';

const REFUSED: RegExp[] = [
  // en
  /\b(i|we)\s+(do\s+not|don'?t|don’t|cannot|can'?t|will\s+not|won'?t)\s+(give\s+(my\s+|our\s+)?)?(consent|agree|authori[sz]e|give\s+permission)/i,
  /\b(i|we)\s+(refuse|decline|withdraw)\b/i,
  /\bno,?\s+i\s+(do\s+not|don'?t)\b/i,
  /\bconsent\s+(is\s+)?(refused|declined|withdrawn)\b/i,
  // pt
  /\bn[ãa]o\s+(dou\s+(o\s+meu\s+)?consentimento|consinto|autorizo|concordo)/i,
  /\brecuso\b/i,
  // pl
  /\bnie\s+(wyra[żz]am\s+zgody|zgadzam\s+si[ęe]|udzielam\s+zgody|upowa[żz]niam)/iu,
  /\bodmawiam\b/i,
];

const GIVEN: RegExp[] = [
  // en
  /\b(i|we)\s+(hereby\s+)?(give\s+(my\s+|our\s+)?consent|consent|agree|authori[sz]e|give\s+(my\s+|our\s+)?permission)\b/i,
  /\byes,?\s+(i|you)\s+(consent|agree|can|may|have\s+my\s+(consent|permission))\b/i,
  /\b(you\s+have|with)\s+my\s+(full\s+)?(consent|permission)\b/i,
  // pt
  /\b(dou\s+(o\s+meu\s+)?consentimento|consinto|autorizo|concordo)\b/i,
  // pl
  /\b(wyra[żz]am\s+zgod[ęe]|zgadzam\s+si[ęe]|udzielam\s+zgody|upowa[żz]niam)(?!\p{L})/iu,
];

export function readConsentAnswer(text: string): ConsentAnswer | null {
  const normalised = text.replace(/\s+/g, ' ');
  if (REFUSED.some((pattern) => pattern.test(normalised))) return 'refused';
  if (GIVEN.some((pattern) => pattern.test(normalised))) return 'given';
  return null;
}

/**
 * Who may answer a consent request by email (POLICY.md §2: consent comes from the subject, and
 * "no information is shared with the representative" before it). The writer (representative)
 * cannot consent for the subject. The subject's answer counts when it comes from the subject's
 * known address, or from another address replying in the thread of our message (matched by
 * Message-ID, so the sender had our message, typically forwarded by the representative).
 * Only a clear answer counts; staff see every reply on the case.
 */
export function consentByReply(input: {
  awaitingConsent: boolean;
  senderIsWriter: boolean;
  senderIsSubject: boolean;
  inThreadByMessageId: boolean;
  text: string;
}): ConsentAnswer | null {
  if (!input.awaitingConsent || input.senderIsWriter) return null;
  if (!input.senderIsSubject && !input.inThreadByMessageId) return null;
  return readConsentAnswer(input.text);
}
