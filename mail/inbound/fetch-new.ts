/**
 * Lists and fetches what is waiting in the feedback mailbox. Everything still in the mailbox is
 * unprocessed: processed mail is moved out (move-processed.ts), so a restart after an outage
 * simply finds the whole backlog here. UIDs (RFC 3501 §2.3.1.1) identify a copy for as long as
 * UIDVALIDITY stays the same, which is what the claim records.
 */
import type { ImapFlow } from 'imapflow';
import type { InboundItem } from './process-message.js';

export async function listWaiting(client: ImapFlow): Promise<number[]> {
  const uids = await client.search({ all: true }, { uid: true });
  return (uids || []).sort((a, b) => a - b);
}

export function sourceOf(mailbox: string, uidValidity: bigint | number | string, uid: number): string {
  return `imap:${mailbox}:${uidValidity}:${uid}`;
}

export async function fetchMessages(client: ImapFlow, mailbox: string, uids: number[]): Promise<InboundItem[]> {
  if (uids.length === 0) return [];
  const opened = client.mailbox;
  const uidValidity = opened && typeof opened === 'object' ? opened.uidValidity : 0n;
  const items: InboundItem[] = [];
  // No other IMAP command may run inside a fetch loop (imapflow), so collect first.
  for await (const message of client.fetch(uids, { uid: true, source: true, internalDate: true }, { uid: true })) {
    if (!message.source) continue;
    const internal = message.internalDate;
    items.push({
      source: sourceOf(mailbox, uidValidity, message.uid),
      raw: message.source,
      internalDate: internal instanceof Date ? internal : internal ? new Date(internal) : new Date(),
    });
  }
  return items;
}

export function uidOfSource(source: string): number {
  return Number(source.slice(source.lastIndexOf(':') + 1));
}
