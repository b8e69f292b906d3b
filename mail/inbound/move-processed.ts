/**
 * Moves finished messages out of the feedback mailbox, in one command per destination. MOVE
 * (RFC 6851) is atomic on the server; imapflow emulates it with COPY + \Deleted + EXPUNGE where
 * it is missing. Nothing is ever deleted: every message ends in the processed or the quarantine
 * folder.
 */
import type { ImapFlow } from 'imapflow';

/** Creates the folder if missing (names are configurable: IMAP_PROCESSED_MAILBOX …). */
export async function ensureMailbox(client: ImapFlow, path: string): Promise<void> {
  const existing = await client.list();
  if (existing.some((box) => box.path === path)) return;
  try {
    await client.mailboxCreate(path);
  } catch (error) {
    // Another worker may have created it between the list and the create (RFC 5530 ALREADYEXISTS).
    const again = await client.list();
    if (!again.some((box) => box.path === path)) throw error;
  }
}

export async function moveMessages(client: ImapFlow, uids: number[], destination: string): Promise<void> {
  if (uids.length === 0) return;
  await client.messageMove(uids, destination, { uid: true });
}
