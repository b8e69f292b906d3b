import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundCredentialsFactory } from '../../bot/server/intake-adapter.js';
import { freshSqlite, type FreshDatabase } from '../support/databases.js';
import { startTestBotServer } from './support/bot-server.js';
import { CHANNEL_ISSUER, FakeBotConnector } from './support/fake-bot-connector.js';

const post = (url: string, body: unknown, authorization?: string) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body: JSON.stringify(body),
  });

describe('/api/messages with no Bot Framework credentials (local, emulator mode)', () => {
  let db: FreshDatabase;
  let connector: FakeBotConnector;
  let running: Awaited<ReturnType<typeof startTestBotServer>>;
  beforeAll(async () => {
    db = await freshSqlite();
    connector = new FakeBotConnector('emulator');
    await connector.start();
    running = await startTestBotServer(db);
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.stop();
    await db?.drop();
  });

  it('answers through the connector at the serviceUrl, turn after turn, with state kept in the store', async () => {
    expect((await post(running.server.url, connector.activity('conv-1', undefined, 'conversationUpdate'))).status).toBe(200);
    const greeting = await connector.waitForReplies(2);
    expect(greeting.map((r) => r.activity.text).join('\n')).toContain('tell me what happened');
    expect(greeting[0]!.path).toMatch(/^\/v3\/conversations\/conv-1\/activities/);
    expect(greeting[0]!.authorization).toBeUndefined();

    await post(
      running.server.url,
      connector.activity('conv-1', 'The bins on my street were not collected for three weeks, I am not happy'),
    );
    const replies = await connector.waitForReplies(3);
    expect(replies[2]!.activity.text).toMatch(/complaint.*Is that right\?/);
    expect(await db.store.db.botState.count()).toBeGreaterThan(0);
  });

  it('refuses what is not an activity', async () => {
    const response = await fetch(`${running.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"hello":',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

describe('/api/messages with MicrosoftAppId configured: channel tokens are validated', () => {
  const APP_ID = '00000000-0000-0000-0000-00000000b07a';
  let db: FreshDatabase;
  let connector: FakeBotConnector;
  let running: Awaited<ReturnType<typeof startTestBotServer>>;
  const outboundKey = 'outbound-test-key-0123456789';

  beforeAll(async () => {
    db = await freshSqlite();
    connector = new FakeBotConnector('webchat');
    await connector.start();
    // Outgoing calls: MSAL would fetch a token from login.microsoftonline.com, which is not
    // reachable offline (see the closing note), so a local factory signs the bot's own tokens.
    const localCredentials = {
      isValidAppId: async (appId: string) => appId === APP_ID,
      isAuthenticationDisabled: async () => false,
      createCredentials: async () => ({
        async signRequest<T extends { headers: { set(name: string, value: string): void } }>(request: T): Promise<T> {
          request.headers.set('Authorization', `Bearer ${jwt.sign({ appid: APP_ID }, outboundKey, { expiresIn: '5m' })}`);
          return request;
        },
      }),
    } as unknown as OutboundCredentialsFactory;
    running = await startTestBotServer(
      db,
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-used-offline',
        MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
        ToBotFromChannelOpenIdMetadataUrl: connector.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: connector.openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
        ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
        OAuthUrl: 'https://api.botframework.com',
        ValidateAuthority: 'true',
      },
      0,
      localCredentials,
    );
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.stop();
    await db?.drop();
  });

  it('refuses calls without a token, with a token signed by another key, or for another bot', async () => {
    const activity = connector.activity('conv-2', 'hello');
    expect((await post(running.server.url, activity)).status).toBe(401);
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect((await post(running.server.url, activity, `Bearer ${connector.channelToken(APP_ID, { key: stranger })}`)).status).toBe(
      401,
    );
    expect(
      (await post(running.server.url, activity, `Bearer ${connector.channelToken(APP_ID, { audience: 'another-bot' })}`)).status,
    ).toBe(401);
    expect(
      (await post(running.server.url, activity, `Bearer ${connector.channelToken(APP_ID, { issuer: 'https://evil.example' })}`))
        .status,
    ).toBe(401);
    expect(connector.replies).toHaveLength(0);
  });

  it("accepts a correctly signed channel token and replies with the bot's own credentials", async () => {
    const activity = connector.activity('conv-3', 'hello there');
    const response = await post(running.server.url, activity, `Bearer ${connector.channelToken(APP_ID)}`);
    expect(response.status).toBe(200);
    const replies = await connector.waitForReplies(2);
    expect(replies.map((r) => r.activity.text).join('\n')).toContain('tell me what happened');
    for (const reply of replies) {
      const token = reply.authorization?.replace(/^Bearer /, '') ?? '';
      expect(jwt.verify(token, outboundKey)).toMatchObject({ appid: APP_ID });
    }
  });
});
