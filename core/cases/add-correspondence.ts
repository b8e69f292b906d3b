import type { Channel } from '../domain/vocabulary.js';
import type { CaseRecord } from './case-record.js';
import type { CaseDeps } from './case-deps.js';
import { changeCase } from './change-case.js';

/** A reply by email, or a note of a call or visit, added to an existing case. */
export async function addCorrespondence(
  reference: string,
  deps: CaseDeps,
  opts: {
    actor: string;
    direction: 'inbound' | 'outbound' | 'note';
    channel: Channel;
    fromParty?: string | null;
    text: string;
    messageId?: string | null;
    at?: Date;
  },
): Promise<CaseRecord> {
  return changeCase(reference, deps, opts.actor, `correspondence_${opts.direction}`, (current, now) => ({
    next: current,
    details: { channel: opts.channel, messageId: opts.messageId ?? null },
    correspondence: [
      {
        id: deps.newId(),
        direction: opts.direction,
        channel: opts.channel,
        fromParty: opts.fromParty ?? null,
        text: opts.text,
        messageId: opts.messageId ?? null,
        at: opts.at ?? now,
      },
    ],
  }));
}
