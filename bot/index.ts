import type { TurnContext } from 'botbuilder';
import type { Services } from '../app/services.js';
import { addCorrespondence } from '../core/cases/add-correspondence.js';
import { batchedCreateCase } from './cases/batched-create-case.js';
import { IntakeBot } from './dialogs/intake-bot.js';
import type { IntakePorts } from './dialogs/question.js';
import { textsFor } from './locales/index.js';
import { readBotConfig, type BotConfig } from './server/bot-config.js';
import { createBotServer, type RunningBotServer } from './server/create-bot-server.js';
import { createIntakeAdapter, type IntakeAdapter, type OutboundCredentialsFactory } from './server/intake-adapter.js';
import { PrismaStorage } from './storage/prisma-storage.js';

export interface StartBotOptions {
  port: number;
  host?: string;
  /** Defaults to process.env; tests pass their own. */
  env?: Record<string, string | undefined>;
  /** Web Chat's polling interval (ms) for the page. */
  pollingInterval?: number;
  /** Outgoing Bot Framework credentials other than MicrosoftAppPassword via MSAL. */
  credentialsFactory?: OutboundCredentialsFactory;
}

export interface BotServer extends RunningBotServer {
  bot: IntakeBot;
  storage: PrismaStorage;
  config: BotConfig;
}

/** The conversation's view of the core: cases only through core/cases (chat and email alike). */
export function intakePortsOf(services: Pick<Services, 'classify' | 'caseDeps' | 'profile' | 'now'>): IntakePorts {
  return {
    classify: services.classify,
    createCase: batchedCreateCase(services.caseDeps, services.now),
    async addToCase(reference, text) {
      await addCorrespondence(reference, services.caseDeps, {
        actor: 'system:web_chat',
        direction: 'inbound',
        channel: 'web_chat',
        text,
      });
    },
    profile: services.profile,
    now: services.now,
  };
}

function handleTurnErrors(adapter: IntakeAdapter, bot: IntakeBot): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The message only: errors can quote what people typed, which must not reach the logs.
    console.error(`web chat: turn failed (${error.name}): ${error.message.split('\n')[0]?.slice(0, 200)}`);
    // Another instance took a turn of this conversation meanwhile: the answers are safe in the
    // store, the person only needs to send the message again. Any other failure: a state that
    // cannot be read would fail every turn, so forget it and let the person start again.
    const conflict = /eTag conflict/.test(error.message);
    if (!conflict) await bot.conversationState.delete(context).catch(() => undefined);
    await context.sendActivity({ type: 'message', text: textsFor('en').chat.error, textFormat: 'plain' });
  };
}

/**
 * The website chat in this process: restify with the page at /, /api/messages (Bot Framework),
 * the Direct Line endpoint at /v3/directline, /healthz and /readyz. State lives in the shared
 * store, so restarts and other instances continue the same conversations.
 */
export async function startBotServer(services: Services, options: StartBotOptions): Promise<BotServer> {
  const config = readBotConfig({ ...(options.env ?? process.env), PORT: String(options.port) });
  const storage = new PrismaStorage(services.store.db, { ttlMs: config.BOT_STATE_TTL_MINUTES * 60_000, now: services.now });
  const bot = new IntakeBot(storage, intakePortsOf(services));
  const adapter = createIntakeAdapter(config, options.credentialsFactory);
  handleTurnErrors(adapter, bot);
  const running = await createBotServer(
    {
      config,
      adapter,
      bot,
      pollingInterval: options.pollingInterval,
      isReady: async () => {
        await services.store.db.$queryRawUnsafe('SELECT 1');
        return true;
      },
    },
    options.port,
    options.host,
  );
  // Idle conversations, and what was typed into them, are deleted once expired (issue 5 §4).
  const sweeper = setInterval(() => {
    storage.sweepExpired().catch((error: Error) => console.error(`web chat: expiry sweep failed: ${error.message}`));
  }, 60_000);
  sweeper.unref();
  return {
    ...running,
    bot,
    storage,
    config,
    async close() {
      clearInterval(sweeper);
      await running.close();
    },
  };
}
