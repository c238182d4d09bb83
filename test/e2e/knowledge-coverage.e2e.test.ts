// Issue 16 in Chromium, against the real API serving the built web app and widget.js:
// (a) acceptance 7, the labelled-examples loop: a question the assistant hands off is marked "our
//     knowledge answers this" with the article in the console; after recalibration (Recalibrate on
//     the Knowledge coverage page) the same question is answered by the assistant;
// (b) acceptance 3, browser half: two demo FAQ questions and a rewording are answered in the widget;
// (c) "Talk to a person" in the widget hands the conversation to people, without any words.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { DEMO, gql, login } from '../helpers/graphql.js';
import { until } from '../helpers/ws.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildApp } from './helpers/build-app.js';
import { startHostPage, type Served } from './helpers/widget-host.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root
const PASSWORD = 'switchboard-demo';
// Questions the article "Returns and refunds policy" answers, worded away from it; the test uses
// the first one the calibrated assistant would still hand off (searchKnowledge's wouldHandOff).
const RETURN_QUESTIONS = [
  'How many days do I have to return shoes?',
  'Is there a time limit for sending stuff back?',
  'Can I bring back hiking boots I wore once outside?',
  'My boots pinch, what can I do with them?',
  'I changed my mind about the tent, what now?',
  // Since the hand-off model (evidence + nearest probes) the five above are answered already
  // (2026-12-07: scores 0.48–0.99 against northwind's 0.281); these it still hands off.
  'I want to send my tent back',
  'do you take back worn shoes',
  'I bought the wrong colour',
];
const RETURNS_ARTICLE = 'Returns and refunds policy';

let server: TestServer;
let db: string;
let widgetKey: string;
let host: Served;
let browser: Browser;
let admin: string;
let manager: string;
const pages: TestPage[] = [];

beforeAll(async () => {
  requireChromium();
  const webDist = buildApp();
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true', WEB_DIST: webDist } });
  const [tenant] = await sql<{ id: string; widget_key: string }>(db, `select id, widget_key from tenants where slug = 'northwind'`);
  widgetKey = tenant.widget_key;
  await until(async () => (await server.services.knowledge.vectors.count(tenant.id)) > 0, 30_000, () => 'knowledge vectors not rebuilt');
  host = await startHostPage({ widgetJsUrl: `${server.url}/widget.js`, widgetKey });
  browser = await launchBrowser();
  [admin, manager] = await Promise.all([login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug), login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug)]);
  // Nobody is ONLINE: a hand-off waits in the queue (and stays visible as one).
  await sql(db, `update users set availability = 'OFFLINE' where tenant_id = $1`, [tenant.id]);
}, 240_000);

async function open(): Promise<TestPage> {
  const tp = await openPage(browser, { width: 1400, height: 900 });
  pages.push(tp);
  return tp;
}

