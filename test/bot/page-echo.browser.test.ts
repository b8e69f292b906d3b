import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBotConfig } from '../../bot/server/bot-config.js';
import { createBotServer, type RunningBotServer } from '../../bot/server/create-bot-server.js';
import { echoBot } from '../../bot/server/echo-bot.js';
import { createIntakeAdapter } from '../../bot/server/intake-adapter.js';
import { launchBrowser, type TestBrowser } from '../support/browser.js';

// The page, the Web Chat bundle from node_modules and our Direct Line endpoint, in a real
// Chromium, with the bare echo bot: what a person types comes back as text, never as markup.
describe('chat page with the echo bot', () => {
  let server: RunningBotServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    const config = readBotConfig({});
    server = await createBotServer(
      { config, adapter: createIntakeAdapter(config), bot: echoBot, isReady: async () => true },
      0,
      '127.0.0.1',
    );
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads Web Chat from our own server and exchanges a message', async () => {
    const page = await browser.context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (/^(https?|wss?):/.test(url) && !url.startsWith(server.url)) outside.push(url);
    });
    await page.goto(`${server.url}/`);
    const box = page.getByRole('textbox');
    await box.fill('hello <b>there</b> 👋');
    await box.press('Enter');
    const reply = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').filter({ hasText: 'hello <b>there</b> 👋' });
    await reply.waitFor({ timeout: 15_000 });
    expect(await page.locator('.webchat__bubble b').count()).toBe(0);
    expect(outside).toEqual([]);
  }, 60_000);
});
