// The automation rule editor end to end, in Debian's Chromium at phone width (390 px), against the
// real API serving the built web app: a manager sees the five default rules in order, moves one
// with the keyboard, builds a rule as a form, sees the API's problem next to the row at fault
// while typing, fixes it, simulates it over recent tickets (nothing changes) and saves. Any browser
// console error fails the test.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { fileDatabaseUrl, sql } from '../helpers/db.js';
import { gql, login } from '../helpers/graphql.js';
import { launchBrowser, openPage, requireChromium, type TestPage } from './helpers/browser.js';
import { buildApp } from './helpers/build-app.js';

let webDist: string;
let server: TestServer;
let db: string;
let browser: Browser;
let tp: TestPage | undefined;

beforeAll(async () => {
  requireChromium();
  webDist = buildApp(); // one build per run, shared (read-only) with the other browser files
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { WEB_DIST: webDist } });
  browser = await launchBrowser();
}, 240_000);

afterEach(async (ctx) => {
  if (!tp) return;
  if (ctx.task.result?.state === 'fail') await tp.screenshot(`failed-${ctx.task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
  await tp.close();
  tp = undefined;
});

afterAll(async () => {
  await browser?.close();
});

describe('automation rules in a browser', () => {
  it('lists, reorders and edits rules as a form with live validation, at 390 px', { timeout: 120_000 }, async () => {
    tp = await openPage(browser, { width: 390, height: 844 });
    const { page } = tp;
    await page.goto(`${server.url}/login`);
    await page.locator('#login-email').fill('manager@northwind.demo');
    await page.locator('#login-password').fill('switchboard-demo');
    await page.locator('#login-tenant').fill('northwind');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 15_000 });

    await page.goto(`${server.url}/automation`);
    const list = page.getByRole('list', { name: 'Rules in evaluation order' });
    await list.waitFor({ timeout: 15_000 });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(5);
    await tp.screenshot('automation-list-390');
    const names = () => list.getByRole('link').allTextContents();
    const before = await names();
    // Keyboard: focus "move down" of the first rule and press Enter.
    await page.getByRole('button', { name: `Move ${before[0]} down` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual([before[1], before[0], ...before.slice(2)]);
    const order = await sql<{ name: string }>(db, `select r.name from automation_rules r join tenants t on t.id = r.tenant_id where t.slug = 'northwind' order by r.position`);
    expect(order.map((r) => r.name)).toEqual([before[1], before[0], ...before.slice(2)]);

    await page.getByRole('button', { name: 'New rule' }).click();
    await page.getByRole('heading', { name: 'New rule' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Unsure answers for Tier 2');
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).selectOption('ticket.ragConfidence');
    await page.getByLabel('Operator', { exact: true }).selectOption('lt');
    await page.getByLabel('Value', { exact: true }).fill('abc');
    // The API's problem shows next to the row, while typing.
    await expect.poll(() => page.locator('.row .form-error').first().textContent(), { timeout: 10_000 }).toContain('is a number');
    await page.getByLabel('Value', { exact: true }).fill('0.5');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Action 1', { exact: true }).selectOption('setQueue');
    await page.getByLabel('Queue', { exact: true }).selectOption({ label: 'Tier 2' });
    await expect.poll(() => page.locator('.status').textContent(), { timeout: 10_000 }).toBe('No problems found.');
    // Simulate: the draft over recent tickets, read-only, with what it would do per ticket.
    await sql(db, `insert into tickets (id, tenant_id, number, subject, rag_confidence, channel)
                   select gen_random_uuid(), t.id, 90001, 'Unsure about my invoice', 0.3, 'API' from tenants t where t.slug = 'northwind'`);
    const ticketsBefore = await sql(db, `select id, version, updated_at, queue_id from tickets order by id`);
    await page.getByRole('button', { name: 'Simulate' }).click();
    const results = page.getByTestId('simulation-results');
    await results.waitFor({ timeout: 15_000 });
    await expect.poll(() => results.locator('.summary').textContent()).toMatch(/Would have matched [1-9]\d* of the \d+ most recent tickets/);
    expect(await results.getByRole('row').filter({ hasText: 'Unsure about my invoice' }).textContent()).toContain('Move to queue Tier 2');
    expect(await sql(db, `select id, version, updated_at, queue_id from tickets order by id`)).toEqual(ticketsBefore);
    await tp.screenshot('automation-editor-390');
    // Nothing wider than the phone.
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > 391).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8),
    );
    expect(wide).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((u) => u.pathname === '/automation');
    await expect.poll(names).toContain('Unsure answers for Tier 2');
    const [saved] = await sql<{ conditions: unknown; actions: unknown }>(db, `select conditions, actions from automation_rules where name = 'Unsure answers for Tier 2'`);
    expect(saved.conditions).toEqual({ all: [{ field: 'ticket.ragConfidence', op: 'lt', value: 0.5 }] });
    expect((saved.actions as { type: string }[])[0].type).toBe('setQueue');
    expect(tp.errors).toEqual([]);
  });

  it('an admin writes "VIP and urgent → VIP desk", simulates it, saves it, and a new VIP urgent ticket lands in that queue', { timeout: 120_000 }, async () => {
    const [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
    // This tenant turned its other rules off; the VIP desk is a queue of its own.
    await sql(db, `update automation_rules set enabled = false where tenant_id = $1`, [tenantId]);
    const [{ id: vipDesk }] = await sql<{ id: string }>(db, `insert into queues (id, tenant_id, name) values (gen_random_uuid(), $1, 'VIP desk') returning id`, [tenantId]);
    const [{ id: vipContact }] = await sql<{ id: string }>(db, `update contacts set vip = true where id = (select id from contacts where tenant_id = $1 order by created_at limit 1) returning id`, [tenantId]);

    tp = await openPage(browser, { width: 1280, height: 900 });
    const { page } = tp;
    await page.goto(`${server.url}/login`);
    await page.locator('#login-email').fill('admin@northwind.demo');
    await page.locator('#login-password').fill('switchboard-demo');
    await page.locator('#login-tenant').fill('northwind');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 15_000 });
    await page.goto(`${server.url}/automation/new`);
    await page.getByRole('heading', { name: 'New rule' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Name', { exact: true }).fill('VIP and urgent → VIP desk');
    // When a ticket is created (the editor's default trigger), if the contact is VIP and it is urgent…
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).nth(0).selectOption('contact.vip');
    await page.getByLabel('Operator', { exact: true }).nth(0).selectOption('eq');
    await page.getByLabel('Value', { exact: true }).nth(0).selectOption('true');
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).nth(1).selectOption('ticket.priority');
    await page.getByLabel('Operator', { exact: true }).nth(1).selectOption('eq');
    await page.getByLabel('Value', { exact: true }).nth(1).selectOption('URGENT');
    // …move it to the VIP desk.
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Action 1', { exact: true }).selectOption('setQueue');
    await page.getByLabel('Queue', { exact: true }).selectOption({ label: 'VIP desk' });
    await expect.poll(() => page.locator('.status').textContent(), { timeout: 10_000 }).toBe('No problems found.');

    // Simulate first: read-only, says what it would have done.
    const before = await sql(db, `select id, version, updated_at, queue_id from tickets order by id`);
    await page.getByRole('button', { name: 'Simulate' }).click();
    const results = page.getByTestId('simulation-results');
    await results.waitFor({ timeout: 15_000 });
    await expect.poll(() => results.locator('.summary').textContent()).toMatch(/Would have matched \d+ of the \d+ most recent tickets/);
    expect(await sql(db, `select id, version, updated_at, queue_id from tickets order by id`)).toEqual(before);
    await tp.screenshot('automation-vip-rule');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((u) => u.pathname === '/automation');

    // A new VIP urgent ticket lands in the VIP desk; a non-VIP urgent one does not.
    const agent = await login(server.graphqlUrl, 'agent@northwind.demo', 'northwind');
    const create = (contactId: string | null, subject: string) =>
      gql<{ createTicket: { ticket: { id: string } } }>(server.graphqlUrl, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }`, { i: { subject, priority: 'URGENT', contactId, idempotencyKey: randomUUID() } }, { token: agent });
    const vip = await create(vipContact, 'VIP: order never arrived');
    const plain = await create(null, 'Urgent, but not VIP');
    expect(vip.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const queueOf = async (id: string) => (await sql<{ queue_id: string | null }>(db, `select queue_id from tickets where id = $1`, [id]))[0]!.queue_id;
    await expect.poll(() => queueOf(vip.data!.createTicket.ticket.id), { timeout: 10_000 }).toBe(vipDesk);
    expect(await queueOf(plain.data!.createTicket.ticket.id)).not.toBe(vipDesk);
    expect(tp.errors).toEqual([]);
  });
});
