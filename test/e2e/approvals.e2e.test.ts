// Approvals end to end, in Debian's Chromium, against the real API serving the built web app:
// an agent asks for a refund from the console's conversation sidebar; a manager on a 390 px
// phone finds it in the Approvals queue, is stopped from rejecting without a reason, rejects with
// one; the agent's conversation shows the outcome note live. Any browser console error fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildApp } from './helpers/build-app.js';

const PASSWORD = 'switchboard-demo';
let server: TestServer;
let db: string;
let browser: Browser;
const pages: TestPage[] = [];

beforeAll(async () => {
  requireChromium();
  const webDist = buildApp();
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { WEB_DIST: webDist } });
  browser = await launchBrowser();
}, 180_000);

afterEach(async (ctx) => {
  const failed = ctx.task.result?.state === 'fail';
  for (const [i, tp] of pages.splice(0).entries()) {
    if (failed) await tp.screenshot(`failed-${ctx.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
    await tp.close();
  }
});

afterAll(async () => {
  await browser?.close();
});

async function open(viewport?: { width: number; height: number }): Promise<TestPage> {
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
  await page.waitForURL((u) => u.pathname === new URL(target, 'http://x').pathname, { timeout: 15_000 });
}

describe('approvals in a browser', () => {
  it('an agent requests a refund in the console; a manager on a phone rejects it with a reason; the note appears in the conversation', { timeout: 120_000 }, async () => {
    const [tenant] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
    const [ada] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.agent]);
    const [contact] = await sql<{ id: string }>(db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [tenant.id]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', $3, 'Broken kettle', 0, now()) returning id`,
      [tenant.id, contact.id, ada.id],
    );

    // The agent asks from the conversation's sidebar.
    const agentTab = await open({ width: 1400, height: 900 });
    const agent = agentTab.page;
    await signIn(agent, DEMO.northwind.agent, `/console?c=${conversationId}`);
    await agent.getByTestId('request-approval').click();
    const dialog = agent.getByRole('dialog', { name: 'Request approval' });
    await dialog.getByLabel('Summary').fill('Kettle arrived broken');
    await dialog.getByLabel('Proposed action').fill('Refund the kettle in full');
    await dialog.getByLabel('Amount (optional)').fill('40');
    await dialog.getByLabel('Priority').selectOption('HIGH');
    await dialog.getByRole('button', { name: 'Request approval' }).click();
    await agent.getByTestId('conversation-approvals').locator('li').filter({ hasText: 'Kettle arrived broken' }).waitFor({ timeout: 15_000 });
    const [row] = await sql<{ number: number; amount: string; currency: string; status: string }>(db, `select number, amount, currency, status from approval_requests where conversation_id = $1`, [conversationId]);
    expect(row).toMatchObject({ amount: '40.00', currency: 'EUR', status: 'PENDING' });
    await agentTab.screenshot('approvals-requested');

    // A manager on a phone: the queue, then the approval.
    const managerTab = await open({ width: 390, height: 844 });
    const manager = managerTab.page;
    await signIn(manager, DEMO.northwind.manager, '/approvals');
    await manager.locator('#main-nav a[href="/approvals"]').waitFor({ state: 'attached' }); // in the (folded) phone menu
    await manager.locator('[data-approval-id]').filter({ hasText: 'Kettle arrived broken' }).click();
    const detail = manager.getByTestId('approval-detail');
    await detail.getByText('Refund the kettle in full').waitFor();
    await detail.getByRole('button', { name: 'Reject' }).click();
    await detail.getByText('Say why it is rejected').waitFor();
    expect(await sql(db, `select 1 from approval_events where action = 'REJECTED'`)).toEqual([]);
    await detail.getByLabel('Reason').fill('Outside the return window');
    await detail.getByRole('button', { name: 'Reject' }).click();
    await detail.getByText('Rejected', { exact: true }).first().waitFor({ timeout: 15_000 });
    const sideways = await manager.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'the Approvals page scrolls sideways at 390 px').toBeLessThanOrEqual(0);
    await managerTab.screenshot('approvals-mobile-rejected');

    // The agent's conversation gets the note, live.
    await agent.getByText(`Approval #${row.number} — Refund of 40.00 EUR (“Kettle arrived broken”) rejected by Milo Manager: Outside the return window`).waitFor({ timeout: 15_000 });
    await agent.getByTestId('conversation-approvals').locator('li').filter({ hasText: 'REJECTED' }).waitFor({ timeout: 15_000 });
    await agentTab.screenshot('approvals-note-in-console');
    expect(agentTab.errors).toEqual([]);
    expect(managerTab.errors).toEqual([]);
  });
});
