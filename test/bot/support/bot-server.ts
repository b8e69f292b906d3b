import { createServices, type Services } from '../../../app/services.js';
import { startBotServer, type BotServer } from '../../../bot/index.js';
import type { OutboundCredentialsFactory } from '../../../bot/server/intake-adapter.js';
import type { FreshDatabase } from '../../support/databases.js';

export const TEST_DIRECTLINE_SECRET = 'test-directline-secret-0123456789';

/** The real bot server (page, Direct Line, /api/messages) on a fresh database and a free port. */
export async function startTestBotServer(
  db: FreshDatabase,
  env: Record<string, string> = {},
  port = 0,
  credentialsFactory?: OutboundCredentialsFactory,
): Promise<{ server: BotServer; services: Services; stop(): Promise<void> }> {
  const fullEnv = {
    POLICY_PROFILE: 'goj',
    SAFEGUARDING_ALERT_TO: 'safeguarding@example.org',
    MAIL_FROM: 'Feedback <feedback@example.org>',
    DIRECTLINE_SECRET: TEST_DIRECTLINE_SECRET,
    ...env,
  };
  const services = await createServices({ store: db.store, env: fullEnv });
  const server = await startBotServer(services, {
    port,
    host: '127.0.0.1',
    env: fullEnv,
    pollingInterval: 200,
    credentialsFactory,
  });
  return { server, services, stop: () => server.close() };
}

/** Direct Line over plain HTTP, as a client would speak it. */
export function directLineHttp(baseUrl: string) {
  const base = `${baseUrl}/v3/directline`;
  return {
    async token(): Promise<{ token: string; conversationId: string }> {
      const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' });
      if (!response.ok) throw new Error(`token: ${response.status}`);
      return (await response.json()) as { token: string; conversationId: string };
    },
    request(path: string, token: string, init: { method?: string; body?: unknown; rawBody?: string } = {}) {
      return fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      });
    },
  };
}
