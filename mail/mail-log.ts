/**
 * Structured log lines for the mail workers. Details carry identifiers (mailbox UIDs, case ids,
 * counts, error messages), never addresses or message text: no personal data in clear.
 */
export type MailLog = (event: string, details?: Record<string, unknown>) => void;

// Server replies and errors can quote an address ("550 <anna@example.org>: unknown user").
const ADDRESS = /[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+/g;

/** Replaces anything that looks like an email address with a placeholder. */
export function redactAddresses(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(ADDRESS, '<address>') : value;
}

export const jsonLog: MailLog = (event, details = {}) => {
  const safe = Object.fromEntries(Object.entries(details).map(([k, v]) => [k, redactAddresses(v)]));
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), component: 'mail', event, ...safe })}\n`);
};

export const silentLog: MailLog = () => undefined;
