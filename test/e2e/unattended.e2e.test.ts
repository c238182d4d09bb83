// Nothing falls through the cracks, end to end in Chromium: outside business hours a customer who
// asks for a person sees the tenant's away message instead of a place in line, leaves an e-mail
// address, and the hand-off appears live in an agent's Tickets list with the transcript; the
// agent's public reply arrives at a real local SMTP server. Any browser console error fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { until } from '../helpers/ws.js';
import { startSmtp, type SmtpServer } from '../helpers/smtp.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildApp } from './helpers/build-app.js';
import { startHostPage, type Served } from './helpers/widget-host.js';

const W = 'switchboard-widget';
const PASSWORD = 'switchboard-demo';

let server: TestServer;
let smtp: SmtpServer;
let db: string;
let host: Served;
let browser: Browser;
const pages: TestPage[] = [];

beforeAll(async () => {
  requireChromium();
  const webDist = buildApp();
  db = await fileDatabaseUrl();
  smtp = await startSmtp();
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true', WEB_DIST: webDist, SMTP_URL: smtp.url } });
  const [tenant] = await sql<{ id: string; widget_key: string }>(db, `select id, widget_key from tenants where slug = 'northwind'`);
  // Closed all week, nobody online: nobody can answer now.
  await sql(db, `update business_calendars set weekly_hours = '[[],[],[],[],[],[],[]]' where tenant_id = $1`, [tenant!.id]);
  await sql(db, `update users set availability = 'OFFLINE' where tenant_id = $1`, [tenant!.id]);
  host = await startHostPage({ widgetJsUrl: `${server.url}/widget.js`, widgetKey: tenant!.widget_key });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const tp of pages) await tp.close().catch(() => undefined);
  await browser?.close();
  await host?.close();
  await smtp?.close();
});

async function open(viewport?: { width: number; height: number }) {
  const tp = await openPage(browser, viewport);
  pages.push(tp);
  return tp;
}

async function signIn(page: Page, email: string, target: string) {
  await page.goto(`${server.url}/login?redirect=${encodeURIComponent(target)}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('#login-tenant').fill(DEMO.northwind.slug);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname === target, { timeout: 15_000 });
}

describe('outside business hours', () => {
  it('the customer leaves an e-mail, a ticket appears live with the transcript, and the reply arrives by e-mail', { timeout: 120_000 }, async () => {
    // The agent watches the Tickets list (the page subscribes to ticketUpdated).
    const agentTp = await open({ width: 1400, height: 900 });
    const agent = agentTp.page;
    let subscribed = false;
    agent.on('websocket', (ws) => ws.on('framesent', ({ payload }) => (subscribed ||= /ticketUpdated/.test(String(payload)))));
    await signIn(agent, DEMO.northwind.agent, '/tickets');
    await agent.locator('tr[data-ticket-id]').first().waitFor({ timeout: 15_000 });
    await until(() => subscribed, 10_000, () => 'the tickets page never subscribed to ticketUpdated');
    await new Promise((r) => setTimeout(r, 500)); // graphql-ws has no "subscribed" acknowledgement

    // The customer asks for a person: the away message, not "number 1 in line".
    const customerTp = await open();
    const customer = customerTp.page;
    await customer.goto(host.url);
    await customer.locator(`${W} .launcher`).click();
    await customer.locator(`${W} textarea`).fill('My tent zipper broke, I want to talk to a person');
    await customer.keyboard.press('Enter');
    const away = customer.locator(`${W} .away`);
    await away.filter({ hasText: 'Leave your e-mail' }).waitFor({ timeout: 20_000 });
    expect(await customer.locator(`${W} .status`).textContent()).not.toMatch(/in line/);
    await customerTp.screenshot('unattended-away-message');

    // The hand-off is a ticket now: it appears at the top of the agent's list without a reload.
    const row = agent.locator('tr[data-ticket-id]').filter({ hasText: 'My tent zipper broke' });
    await row.waitFor({ timeout: 20_000 });

    // The customer leaves an address; the widget says where the answer will go.
    const address = 'nora.nightowl@example.test';
    await customer.locator(`${W} #sb-away-email`).fill(address);
    await customer.locator(`${W} .away-form button`).click();
    await away.filter({ hasText: `We will answer you at ${address}` }).waitFor({ timeout: 15_000 });

    // The agent opens the ticket: the conversation's transcript came with it.
    await row.focus();
    await agent.keyboard.press('Enter');
    await agent.waitForURL((u) => u.pathname.startsWith('/tickets/'), { timeout: 15_000 });
    const context = agent.getByTestId('escalation-context');
    await context.getByText('My tent zipper broke, I want to talk to a person').first().waitFor({ timeout: 15_000 });
    await agentTp.screenshot('unattended-ticket');

    // A public reply goes to the customer's address.
    await agent.getByLabel('Reply to customer').check();
    await agent.locator('#ticket-comment').fill('A new zipper slider is in the post today, free of charge.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.getByTestId('ticket-timeline').locator('li[data-kind="reply"]').filter({ hasText: 'new zipper slider' }).waitFor({ timeout: 15_000 });
    await until(() => smtp.mailTo(address).length > 0, 20_000, () => 'the reply never reached the SMTP server');
    const [mail] = smtp.mailTo(address);
    expect(mail!.subject).toMatch(/^\[#\d+\] /);
    expect(mail!.text).toContain('A new zipper slider is in the post today, free of charge.');

    expect(agentTp.errors).toEqual([]);
    expect(customerTp.errors).toEqual([]);
  });
});
