// The embeddable chat widget end to end, in Debian's Chromium: a tenant's plain HTML page (with
// hostile CSS) on one origin embeds widget.js from another origin, which talks to a real API
// with the offline assistant on. Any browser console error fails the test.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { DEMO, gql, login } from '../helpers/graphql.js';
import { until } from '../helpers/ws.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildWidget } from './helpers/build-widget.js';
import { startHostPage, startWidgetFront, type Served, type WidgetFront } from './helpers/widget-host.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root
const QUESTION = 'Is it OK to put my rain jacket in the washing machine?';

let server: TestServer;
let db: string;
let widgetKey: string;
let front: WidgetFront;
let host: Served & { urlWithApi: string };
let browser: Browser;
let tp: TestPage | undefined;

beforeAll(async () => {
  requireChromium();
  const widgetJs = buildWidget();
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true' } });
  const [tenant] = await sql<{ id: string; widget_key: string }>(db, `select id, widget_key from tenants where slug = 'northwind'`);
  widgetKey = tenant.widget_key;
  await until(async () => (await server.services.knowledge.vectors.count(tenant.id)) > 0, 20_000, () => 'knowledge vectors not rebuilt');
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

/** Records every data-state a bubble ever had (a draft may stream for only a few milliseconds). */
function recordBubbleStates(page: Page) {
  return page.addInitScript(() => {
    const seen: { key: string; state: string }[] = [];
    (window as unknown as { __bubbleStates: typeof seen }).__bubbleStates = seen;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      const record = (el: Element, state: string | null) => {
        const key = (el as HTMLElement).dataset?.key;
        if (key && state) seen.push({ key, state });
      };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes') {
            record(r.target as Element, r.oldValue);
            record(r.target as Element, (r.target as HTMLElement).dataset.state ?? null);
          }
          for (const n of Array.from(r.addedNodes)) if (n instanceof HTMLElement) record(n, n.dataset.state ?? null);
        }
      }).observe(root, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-state'] });
      return root;
    };
  });
}

interface Bubble {
  key: string;
  seq: number | null;
  state: string;
  kind: string;
  text: string;
}

function bubbles(page: Page): Promise<Bubble[]> {
  return page.locator(`${W} .bubble[data-key]`).evaluateAll((els) =>
    els.map((e) => {
      const el = e as HTMLElement;
      return {
        key: el.dataset.key!,
        seq: el.dataset.seq ? Number(el.dataset.seq) : null,
        state: el.dataset.state!,
        kind: Array.from(el.classList).find((c) => c !== 'bubble')!,
        text: el.querySelector('.text')?.textContent ?? '',
      };
    }),
  );
}

async function openWidget(page: Page, url = host.url) {
  await page.goto(url);
  await page.locator(`${W} .launcher`).click();
  // The panel mounts lazily (its chunk loads on first open): allow a busy machine its seconds.
  await expect.poll(() => page.locator(`${W} textarea`).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement), { timeout: 10_000 }).toBe(true);
}

async function say(page: Page, text: string) {
  await page.locator(`${W} textarea`).fill(text);
  await page.keyboard.press('Enter');
}

function conversationIdOf(page: Page): Promise<string> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId, widgetKey);
}

/** No bubble twice, and stored messages in strictly increasing seq order. */
function expectOrderedWithoutDuplicates(list: Bubble[]) {
  expect(new Set(list.map((b) => b.key)).size).toBe(list.length);
  const seqs = list.filter((b) => b.seq !== null).map((b) => b.seq!);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(seqs.length);
}

