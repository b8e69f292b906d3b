/**
 * A parsed new submission + its classification → the core's intake. Pure: the core validates
 * it (IntakeSchema) and decides everything about policy (dates, consent, scope).
 */
import type { Classification } from '../../core/classify/classification.js';
import type { IntakeInput } from '../../core/cases/intake-schema.js';
import { LANGUAGES } from '../../core/domain/vocabulary.js';
import type { ParsedMessage } from './parse-message.js';

/** The intake schema's limit on a description; longer mail is cut and says so. */
const MAX_DESCRIPTION = 20_000;
const CUT_NOTE = '\n\n[message shortened: the full text is kept in the mailbox]';

export function describeMessage(subject: string, newText: string): string {
  const body = newText.trim();
  const head = subject.trim();
  const text = head && !body.startsWith(head) ? (body ? `${head}\n\n${body}` : head) : body;
  return text.length > MAX_DESCRIPTION ? text.slice(0, MAX_DESCRIPTION - CUT_NOTE.length) + CUT_NOTE : text;
}

export function buildIntake(input: {
  message: ParsedMessage;
  newText: string;
  classification: Classification;
  /** The server's arrival time (IMAP INTERNALDATE), never the sender's Date header. */
  receivedAt: Date;
  sourceMessageId: string;
}): IntakeInput {
  const { message, classification: c } = input;
  const language = (LANGUAGES as readonly string[]).includes(c.lang) ? c.lang : 'en';
  const exemption =
    c.subjectConsentNeededReason && c.subjectConsentNeededReason !== 'consent_needed' ? c.subjectConsentNeededReason : null;
  const hasAddress = message.fromAddress !== null;
  return {
    type: c.type,
    channel: 'email',
    receivedAt: input.receivedAt.toISOString(),
    description: describeMessage(message.subject, input.newText),
    department: c.department,
    remedySought: c.remedySought,
    // Mail with no usable sender address cannot be answered: recorded as anonymous.
    anonymous: !hasAddress,
    contact: hasAddress ? { name: message.fromName, email: message.fromAddress, preferredMethod: 'email' } : {},
    language,
    onBehalfOf: hasAddress && c.onBehalfOf ? { relationship: c.onBehalfOf, exemption } : null,
    flags: { outOfScope: c.outOfScope, safeguarding: c.safeguarding, abusive: c.abusive },
    classification: c,
    sourceMessageId: input.sourceMessageId,
    recordedBy: null,
  };
}
