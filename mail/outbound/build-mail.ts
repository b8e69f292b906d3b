/**
 * An outbox row → the message nodemailer sends. Acknowledgements are marked as automatic
 * (RFC 3834 §5: Auto-Submitted: auto-replied) so other responders do not answer them, thread
 * under the person's message (RFC 5322 §3.6.4 In-Reply-To/References), and carry the
 * Message-ID stored with the row, so a retry is recognisably the same message.
 */
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { OutboxRow } from '../mail-store.js';

export function buildMail(row: OutboxRow, from: string): Mail.Options {
  const autoSubmitted = row.kind === 'acknowledgement' ? 'auto-replied' : 'auto-generated';
  return {
    from,
    to: row.toAddress ?? undefined,
    subject: row.subject,
    text: row.bodyText,
    messageId: row.messageId,
    inReplyTo: row.inReplyTo ?? undefined,
    references: row.references ?? undefined,
    headers: {
      'Auto-Submitted': autoSubmitted,
      // Exchange: do not send out-of-office or delivery receipts back to an automatic message.
      'X-Auto-Response-Suppress': 'All',
      'Content-Language': row.language,
    },
  };
}
