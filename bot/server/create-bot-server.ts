import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import { StartConversationSchema } from '../directline/activity-schema.js';
import { ConversationRegistry } from '../directline/conversation-registry.js';
import { createDirectLineTokens } from '../directline/directline-tokens.js';
import { DIRECT_LINE_BASE, registerDirectLineRoutes } from '../directline/directline-routes.js';
import { DirectLineError, DirectLineService } from '../directline/directline-service.js';
import { clientAddressKey } from '../directline/client-address.js';
import { createRateLimiter } from '../directline/rate-limiter.js';
import { registerPageRoutes } from '../page/page-routes.js';
import { directLineSecretOf, type BotConfig } from './bot-config.js';
import type { IntakeAdapter } from './intake-adapter.js';
import { issueAzureDirectLineToken } from './azure-directline-token.js';

export interface BotLogic {
  run(context: TurnContext): Promise<void>;
}

export interface BotServerOptions {
  config: BotConfig;
  adapter: IntakeAdapter;
  bot: BotLogic;
  /** Readiness: can we reach the store? */
  isReady: () => Promise<boolean>;
  /** Web Chat's polling interval in ms (Direct Line has no push without WebSocket). */
  pollingInterval?: number;
}

export interface RunningBotServer {
  server: Server;
  url: string;
  port: number;
  directLine: DirectLineService;
  registry: ConversationRegistry;
  close(): Promise<void>;
}

const BOT_ACCOUNT = { id: 'intake-bot', name: 'Feedback assistant' };

export async function createBotServer(options: BotServerOptions, port: number, host = '0.0.0.0'): Promise<RunningBotServer> {
  const { config, adapter, bot } = options;
  const trustProxy = config.BOT_TRUST_PROXY === 'true';
  const server = restify.createServer({ name: 'feedback-intake-chat', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.DIRECTLINE_MAX_ACTIVITY_BYTES, mapParams: false }));

  const registry = new ConversationRegistry({
    idleMs: config.BOT_STATE_TTL_MINUTES * 60_000,
    maxActivitiesKept: 500,
  });
  const secret = directLineSecretOf(config);
  const directLine = new DirectLineService({
    secret,
    tokens: createDirectLineTokens({ secret, lifetimeSeconds: config.DIRECTLINE_TOKEN_MINUTES * 60 }),
    registry,
    bot: { id: config.MicrosoftAppId ?? BOT_ACCOUNT.id, name: BOT_ACCOUNT.name },
    perConversation: createRateLimiter({
      perMinute: config.DIRECTLINE_MESSAGES_PER_MINUTE_PER_CONVERSATION,
      burst: config.DIRECTLINE_MESSAGE_BURST,
    }),
    maxOpenConversationsPerAddress: config.DIRECTLINE_MAX_OPEN_CONVERSATIONS_PER_ADDRESS,
    deliver: (activity) => adapter.processLocalActivity(activity, (context) => bot.run(context)),
  });
  const perAddress = createRateLimiter({ perMinute: config.DIRECTLINE_REQUESTS_PER_MINUTE_PER_ADDRESS });
  registerDirectLineRoutes(server, { service: directLine, perAddress, trustProxy });

  registerPageRoutes(server, {
    directLineDomain: config.WEBCHAT_DIRECTLINE_DOMAIN ?? DIRECT_LINE_BASE,
    tokenUrl: '/api/webchat/token',
    pollingInterval: options.pollingInterval ?? 1000,
    async issueToken(req) {
      if (config.WEBCHAT_DIRECTLINE_DOMAIN && config.AZURE_DIRECTLINE_SECRET) {
        return issueAzureDirectLineToken(config.WEBCHAT_DIRECTLINE_DOMAIN, config.AZURE_DIRECTLINE_SECRET);
      }
      const addressKey = clientAddressKey(req, trustProxy);
      if (perAddress.take(addressKey) > 0) return { status: 429, body: { error: 'Too many requests' }, retryAfterSeconds: 60 };
      try {
        const body = StartConversationSchema.safeParse(req.body ?? undefined);
        return {
          status: 200,
          body: directLine.generateToken(addressKey, undefined, body.success ? body.data?.locale : undefined),
        };
      } catch (error) {
        if (error instanceof DirectLineError) {
          return { status: error.status, body: { error: error.message }, retryAfterSeconds: 60 };
        }
        throw error;
      }
    },
  });

  // Bot Framework protocol: channels (Teams, Azure Direct Line, the Emulator) post here.
  // CloudAdapter validates the channel's JWT when MicrosoftAppId is configured and answers 401 otherwise.
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = await options.isReady().catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
  });

  const sweeper = setInterval(() => registry.sweep(), 60_000);
  sweeper.unref();

  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: boundPort,
    url: `http://127.0.0.1:${boundPort}`,
    directLine,
    registry,
    async close() {
      clearInterval(sweeper);
      // Stop accepting, let requests in flight finish (up to 5 s), and drop idle keep-alive
      // connections (pollers) at once instead of waiting for their timeout.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const force = setTimeout(() => server.server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(force);
    },
  };
}
