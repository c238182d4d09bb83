// CSAT in the widget, in Debian's Chromium: an agent resolves the customer's conversation, the
// widget says the chat ended and shows the tenant's survey; the customer rates 5 with a comment;
// "Chat ended — start a new one" then opens a fresh conversation (the old one stays resolved).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { DEMO, gql, login } from '../helpers/graphql.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildWidget } from './helpers/build-widget.js';
import { startHostPage, startWidgetFront, type Served, type WidgetFront } from './helpers/widget-host.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root

let server: TestServer;
let db: string;
let widgetKey: string;
let front: WidgetFront;
let host: Served;
let browser: Browser;
let tp: TestPage | undefined;

beforeAll(async () => {
  requireChromium();
  const widgetJs = buildWidget();
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db }); // the assistant stays quiet: an agent handles it
  [{ widget_key: widgetKey }] = await sql<{ widget_key: string }>(db, `select widget_key from tenants where slug = 'northwind'`);
  front = await startWidgetFront(server.url, widgetJs);
  host = await startHostPage({ widgetJsUrl: `${front.url}/widget.js`, widgetKey, apiUrl: front.url });
  browser = await launchBrowser();
});

afterEach(async (ctx) => {
  if (!tp) return;
  if (ctx.task.result?.state === 'fail') await tp.screenshot(`failed-${ctx.task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
  await tp.close();
  tp = undefined;
});

afterAll(async () => {
  await browser?.close();
  await front?.close();
  await host?.close();
});

const conversationIdOf = (page: Page): Promise<string | undefined> =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId, widgetKey);

async function say(page: Page, text: string) {
  await page.locator(`${W} textarea#sb-input`).fill(text);
  await page.keyboard.press('Enter');
}

async function staff(token: string, mutation: string, conversationId: string) {
  const r = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { ${mutation}(input: $i) { conversationId } }`, { i: { conversationId } }, { token });
  expect(r.errors).toBeUndefined();
}

describe('CSAT in the widget', () => {
  it('after the agent resolves: the survey, a 5 with a comment, then "Chat ended — start a new one" opens a fresh conversation', { timeout: 40_000 }, async () => {
    tp = await openPage(browser);
    const { page } = tp;
    await page.goto(host.url);
    await page.locator(`${W} .launcher`).click();
    await say(page, 'My order never arrived');
    await page.locator(`${W} .bubble.customer[data-state="sent"]`).waitFor({ timeout: 10_000 });
    const first = (await conversationIdOf(page))!;
    expect(first).toBeTruthy();

    const agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    await staff(agent, 'takeOverConversation', first);
    await page.locator(`${W} .subtitle`).filter({ hasText: /^Chatting with / }).waitFor({ timeout: 10_000 });
    await staff(agent, 'resolveConversation', first);

    // The chat ended: the header says so, the composer is gone, the tenant's survey is shown.
    await page.locator(`${W} .subtitle`).filter({ hasText: 'Chat ended' }).waitFor({ timeout: 10_000 });
    await page.locator(`${W} .csat-q`).filter({ hasText: 'How would you rate this conversation?' }).waitFor();
    expect(await page.locator(`${W} .composer`).isVisible()).toBe(false);
    expect(await page.locator(`${W} .csat-labels`).textContent()).toContain('Very satisfied');

    await page.locator(`${W} .csat-n`).filter({ hasText: '5' }).click();
    await page.locator(`${W} #sb-csat-comment`).fill('Sorted out in minutes, thank you!');
    await tp.screenshot('csat-survey');
    await page.locator(`${W} .csat button[type="submit"]`).click();
    await page.locator(`${W} .csat-thanks`).waitFor({ timeout: 10_000 });
    const [rating] = await sql<{ rating: number; comment: string; ai_only: boolean }>(db, 'select rating, comment, ai_only from csat_responses where conversation_id = $1', [first]);
    expect(rating).toEqual({ rating: 5, comment: 'Sorted out in minutes, thank you!', ai_only: false });
    await tp.screenshot('csat-rated');

    // "Chat ended — start a new one": the next message opens a NEW conversation; the old one stays resolved.
    await page.locator(`${W} .new-chat`).filter({ hasText: 'Chat ended — start a new one' }).click();
    await page.locator(`${W} .composer`).waitFor();
    expect(await page.locator(`${W} .ended`).isVisible()).toBe(false);
    expect(await page.locator(`${W} .bubble[data-key]`).count()).toBe(0);
    await say(page, 'One more question');
    await page.locator(`${W} .bubble.customer[data-state="sent"]`).waitFor({ timeout: 10_000 });
    const second = await conversationIdOf(page);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const rows = await sql<{ id: string; status: string }>(db, 'select id, status from conversations where id = any($1::uuid[])', [[first, second]]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [first]: 'RESOLVED', [second!]: 'BOT' });
    expect(tp.errors).toEqual([]);
  });
});
