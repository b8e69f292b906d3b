import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { BotLogic } from './create-bot-server.js';

/**
 * A bare bot that repeats what it is sent: the benchmark's upper limit for the server, the
 * Direct Line endpoint and the adapter without any conversation logic or state.
 */
export const echoBot: BotLogic = {
  async run(context: TurnContext) {
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity({ type: 'message', text: context.activity.text ?? '', textFormat: 'plain' });
    }
  },
};
