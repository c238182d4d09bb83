// The platform admins' tenants page end to end, in Debian's Chromium, against the real API serving
// the built web app and widget.js: the platform admin sees both demo tenants with their volume and
// suspends Harbor Bank → Harbor's signed-in agent is signed out (back on the sign-in page) and a
// Harbor customer's open widget says the service is unavailable (also after a reload). Any browser
// console error fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { startHostPage, type Served } from './helpers/widget-host.js';
import { useBrowserSession } from './helpers/session.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root

const session = useBrowserSession({ viewport: { width: 1400, height: 900 } });
const { open } = session;
let host: Served;

beforeAll(async () => {
  const [harbor] = await sql<{ widget_key: string }>(session.db, `select widget_key from tenants where slug = 'harbor-bank'`);
  host = await startHostPage({ widgetJsUrl: `${session.server.url}/widget.js`, widgetKey: harbor.widget_key });
});

afterAll(async () => {
  await host?.close();
});

const signIn = (page: Page, email: string, slug: string, target: string) => session.signIn(page, email, target, slug);

describe('tenants page in a browser', () => {
  it('the platform admin sees both tenants and suspends one: its agent is signed out, its widget says the service is unavailable', { timeout: 90_000 }, async () => {
    // Harbor's agent works in the console (a live socket).
    const agentTp = await open();
    const agent = agentTp.page;
    await signIn(agent, DEMO.harbor.agent, DEMO.harbor.slug, '/console');
    await agent.locator('#tab-queue').waitFor();

    // A Harbor customer chats in the widget on the bank's page (a live socket too).
    const customerTp = await open();
    const customer = customerTp.page;
    await customer.goto(host.url);
    await customer.locator(`${W} .launcher`).click();
    await customer.locator(`${W} textarea`).fill('Hello, is anyone there?');
    await customer.keyboard.press('Enter');
    await customer.locator(`${W} [data-state="sent"]`).first().waitFor({ timeout: 15_000 });

    // The platform admin opens Tenants from the navigation.
    const adminTp = await open();
    const admin = adminTp.page;
    await signIn(admin, DEMO.platform.admin, '', '/');
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tenants' }).click();
    await admin.getByRole('heading', { name: 'Tenants' }).waitFor();
    const table = admin.getByRole('table', { name: 'Tenants' });
    await table.getByText('Northwind', { exact: false }).first().waitFor();
    await table.getByText('Harbor Bank', { exact: false }).first().waitFor();
    expect(await admin.getByTestId('tenant-status-northwind').textContent()).toBe('Active');
    expect(await admin.getByTestId('tenant-status-harbor-bank').textContent()).toBe('Active');
    const dashboardLink = admin.getByRole('link', { name: 'Open the dashboard of Harbor Bank' });
    expect(await dashboardLink.getAttribute('href')).toMatch(/^\/\?tenant=[0-9a-f-]{36}$/);
    await adminTp.screenshot('tenants-page');

    // Suspend Harbor Bank (confirmed).
    const refusals = [agentTp.allowErrors(/401|403|UNAUTHENTICATED|Failed to load resource/), customerTp.allowErrors(/401|403|404|UNAUTHENTICATED|Failed to load resource|WebSocket/)];
    await admin.getByRole('button', { name: 'Suspend Harbor Bank' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
    await expect.poll(() => admin.getByTestId('tenant-status-harbor-bank').textContent(), { timeout: 10_000 }).toBe('Suspended');

    // Harbor's agent is signed out: back on the sign-in page, without a reload.
    await agent.waitForURL((u) => u.pathname === '/login', { timeout: 15_000 });
    await agent.locator('#login-email').waitFor();

    // The customer's widget says the service is unavailable.
    await customer.locator(`${W} .notice`).filter({ hasText: 'This chat service is unavailable right now' }).waitFor({ timeout: 20_000 });
    await customerTp.screenshot('widget-service-unavailable');
    // After a reload too: the visitor chatted here before, so the widget says so instead of vanishing.
    await customer.reload();
    await customer.locator(`${W} .launcher`).click();
    await customer.locator(`${W} .notice`).filter({ hasText: 'This chat service is unavailable right now' }).waitFor({ timeout: 15_000 });
    for (const stop of refusals) stop();

    expect(adminTp.errors).toEqual([]);
    expect(agentTp.errors).toEqual([]);
    expect(customerTp.errors).toEqual([]);
  });
});
