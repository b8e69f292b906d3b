/**
 * Raw RFC 5322 bytes → what the rest of the pipeline needs. mailparser handles the charsets,
 * transfer encodings and broken MIME; this step normalises identifiers, sanitises HTML and
 * fingerprints the message for duplicate detection when it has no Message-ID.
 */
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import { headerMapFromLines, type HeaderMap } from './header-map.js';

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export interface ParsedMessage {
  /** Message-ID without angle brackets, or null when missing or empty. */
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  fromAddress: string | null;
  fromName: string | null;
  subject: string;
  /** The sender's own Date header: informational only; the case uses the server's arrival time. */
  sentAt: Date | null;
  /** Plain text of the body (from the text part, or extracted from the HTML part). */
  text: string;
  /** The HTML part with scripts, styles and active content removed; null when there was none. */
  safeHtml: string | null;
  headers: HeaderMap;
  attachments: ParsedAttachment[];
  /** sha256 of sender, subject, date and text: identifies a re-delivered copy without a Message-ID. */
  contentHash: string;
}

function ids(value: string | string[] | undefined): string[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  return list
    .flatMap((v) => v.match(/<[^<>]+>/g) ?? (v.trim() ? [v.trim()] : []))
    .map(stripAngles)
    .filter(Boolean);
}

export function stripAngles(id: string): string {
  return id.trim().replace(/^<|>$/g, '').trim();
}

const EMAIL = z.email();

function firstMailbox(from: AddressObject | AddressObject[] | undefined): { address: string | null; name: string | null } {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  for (const group of list) {
    for (const entry of group.value) {
      const candidate = entry.address ?? entry.group?.[0]?.address;
      // The same check the intake applies: an address it would refuse cannot be answered.
      if (candidate && EMAIL.safeParse(candidate).success) {
        return { address: candidate.toLowerCase(), name: entry.name || null };
      }
    }
  }
  return { address: null, name: null };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  // skipTextToHtml/skipImageLinks: we never render the text as HTML, so skip that work.
  const mail = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
  const headers = headerMapFromLines(mail.headerLines.filter((h) => h.key));
  const from = firstMailbox(mail.from);
  const messageId = mail.messageId ? stripAngles(mail.messageId) || null : null;
  const text = (mail.text ?? '').replace(/\r\n?/g, '\n').trim();
  const safeHtml =
    typeof mail.html === 'string'
      ? sanitizeHtml(mail.html, { allowedSchemes: ['http', 'https', 'mailto'], allowedAttributes: { a: ['href'] } })
      : null;
  const subject = (mail.subject ?? '').trim();
  const sentAt = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  return {
    messageId,
    inReplyTo: ids(mail.inReplyTo),
    references: ids(mail.references),
    fromAddress: from.address,
    fromName: from.name,
    subject,
    sentAt,
    text,
    safeHtml,
    headers,
    attachments: mail.attachments.map((a, i) => ({
      filename: a.filename ?? `attachment-${i + 1}${a.contentType === 'message/rfc822' ? '.eml' : ''}`,
      contentType: a.contentType || 'application/octet-stream',
      size: a.content.length,
      sha256: sha256(a.content),
      content: a.content,
    })),
    contentHash: sha256([from.address ?? '', subject, headers.get('date') ?? '', text].join('\n')),
  };
}