afterEach(async (ctx) => {
  const failed = ctx.task.result?.state === 'fail';
  for (const [i, tp] of pages.splice(0).entries()) {
    if (failed) await tp.screenshot(`failed-${ctx.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
    await tp.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function signIn(page: Page, email: string, target: string) {
  await page.goto(`${server.url}/login?redirect=${encodeURIComponent(target)}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('#login-tenant').fill(DEMO.northwind.slug);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname === new URL(target, server.url).pathname, { timeout: 15_000 });
}

/** A new customer (fresh browser context) asks one question in the widget: its conversation id. */
async function ask(question: string): Promise<{ page: Page; conversationId: string }> {
  const tp = await open();
  const page = tp.page;
  await page.goto(host.url);
  await page.locator(`${W} .launcher`).click();
  await page.locator(`${W} textarea`).fill(question);
  await page.keyboard.press('Enter');
  await page.locator(`${W} .bubble.customer[data-state="sent"]`).first().waitFor({ timeout: 20_000 });
  const conversationId: string = await page.evaluate((k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId, widgetKey);
  return { page, conversationId };
}

/** How the assistant's turn ended: an answer (still with the assistant) or a hand-off to people. */
async function outcome(conversationId: string): Promise<'ANSWERED' | 'HANDED_OFF'> {
  let result: 'ANSWERED' | 'HANDED_OFF' | null = null;
  await until(
    async () => {
      const r = await gql(server.graphqlUrl, `query($c: ID!) { conversation(id: $c) { status handler } messages(conversationId: $c) { messages { author } } }`, { c: conversationId }, { token: manager });
      const c = r.data!.conversation;
      if (c.handler === 'HUMAN') result = 'HANDED_OFF';
      else if (r.data!.messages.messages.some((m: { author: string }) => m.author === 'AI')) {
        // A hand-off commits its AI message and the new handler together, but the two root fields
        // above are separate reads (a busy machine saw the message and the handler from before):
        // now that the message is visible, the handler read again is the committed one.
        const again = await gql(server.graphqlUrl, `query($c: ID!) { conversation(id: $c) { handler } }`, { c: conversationId }, { token: manager });
        result = again.data!.conversation.handler === 'HUMAN' ? 'HANDED_OFF' : 'ANSWERED';
      }
      return result !== null;
    },
    60_000,
    () => `the assistant never concluded its turn in ${conversationId}`,
  );
  return result!;
}

async function calibrate(): Promise<void> {
  const r = await gql(server.graphqlUrl, `mutation { recalibrateKnowledge { coverage { status } } }`, {}, { token: admin });
  expect(r.errors).toBeUndefined();
  await until(async () => (await gql(server.graphqlUrl, `{ knowledgeCoverage { status } }`, {}, { token: admin })).data!.knowledgeCoverage.status !== 'CALIBRATING', 180_000, () => 'calibration did not finish');
}

let calibration: Promise<void> | undefined;
/**
 * Northwind calibrated on its seeded knowledge, once per file: (b) and (a) both start from it, and
 * nothing a calibration reads (published documents, labels) changes before (a) labels its question,
 * so a second run would compute the same threshold again (≈ 10–20 s). Either test still runs alone.
 */
function calibratedOnce(): Promise<void> {
  calibration ??= calibrate().catch((e: unknown) => {
    calibration = undefined;
    throw e;
  });
  return calibration;
}

describe('customers choose', () => {
  it('(c) "Talk to a person" in the widget hands the conversation to people, no words needed', { timeout: 90_000 }, async () => {
    const tp = await open();
    const page = tp.page;
    await page.goto(host.url);
    await page.locator(`${W} .launcher`).click();
    const button = page.locator(`${W} button.human`);
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await button.textContent()).toBe('Talk to a person');
    await button.click();
    // The hand-off is visible to the customer (nobody is online: the away message) and the button goes.
    await page.locator(`${W} .bubble.system`).filter({ hasText: 'You are in line for an agent' }).waitFor({ timeout: 20_000 });
    await button.waitFor({ state: 'hidden', timeout: 10_000 });
    const conversationId: string = await page.evaluate((k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId, widgetKey);
    const r = await gql(server.graphqlUrl, `query($c: ID!) { conversation(id: $c) { status handler } }`, { c: conversationId }, { token: manager });
    expect(r.data!.conversation).toEqual({ status: 'WAITING', handler: 'HUMAN' });
    await tp.screenshot('widget-talk-to-a-person');
  });
});

describe('knowledge coverage', () => {
  it('(b) the demo FAQ questions and a rewording are answered in the widget, not handed off', { timeout: 300_000 }, async () => {
    await calibratedOnce();
    for (const question of ['How do I reset my password?', 'Do I need an account to place an order?', 'Can I place an order without creating an account?']) {
      const { page, conversationId } = await ask(question);
      expect({ question, outcome: await outcome(conversationId) }).toEqual({ question, outcome: 'ANSWERED' });
      await page.locator(`${W} .bubble.assistant[data-state="sent"]`).first().waitFor({ timeout: 20_000 });
    }
  });

  // Acceptance 7 of issue 16: the label becomes evidence for its article (an extra question of its
  // closest chunk, knowledge/chunk-questions.ts) and an answerable probe of the next calibration.
  it('(a) a hand-off marked "our knowledge answers this" is answered after recalibration', { timeout: 420_000 }, async () => {
    await calibratedOnce();
    let RETURN_QUESTION = '';
    for (const q of RETURN_QUESTIONS) {
      const r = await gql(server.graphqlUrl, `query($q: String!) { searchKnowledge(query: $q, first: 5) { wouldHandOff evidence hits { title } } }`, { q }, { token: admin });
      if (r.data?.searchKnowledge.wouldHandOff) {
        RETURN_QUESTION = q;
        break;
      }
    }
    expect(RETURN_QUESTION, 'every candidate is answered already: no hand-off to label').not.toBe('');
    // The assistant hands the question off today.
    const first = await ask(RETURN_QUESTION);
    expect(await outcome(first.conversationId)).toBe('HANDED_OFF');

    // An agent marks it in the console, picking the article.
    const agentTp = await open();
    const agent = agentTp.page;
    await signIn(agent, DEMO.northwind.agent, `/console?c=${first.conversationId}`);
    await agent.locator('[data-testid="message"]').filter({ hasText: RETURN_QUESTION }).waitFor({ timeout: 15_000 });
    await agent.locator('[data-testid="mark-answerable"]').click();
    await agent.locator('#answerable-search').fill('Returns');
    await agent.locator('label.option').filter({ hasText: RETURNS_ARTICLE }).click();
    await agent.getByRole('button', { name: 'Mark as answerable' }).click();
    await agent.getByText('The assistant learns it at the next calibration').waitFor({ timeout: 10_000 });
    await agentTp.screenshot('console-our-knowledge-answers-this');

    // The admin sees it on Knowledge coverage and recalibrates.
    const adminTp = await open();
    const page = adminTp.page;
    await signIn(page, DEMO.northwind.admin, '/knowledge-coverage');
    await page.locator('[data-testid="answerable-item"]').filter({ hasText: RETURN_QUESTION }).waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="recalibrate"]').click();
    await page.locator('[data-testid="coverage-status"]').filter({ hasText: 'Calibrating' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.locator('[data-testid="coverage-status"]').filter({ hasNotText: 'Calibrating' }).waitFor({ timeout: 240_000 });
    await page.locator('[data-testid="probes"]').waitFor({ timeout: 15_000 });
    await adminTp.screenshot('knowledge-coverage-after-label');
    const labelled = await gql(server.graphqlUrl, `{ knowledgeCoverage { status probeCounts { labelled } probes { question kind source score handedOff } } }`, {}, { token: admin });
    expect(labelled.data!.knowledgeCoverage.probeCounts.labelled).toBeGreaterThanOrEqual(1);

    // The same question, from a new customer: answered by the assistant.
    const again = await ask(RETURN_QUESTION);
    expect(await outcome(again.conversationId)).toBe('ANSWERED');
    await again.page.locator(`${W} .bubble.assistant[data-state="sent"]`).first().waitFor({ timeout: 20_000 });
  });
});
