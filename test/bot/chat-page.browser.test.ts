import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser.js';
import { freshPostgres, type FreshDatabase } from '../support/databases.js';
import { startTestBotServer } from './support/bot-server.js';

const ARTIFACTS = path.resolve('test-artifacts');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the transcript shows a bot message containing `text`. */
async function botSays(page: Page, text: string | RegExp): Promise<void> {
  await page
    .locator('.webchat__bubble:not(.webchat__bubble--from-user)')
    .filter({ hasText: text })
    .last()
    .waitFor({ timeout: 30_000 })
    .catch(async () => {
      const shown = await page
        .locator('.webchat__basic-transcript')
        .innerText()
        .catch(() => '(no transcript)');
      throw new Error(`the bot never said ${text}; the transcript shows:\n${shown}`);
    });
}

async function type(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox');
  await box.fill(text);
  await box.press('Enter');
}

async function click(page: Page, label: string): Promise<void> {
  // The suggested actions of the last bot message (the send box has a "Send" button too).
  await page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true }).last().click();
}

describe('the chat page in Chromium (PostgreSQL)', () => {
  let db: FreshDatabase;
  let running: Awaited<ReturnType<typeof startTestBotServer>>;
  let browser: TestBrowser;

  beforeAll(async () => {
    db = await freshPostgres();
    running = await startTestBotServer(db);
    browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    await db?.drop();
  });

  it(
    'a person completes a complaint for their mother by typing and clicking, and the case is in the database',
    { timeout: 180_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${running.server.url}/`);
      await botSays(page, 'tell me what happened');

      await type(page, "My mother's hospital appointment was cancelled three times. It is unacceptable and I want to complain.");
      await botSays(page, 'Is that right?');
      await click(page, 'Yes');
      await botSays(page, 'When did it happen?');
      await type(page, '3 March 2026');
      await botSays(page, 'What would you like us to do');
      await type(page, 'A new appointment within a month');
      await botSays(page, 'writing for someone else');
      await click(page, 'Yes');
      await botSays(page, 'What is their name?');
      await type(page, 'Maria Silva');
      await botSays(page, 'Has Maria Silva agreed?');
      await click(page, 'Yes, they agree');
      await botSays(page, 'How should we reply to you?');
      await click(page, 'Email');
      await botSays(page, 'What is your name?');
      await type(page, 'Ana Silva');
      await botSays(page, 'email address');
      await type(page, 'ana.silva@example.org');
      await botSays(page, 'large print');
      await click(page, 'No');
      await botSays(page, 'Please check what you told me');
      await click(page, 'Send');
      await botSays(page, /Your reference is FB-\d{4}-\d{6}/);
      await botSays(
        page,
        /We will contact you by \w+day \d+ \w+ \d{4}\. We aim to answer your complaint by \w+day \d+ \w+ \d{4}/,
      );
      await botSays(page, 'We have sent a copy to ana.silva@example.org');
      // Web Chat scrolls smoothly: bring the newest messages (reference and dates) into the picture.
      await page.evaluate(() => {
        const scrollable = document.querySelector('.webchat__basic-transcript__scrollable');
        if (scrollable) scrollable.scrollTop = scrollable.scrollHeight;
      });
      await page.waitForTimeout(700);
      await page.screenshot({ path: path.join(ARTIFACTS, 'web-chat-complaint-for-mother.png'), fullPage: true });

      const transcript = await page.locator('.webchat__basic-transcript').innerText();
      const reference = /FB-\d{4}-\d{6}/.exec(transcript)![0];
      const stored = await running.services.store.cases.findByReference(reference);
      expect(stored).toMatchObject({
        type: 'complaint',
        channel: 'web_chat',
        status: 'open',
        consentStatus: 'given',
        onBehalfOf: 'child',
        eventDate: '2026-03-03',
        remedySought: 'A new appointment within a month',
        language: 'en',
      });
      expect(stored!.parties.find((p) => p.role === 'subject')?.name).toBe('Maria Silva');
      expect(stored!.parties.find((p) => p.role === 'representative')).toMatchObject({
        name: 'Ana Silva',
        email: 'ana.silva@example.org',
      });
      await page.close();
    },
  );

  it('shows pasted HTML as text, and switches language when asked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${running.server.url}/?lang=pt`);
    await botSays(page, 'Conte-me o que aconteceu');
    await type(page, 'O lixo não foi recolhido <img src=x onerror="window.pwned=1"> <b>três</b> semanas, não estou contente');
    await botSays(page, 'Está certo?');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.webchat__basic-transcript b, .webchat__basic-transcript img[src="x"]').count()).toBe(0);
    await type(page, 'Polski');
    await botSays(page, 'po polsku');
    // A reload in the same tab continues the same conversation, with its transcript.
    await page.reload();
    await botSays(page, 'po polsku');
    await type(page, 'tak');
    await botSays(page, 'Kiedy to się stało?');
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe-core), before and during a conversation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${running.server.url}/`);
    await botSays(page, 'tell me what happened');
    await type(page, 'The nurse on ward 5 was wonderful, thank you so much for her kindness');
    await botSays(page, 'Is that right?');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              opts: object,
            ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});
