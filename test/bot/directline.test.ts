import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, type FreshDatabase } from '../support/databases.js';
import { directLineHttp, startTestBotServer } from './support/bot-server.js';
import { DirectLineChat } from './support/directline-client.js';

describe('the Direct Line 3.0 endpoint with botframework-directlinejs (PostgreSQL)', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshPostgres();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('greets, answers, and after a restart of the server the same conversation carries on', async () => {
    let running = await startTestBotServer(db);
    const { token, conversationId } = await directLineHttp(running.server.url).token();
    const chat = new DirectLineChat(running.server.url, { token });
    await chat.waitFor(/tell me what happened/);
    await chat.ask('The bins on my street were not collected for three weeks and I am not happy', /complaint/);
    await chat.ask('yes', /When did it happen/);
    const watermark = chat.watermark;
    chat.end();

    // Restart: a new server (new adapter, bot, Direct Line registry, and port, as a second
    // instance behind a load balancer would be); only the database and the secret are shared.
    await running.stop();
    running = await startTestBotServer(db);
    const resumed = new DirectLineChat(running.server.url, { token, conversationId, watermark });
    await resumed.ask('3 March 2026', /What would you like us to do/);
    expect(resumed.texts.join('\n')).not.toMatch(/tell me what happened/);
    resumed.end();
    await running.stop();
  });

  it('refreshes tokens, refuses bad ones, and keeps one conversation per token', async () => {
    const running = await startTestBotServer(db);
    const http = directLineHttp(running.server.url);
    try {
      const { token, conversationId } = await http.token();
      const refreshed = await http.request('/tokens/refresh', token, { method: 'POST' });
      expect(refreshed.status).toBe(200);
      expect(await refreshed.json()).toMatchObject({ conversationId, expires_in: 1800 });
      expect((await http.request('/conversations', 'not-a-token', { method: 'POST' })).status).toBe(403);
      const other = await http.token();
      expect((await http.request(`/conversations/${conversationId}/activities`, other.token)).status).toBe(403);
      // Generating tokens directly needs the secret, not a token.
      expect((await http.request('/tokens/generate', token, { method: 'POST' })).status).toBe(403);
      const generated = await http.request('/tokens/generate', 'test-directline-secret-0123456789', { method: 'POST' });
      expect(generated.status).toBe(200);
    } finally {
      await running.stop();
    }
  });

  it('limits messages per conversation, conversations per address and message size', async () => {
    const running = await startTestBotServer(db, {
      DIRECTLINE_MESSAGES_PER_MINUTE_PER_CONVERSATION: '3',
      DIRECTLINE_MESSAGE_BURST: '10',
      DIRECTLINE_MAX_OPEN_CONVERSATIONS_PER_ADDRESS: '3',
      DIRECTLINE_MAX_ACTIVITY_BYTES: '65536',
    });
    const http = directLineHttp(running.server.url);
    try {
      const { token, conversationId } = await http.token();
      expect((await http.request('/conversations', token, { method: 'POST', body: {} })).status).toBe(201);
      const post = (text: string) =>
        http.request(`/conversations/${conversationId}/activities`, token, {
          method: 'POST',
          body: { type: 'message', text, from: { id: 'u' } },
        });
      // The burst allowance is 10; then the per-minute rate applies.
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await post(`message ${i}`)).status);
      expect(statuses).toContain(429);
      const tooBig = await post('x'.repeat(70_000));
      expect(tooBig.status).toBe(413);
      // Two more conversations reach the cap of three from this address; the fourth is refused.
      await http.token();
      await http.token();
      const refused = await fetch(`${running.server.url}/api/webchat/token`, { method: 'POST' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBeTruthy();
    } finally {
      await running.stop();
    }
  });
});