describe('chat widget in a browser', () => {
  it('answers a knowledge-base question: streamed draft, then the message with a source chip', { timeout: 30_000 }, async () => {
    tp = await openPage(browser);
    const { page } = tp;
    await recordBubbleStates(page);
    await openWidget(page);

    // Shadow DOM isolation: the page's CSS hides its own divs and shrinks its buttons, not ours.
    await expect.poll(() => page.locator('#hidden-by-host-css').isVisible()).toBe(false);
    const launcher = await page.locator(`${W} .launcher`).boundingBox();
    expect(launcher).toMatchObject({ width: 56, height: 56 });
    await expect.poll(() => page.locator(`${W} .panel`).isVisible()).toBe(true);
    expect(await page.locator(`${W} .title`).textContent()).toBe('Northwind Outfitters');

    await say(page, QUESTION);
    const answer = page.locator(`${W} .bubble.assistant[data-state="sent"]`).filter({ has: page.locator('.chip') });
    await answer.waitFor({ timeout: 20_000 });

    const list = await bubbles(page);
    expect(list.filter((b) => b.kind === 'customer').map((b) => b.text)).toEqual([QUESTION]);
    const ai = list.find((b) => b.kind === 'assistant' && b.state === 'sent')!;
    expect(ai.text).toMatch(/wash/i);
    // The same bubble was a streaming draft before it became the stored message.
    const states = await page.evaluate(() => (window as unknown as { __bubbleStates: { key: string; state: string }[] }).__bubbleStates);
    const history = states.filter((s) => s.key === ai.key).map((s) => s.state);
    expect(history).toContain('streaming');
    expect(history.indexOf('streaming')).toBeLessThan(history.lastIndexOf('sent'));
    // The customer's own bubble went from optimistic (pending) to stored.
    expect(states.some((s) => s.key.startsWith('c:') && s.state === 'pending')).toBe(true);

    const chip = answer.locator('.chip').first();
    expect(await chip.textContent()).toMatch(/wash and care/i);
    expect((await chip.getAttribute('title'))?.length).toBeGreaterThan(20);
    expect(await answer.locator('.offline').textContent()).toMatch(/offline assistant/i);
    expectOrderedWithoutDuplicates(list);

    await tp.screenshot('widget-answer');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${W} .panel`).isVisible()).toBe(false);
    expect(await page.locator(`${W} .launcher`).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(tp.errors).toEqual([]);
  });

  it('gets every agent message exactly once, in order, after the network was cut', { timeout: 30_000 }, async () => {
    tp = await openPage(browser);
    const { page, context } = tp;
    // The afterSeq of every messageAdded subscribe frame the widget sends.
    const resumedFrom: number[] = [];
    page.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => {
        const m = JSON.parse(String(payload));
        if (m.type === 'subscribe' && /messageAdded/.test(m.payload.query)) resumedFrom.push(m.payload.variables.afterSeq);
      }),
    );
    await openWidget(page);
    await say(page, 'hello');
    await page.locator(`${W} .bubble.assistant[data-state="sent"]`).first().waitFor({ timeout: 15_000 });
    const conversationId = await conversationIdOf(page);

    const agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
    const took = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId } }, { token: agent });
    expect(took.errors).toBeUndefined();
    await page.locator(`${W} .bubble.system`).filter({ hasText: /joined the conversation/ }).waitFor({ timeout: 10_000 });
    await until(() => front.tunnels() > 0, 5_000);
    const lastSeqBeforeCut = Math.max(...(await bubbles(page)).map((b) => b.seq ?? 0));
    // One subscribe so far, from what the widget held then: nothing, or already its own first
    // message (seq 1) when the send's answer came before the socket's subscribe.
    expect(resumedFrom).toHaveLength(1);
    expect(resumedFrom[0]).toBeLessThanOrEqual(1);

    // Cut the customer's network: browser offline, and every open connection dropped.
    const stopAllowingWs = tp.allowErrors(/^console\.error: WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/graphql' failed/);
    // An HTTP request in flight when the connection is cut (a typing or read receipt) fails the same way.
    const stopAllowingHttp = tp.allowErrors(/^console\.error: Failed to load resource: net::ERR_[A-Z_]+ \(http:\/\/127\.0\.0\.1:\d+\/graphql/);
    const stopAllowing = () => (stopAllowingWs(), stopAllowingHttp());
    await context.setOffline(true);
    front.cut(true);
    await page.locator(`${W} .notice`).filter({ hasText: /Reconnecting/ }).waitFor({ timeout: 10_000 });

    const texts = ['First: I have found your order.', 'Second: it left our warehouse today.', 'Third: here is the tracking link <b>not bold</b>.'];
    for (const [i, body] of texts.entries()) {
      const r = await gql(server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`, { i: { conversationId, body, clientMessageId: `agent-${i}` } }, { token: agent });
      expect(r.errors).toBeUndefined();
    }
    await new Promise((r) => setTimeout(r, 2500));
    expect((await bubbles(page)).filter((b) => b.kind === 'agent')).toEqual([]); // nothing got through

    front.cut(false);
    await context.setOffline(false);
    await expect.poll(async () => (await bubbles(page)).filter((b) => b.kind === 'agent').length, { timeout: 15_000 }).toBe(3);
    await page.locator(`${W} .notice`).waitFor({ state: 'hidden', timeout: 5_000 });
    stopAllowing();
    console.log(`tolerated while the network was cut: ${tp.tolerated.length ? tp.tolerated.join(' | ') : 'none'}`);
    // The re-sent subscription resumed after the last message rendered, not from the start.
    expect(resumedFrom.length).toBeGreaterThanOrEqual(2);
    expect(resumedFrom.at(-1)).toBe(lastSeqBeforeCut);

    const list = await bubbles(page);
    expect(list.filter((b) => b.kind === 'agent').map((b) => b.text)).toEqual(texts);
    expectOrderedWithoutDuplicates(list);
    expect(await page.locator(`${W} b`).count()).toBe(0); // rendered as text
    expect(await page.locator(`${W} .subtitle`).textContent()).toMatch(/^Chatting with .+/);
    await tp.screenshot('widget-after-network-cut');
    expect(tp.errors).toEqual([]);
  });

  it('shows the place in line while waiting for a human, then who joined', { timeout: 30_000 }, async () => {
    // Open, and one agent online but full: a hand-off has to wait in the queue (someone will come).
    const staff = await Promise.all(['agent@northwind.demo', 'agent2@northwind.demo', 'agent3@northwind.demo', DEMO.northwind.manager].map((e) => login(server.graphqlUrl, e, DEMO.northwind.slug)));
    const setAvailability = (token: string, availability: string) =>
      gql(server.graphqlUrl, `mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { presence { availability } } }`, { i: { availability } }, { token });
    for (const token of staff) expect((await setAvailability(token, 'AWAY')).errors).toBeUndefined();
    await sql(db, `update business_calendars set weekly_hours = '[[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}],[{"start":"00:00","end":"24:00"}]]', holidays = '[]' where queue_id is null and tenant_id = (select id from tenants where slug = 'northwind')`);
    const [{ max_concurrent_chats: capacity }] = await sql<{ max_concurrent_chats: number }>(db, `select max_concurrent_chats from users where email = $1`, [DEMO.northwind.manager]);
    await sql(db, `update users set max_concurrent_chats = 0 where email = $1`, [DEMO.northwind.manager]);
    expect((await setAvailability(staff[3]!, 'ONLINE')).errors).toBeUndefined();

    tp = await openPage(browser);
    const { page } = tp;
    await openWidget(page);
    await say(page, 'I want to talk to a human please');
    const status = page.locator(`${W} .status`);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^You are number 1 in line/);
    await tp.screenshot('widget-waiting');
    expect(await page.locator(`${W} .away`).isHidden()).toBe(true);

    // Ada takes it from the queue: the line goes, her name shows.
    const conversationId = await conversationIdOf(page);
    const took = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId } }, { token: staff[0] });
    expect(took.errors).toBeUndefined();
    await page.locator(`${W} .bubble.system`).filter({ hasText: 'Ada Agent joined the conversation' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toMatch(/in line/);
    await expect.poll(() => page.locator(`${W} .subtitle`).textContent(), { timeout: 10_000 }).toBe('Chatting with Ada Agent');

    expect((await setAvailability(staff[3]!, 'AWAY')).errors).toBeUndefined();
    await sql(db, `update users set max_concurrent_chats = $2 where email = $1`, [DEMO.northwind.manager, capacity]);
    // The agent closes it; the customer's next message opens a new conversation by itself.
    const closed = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { closeConversation(input: $i) { conversationId } }`, { i: { conversationId } }, { token: staff[0] });
    expect(closed.errors).toBeUndefined();
    await say(page, 'One more question, please');
    await expect.poll(() => conversationIdOf(page), { timeout: 10_000 }).not.toBe(conversationId);
    await page.locator(`${W} .bubble.customer[data-state="sent"]`).filter({ hasText: 'One more question, please' }).waitFor({ timeout: 10_000 });
    expect((await bubbles(page)).filter((b) => b.kind === 'customer').map((b) => [b.seq, b.text])).toEqual([[1, 'One more question, please']]);
    expect(await page.locator(`${W} .subtitle`).textContent()).toBe('Trail');

    for (const token of staff) await setAvailability(token, 'ONLINE');
    expect(tp.errors).toEqual([]);
  });

  it('brings the history back after a reload, without duplicates, and carries on', { timeout: 30_000 }, async () => {
    tp = await openPage(browser, { width: 400, height: 760 }); // a phone: the panel is full screen
    const { page } = tp;
    await openWidget(page, host.urlWithApi); // data-api-url given explicitly this time
    const panel = await page.locator(`${W} .panel`).boundingBox();
    expect(panel).toMatchObject({ x: 0, y: 0, width: 400, height: 760 });

    await say(page, QUESTION);
    await page.locator(`${W} .bubble.assistant[data-state="sent"]`).filter({ has: page.locator('.chip') }).waitFor({ timeout: 20_000 });
    const before = (await bubbles(page)).filter((b) => b.state === 'sent');
    expect(before.length).toBeGreaterThanOrEqual(2);
    const conversationId = await conversationIdOf(page);

    await page.reload();
    await page.locator(`${W} .launcher`).click();
    await expect.poll(async () => (await bubbles(page)).length, { timeout: 10_000 }).toBe(before.length);
    await new Promise((r) => setTimeout(r, 500)); // a late duplicate would show up now
    const after = await bubbles(page);
    expect(after.map((b) => [b.seq, b.text])).toEqual(before.map((b) => [b.seq, b.text]));
    expect(await conversationIdOf(page)).toBe(conversationId);

    await say(page, 'Thanks, and can I exchange it instead?');
    await expect.poll(async () => (await bubbles(page)).filter((b) => b.kind === 'customer' && b.state === 'sent').length, { timeout: 10_000 }).toBe(2);
    const list = await bubbles(page);
    expectOrderedWithoutDuplicates(list);
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from messages where conversation_id = $1 and author = 'CUSTOMER'`, [conversationId]);
    expect(n).toBe(2);
    await tp.screenshot('widget-after-reload-mobile');
    expect(tp.errors).toEqual([]);
  });
  it('tells a customer who sends too quickly how long to wait, and keeps the message to retry', { timeout: 30_000 }, async () => {
    tp = await openPage(browser);
    const { page } = tp;
    await openWidget(page);
    // The limit is read per message: lower it for this test only (the suite's servers run without one).
    server.services.config.WIDGET_MESSAGES_PER_MINUTE = 2;
    try {
      await say(page, 'hello there');
      await say(page, 'second message');
      await expect.poll(async () => (await bubbles(page)).filter((b) => b.kind === 'customer' && b.state === 'sent').length, { timeout: 10_000 }).toBe(2);
      await say(page, 'third message, too fast');
      await expect.poll(() => page.locator(`${W} [role="status"], ${W} .notice`).allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/too quickly: try again in \d+ s/)]));
      const failed = page.locator(`${W} .bubble.customer[data-state="failed"]`);
      await expect.poll(() => failed.count()).toBe(1);
      await expect.poll(() => failed.locator('button').allTextContents()).toContain('Retry');
      const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from messages where conversation_id = $1 and author = 'CUSTOMER'`, [await conversationIdOf(page)]);
      expect(n).toBe(2);
      await tp.screenshot('widget-rate-limited');
      expect(tp.errors).toEqual([]);
    } finally {
      server.services.config.WIDGET_MESSAGES_PER_MINUTE = 0;
    }
  });
});
