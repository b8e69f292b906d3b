import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createServices, type Services } from '../../../app/services.js';
import { intakePortsOf } from '../../../bot/index.js';
import { IntakeDialog } from '../../../bot/dialogs/intake-dialog.js';
import type { Language } from '../../../core/domain/vocabulary.js';
import { freshSqlite, type FreshDatabase } from '../../support/databases.js';

/** A chat with the real intake dialog, the real classifier and the real case core on a fresh database. */
export interface ChatHarness {
  db: FreshDatabase;
  services: Services;
  newChat(language?: Language): Chat;
  close(): Promise<void>;
}

export interface Reply {
  text: string;
  choices: string[];
  textFormat: string | undefined;
}

export interface Chat {
  /** Sends what the person types; returns every reply the bot made to it. */
  say(text: string): Promise<Reply[]>;
}

export const TEST_NOW = '2026-06-10T09:00:05Z';

export async function chatHarness(env: Record<string, string> = {}): Promise<ChatHarness> {
  const db = await freshSqlite();
  const services = await createServices({
    store: db.store,
    now: () => new Date(TEST_NOW),
    env: {
      POLICY_PROFILE: 'goj',
      SAFEGUARDING_ALERT_TO: 'safeguarding@example.org',
      MAIL_FROM: 'Feedback <feedback@example.org>',
      ...env,
    },
  });
  return {
    db,
    services,
    newChat(language: Language = 'en') {
      const client = new DialogTestClient(
        'test',
        new IntakeDialog(intakePortsOf(services)),
        { language },
        [],
        new ConversationState(new MemoryStorage()),
      );
      return {
        async say(text) {
          const replies: Partial<Activity>[] = [];
          let reply: Partial<Activity> | undefined = await client.sendActivity(text);
          while (reply) {
            replies.push(reply);
            reply = client.getNextReply();
          }
          return replies.map((r) => ({
            text: r.text ?? '',
            choices: (r.suggestedActions?.actions ?? []).map((a) => String(a.title)),
            textFormat: r.textFormat,
          }));
        },
      };
    },
    close: () => db.drop(),
  };
}

export const joined = (replies: Reply[]) => replies.map((r) => r.text).join('\n');
