import type { Request, Response, Server } from 'restify';
import { PostedActivitySchema, StartConversationSchema } from './activity-schema.js';
import { clientAddressKey } from './client-address.js';
import { DirectLineError, type DirectLineService } from './directline-service.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * The Direct Line 3.0 REST surface (polling; no WebSocket stream) that botframework-directlinejs
 * and Web Chat use: tokens generate/refresh, start/reconnect a conversation, post and get
 * activities with a watermark. Paths and bodies follow the Direct Line API 3.0 reference.
 */
export const DIRECT_LINE_BASE = '/v3/directline';

export interface DirectLineRouteOptions {
  service: DirectLineService;
  perAddress: RateLimiter;
  trustProxy: boolean;
}

type Handler = (req: Request, res: Response, addressKey: string) => Promise<unknown>;

function watermarkOf(req: Request): number {
  const watermark = Number.parseInt(String(req.query?.watermark ?? '0'), 10);
  return Number.isFinite(watermark) && watermark > 0 ? watermark : 0;
}

function sendError(res: Response, error: unknown): void {
  if (error instanceof DirectLineError) {
    if (error.retryAfterMs) res.header('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    res.send(error.status, { error: { code: error.code, message: error.message } });
    return;
  }
  res.send(500, { error: { code: 'ServiceError', message: 'Something went wrong.' } });
}

export function registerDirectLineRoutes(server: Server, options: DirectLineRouteOptions): void {
  const { service, perAddress } = options;

  const guarded =
    (handler: Handler) =>
    async (req: Request, res: Response): Promise<void> => {
      res.header('Cache-Control', 'no-store');
      const addressKey = clientAddressKey(req, options.trustProxy);
      const wait = perAddress.take(addressKey);
      try {
        if (wait > 0) throw new DirectLineError(429, 'Throttled', 'Too many requests; wait a moment.', wait);
        await handler(req, res, addressKey);
      } catch (error) {
        if (!(error instanceof DirectLineError)) console.error('directline: request failed', (error as Error).message);
        sendError(res, error);
      }
    };

  server.post(
    `${DIRECT_LINE_BASE}/tokens/generate`,
    guarded(async (req, res, addressKey) => {
      const caller = service.authenticate(req.headers.authorization);
      if (caller.kind !== 'secret') throw new DirectLineError(403, 'BadArgument', 'Generating a token needs the secret.');
      const body = StartConversationSchema.parse(req.body ?? undefined);
      res.send(200, service.generateToken(addressKey, body?.user?.id, body?.locale));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/tokens/refresh`,
    guarded(async (req, res) => {
      res.send(200, service.refreshToken(service.authenticate(req.headers.authorization)));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations`,
    guarded(async (req, res, addressKey) => {
      const caller = service.authenticate(req.headers.authorization);
      const parsed = StartConversationSchema.safeParse(req.body ?? undefined);
      const body = parsed.success ? parsed.data : undefined;
      const result = await service.startConversation(caller, addressKey, { userId: body?.user?.id, locale: body?.locale });
      res.send(result.created ? 201 : 200, result.body);
    }),
  );

  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId`,
    guarded(async (req, res, addressKey) => {
      const caller = service.authenticate(req.headers.authorization);
      res.send(200, service.reconnect(caller, String(req.params.conversationId), addressKey, watermarkOf(req)));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    guarded(async (req, res, addressKey) => {
      const caller = service.authenticate(req.headers.authorization);
      const parsed = PostedActivitySchema.safeParse(req.body);
      if (!parsed.success) throw new DirectLineError(400, 'BadArgument', 'The activity is not valid.');
      res.send(200, await service.postActivity(caller, String(req.params.conversationId), parsed.data, addressKey));
    }),
  );

  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    guarded(async (req, res, addressKey) => {
      const caller = service.authenticate(req.headers.authorization);
      res.send(200, service.getActivities(caller, String(req.params.conversationId), watermarkOf(req), addressKey));
    }),
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/upload`,
    guarded(async () => {
      throw new DirectLineError(403, 'BadArgument', 'Attachments are not accepted in this chat.');
    }),
  );
}
