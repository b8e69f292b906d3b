/**
 * Structured log lines for the mail workers. Details carry identifiers (mailbox UIDs, case ids,
 * counts, error messages), never addresses or message text: no personal data in clear.
 */
export type MailLog = (event: string, details?: Record<string, unknown>) => void;

export const jsonLog: MailLog = (event, details = {}) => {
  process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), component: 'mail', event, ...details })}\n`);
};

export const silentLog: MailLog = () => undefined;
