// Webhooks end to end, in Debian's Chromium, against the real API serving the built web app: a
// tenant admin adds an endpoint pointed at a local receiver, sees the secret once, sends a test
// event, and finds it in the delivery log with its payload and the receiver's answer; the
// receiver verifies the signature with that secret. Any browser console error fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { startReceiver, verifyStandardWebhook, waitFor, type Receiver } from '../helpers/webhook-receiver.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildApp } from './helpers/build-app.js';

const PASSWORD = 'switchboard-demo';
let server: TestServer;
let browser: Browser;
let receiver: Receiver;
const pages: TestPage[] = [];

beforeAll(async () => {
  requireChromium();
  const webDist = buildApp();
  const db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { WEB_DIST: webDist } });
  browser = await launchBrowser();
  receiver = await startReceiver();
  receiver.answer = () => ({ status: 200, body: 'received by the test receiver' });
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
  await receiver?.close();
});

describe('webhooks in a browser', () => {
  it('an admin adds an endpoint, copies the secret once, sends a test event and sees it delivered in the log', { timeout: 120_000 }, async () => {
    const tp = await openPage(browser, { width: 1400, height: 900 });
    pages.push(tp);
    const page = tp.page;
    await page.goto(`${server.url}/login?redirect=${encodeURIComponent('/webhooks')}`);
    await page.locator('#login-email').fill(DEMO.northwind.admin);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('#login-tenant').fill(DEMO.northwind.slug);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/webhooks', { timeout: 15_000 });
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();

    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an endpoint' });
    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('Test receiver');
    // Nothing picked: the form says so.
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();
    await dialog.getByText('Pick at least one event.').waitFor();
    await dialog.getByLabel('Ticket created').check();
    await dialog.getByLabel('CSAT received').check();
    await dialog.getByRole('button', { name: 'Add endpoint' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Your endpoint\'s signing secret' });
    const secret = (await secretDialog.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await tp.screenshot('webhooks-secret-once');
    await secretDialog.getByRole('button', { name: 'I have stored it' }).click();
    // Gone for good: the page shows no secret any more.
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    const row = page.getByRole('row').filter({ hasText: receiver.url });
    await row.getByText('Enabled').waitFor();
    await row.getByRole('button', { name: `Send a test event to ${receiver.url}` }).click();

    // The receiver gets it, signed with the secret shown once.
    const got = await waitFor('the test event', () => receiver.received[0]);
    expect(verifyStandardWebhook(secret, got.headers, got.body)).toMatchObject({ type: 'webhook.test', version: 1 });

    // The delivery log shows it delivered, with payload and the receiver's answer.
    const log = page.getByTestId('delivery-log');
    const delivery = log.getByTestId('delivery-webhook.test');
    await waitFor('delivered in the log', async () => {
      await log.getByRole('button', { name: 'Refresh' }).click();
      return (await delivery.getByText('succeeded').count()) > 0;
    }, 20_000, 500);
    await delivery.getByRole('button', { name: 'webhook.test', exact: true }).click();
    await expect.poll(() => delivery.getByTestId('delivery-payload').textContent()).toContain('"type": "webhook.test"');
    await expect.poll(() => delivery.getByTestId('attempt-response').textContent()).toContain('received by the test receiver');
    await tp.screenshot('webhooks-delivery-log');

    // Redeliver: a second attempt with the same webhook-id.
    await delivery.getByRole('button', { name: /^Redeliver webhook\.test/ }).click();
    await waitFor('the redelivery', () => receiver.received.length >= 2);
    expect(receiver.received[1].headers['webhook-id']).toBe(got.headers['webhook-id']);
  });
});
