// The agent console end to end, in Debian's Chromium, against the real API serving the built
// web app and widget.js (WEB_DIST): a customer on a tenant's page asks for a person, an agent
// sees it arrive live in the Queue, takes over, replies and resolves; a tenant-B admin cannot
// reach tenant A's conversation by editing the URL; a 5,000-message conversation renders only
// a window of rows. Any browser console error fails a test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from '../helpers/db.js';
import { DEMO, gql, login } from '../helpers/graphql.js';
import { until } from '../helpers/ws.js';
import { startHostPage, type Served } from './helpers/widget-host.js';
import { useBrowserSession } from './helpers/session.js';

const W = 'switchboard-widget'; // Playwright's CSS locators pierce the open shadow root

const session = useBrowserSession({ env: () => ({ ASSISTANT_ENABLED: 'true' }) });
const { open } = session;
let northwindId: string;
let widgetKey: string;
let host: Served;

beforeAll(async () => {
  const [tenant] = await sql<{ id: string; widget_key: string }>(session.db, `select id, widget_key from tenants where slug = 'northwind'`);
  northwindId = tenant.id;
  widgetKey = tenant.widget_key;
  // A Chroma call that times out on a busy machine is "not yet", not a failure: the deadline decides.
  await until(async () => (await session.server.services.knowledge.vectors.count(tenant.id).catch(() => 0)) > 0, 20_000, () => 'knowledge vectors not rebuilt');
  // The API serves widget.js itself (from WEB_DIST), cross-origin to the tenant's page.
  host = await startHostPage({ widgetJsUrl: `${session.server.url}/widget.js`, widgetKey });
}, 60_000);

afterAll(async () => {
  await host?.close();
});

/** Signs in through the login page and lands on the console. */
const signIn = (page: Page, email: string, slug: string, target = '/console') => session.signIn(page, email, target, slug);

const setAvailability = (token: string, availability: string) =>
  gql(session.server.graphqlUrl, `mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { presence { availability } } }`, { i: { availability } }, { token });

describe('agent console in a browser', () => {
  it('a hand-off shows up live in the Queue; the agent takes over, replies and resolves', { timeout: 90_000 }, async () => {
    // Nobody has room, so the customer's request waits in the queue for Ada to pick it up.
    const staffEmails = [DEMO.northwind.admin, DEMO.northwind.manager, 'agent@northwind.demo', 'agent2@northwind.demo', 'agent3@northwind.demo'];
    const staff = await Promise.all(staffEmails.map((e) => login(session.server.graphqlUrl, e, DEMO.northwind.slug)));
    for (const token of staff) expect((await setAvailability(token, 'AWAY')).errors).toBeUndefined();

    // The agent's console is open first (its own browser context).
    const agentTp = await open({ width: 1400, height: 900 });
    const agent = agentTp.page;
    let subscribed = false;
    agent.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => {
        const m = JSON.parse(String(payload));
        if (m.type === 'subscribe' && /conversationUpdated/.test(m.payload.query)) subscribed = true;
      }),
    );
    await signIn(agent, 'agent@northwind.demo', DEMO.northwind.slug);
    await agent.locator('#tab-queue').click();
    await expect.poll(() => agent.locator('#conversation-list [role="status"], #conversation-list .spinner').count(), { timeout: 10_000 }).toBe(0);
    await until(() => subscribed, 10_000, () => 'the console never subscribed to conversationUpdated');
    await new Promise((r) => setTimeout(r, 500)); // graphql-ws has no "subscribed" acknowledgement
    await agent.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    expect(await agent.locator('#availability').inputValue()).toBe('AWAY');

    // The customer, on the tenant's plain page, asks for a person.
    const customerTp = await open();
    const customer = customerTp.page;
    await customer.goto(host.url);
    await customer.locator(`${W} .launcher`).click();
    await customer.locator(`${W} textarea`).fill('I want to talk to a person');
    await customer.keyboard.press('Enter');
    // Nobody is ONLINE: the widget says so (the away message) instead of a place in line.
    await customer.locator(`${W} .away`).filter({ hasText: 'Leave your e-mail' }).waitFor({ timeout: 20_000 });
    const conversationId: string = await customer.evaluate(
      (k) => JSON.parse(localStorage.getItem(`switchboard-widget:${k}`) ?? '{}').conversationId,
      widgetKey,
    );
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);

    // It appears in the agent's Queue without a reload.
    const row = agent.locator(`#conv-${conversationId}`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('Waiting');
    expect(await agent.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await agentTp.screenshot('console-queue');

    await row.click();
    await agent.locator('[data-testid="message"]').filter({ hasText: 'I want to talk to a person' }).waitFor({ timeout: 10_000 });
    await agent.getByRole('button', { name: 'Take over' }).click();
    await agent.locator('.pane-header').filter({ hasText: 'Assigned to Ada Agent' }).waitFor({ timeout: 10_000 });
    await customer.locator(`${W} .bubble.system`).filter({ hasText: 'Ada Agent joined the conversation' }).waitFor({ timeout: 10_000 });

    // The sidebar lists the contact's other conversations (this customer has none yet).
    await agent.locator('[data-testid="past-conversations"]').filter({ hasText: 'No other conversations with this customer.' }).waitFor({ timeout: 10_000 });

    // Typing indicators, both ways: the customer types in the widget → the console shows it.
    await customer.locator(`${W} textarea`).fill('Let me find my order number');
    await expect.poll(() => agent.locator('.typing').textContent(), { timeout: 10_000 }).toMatch(/The customer is typing…/);
    await agentTp.screenshot('console-customer-typing');

    // The agent types → the widget shows it (until the message is sent).
    const reply = 'Hi, this is Ada from Northwind. How can I help?';
    await agent.locator('#composer-input').fill(reply);
    await expect.poll(() => customer.locator(`${W} .status`).textContent(), { timeout: 10_000 }).toMatch(/Ada Agent is typing…/);
    await agent.locator('#composer-input').press('Enter');
    await agent.locator('[data-testid="message"].from-agent').filter({ hasText: reply }).waitFor({ timeout: 10_000 });

    // The customer sees the reply, with the agent's name on it.
    const bubble = customer.locator(`${W} .bubble.agent`).filter({ hasText: reply });
    await bubble.waitFor({ timeout: 10_000 });
    expect(await bubble.locator('.author').textContent()).toBe('Ada Agent');
    await expect.poll(() => customer.locator(`${W} .subtitle`).textContent(), { timeout: 10_000 }).toBe('Chatting with Ada Agent');
    await customerTp.screenshot('console-customer-sees-reply');

    // (f) Markup in a message is shown as text on both sides, never run: no <img> element appears
    // and no dialog opens (`onerror=alert(1)` would open one; Playwright reports dialogs).
    const dialogs: string[] = [];
    for (const p of [agent, customer]) p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    const hostile = '<img src=x onerror=alert(1)>';
    await customer.locator(`${W} textarea`).fill(hostile);
    await customer.keyboard.press('Enter');
    await agent.locator('[data-testid="message"]').filter({ hasText: hostile }).waitFor({ timeout: 10_000 });
    await agent.locator('#composer-input').fill(`You wrote: ${hostile}`);
    await agent.locator('#composer-input').press('Enter');
    await customer.locator(`${W} .bubble.agent`).filter({ hasText: `You wrote: ${hostile}` }).waitFor({ timeout: 10_000 });
    expect(await agent.locator('[data-testid="message"] img').count()).toBe(0);
    expect(await customer.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelectorAll('.bubble img').length ?? -1, W)).toBe(0);
    expect(dialogs).toEqual([]);
    await agentTp.screenshot('console-markup-as-text');
    await customerTp.screenshot('widget-markup-as-text');

    // A canned response: "/" + part of the shortcut, Enter sends it with the variables filled in.
    const created = await gql(
      session.server.graphqlUrl,
      `mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { cannedResponse { id } } }`,
      { i: { shortcut: 'thanks-wait', body: 'Thanks for waiting, {{contact.name}}! {{agent.name}} from {{tenant.name}} here.' } },
      { token: staff[2] },
    );
    expect(created.errors).toBeUndefined();
    await agent.locator('#composer-input').fill('/thanks');
    const option = agent.locator('#canned-list [role="option"]').filter({ hasText: '/thanks-wait' });
    await option.waitFor({ timeout: 10_000 });
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await agentTp.screenshot('console-canned');
    // Enter INSERTS it, variables filled in, for the agent to edit: nothing is sent yet.
    const agentMessages = await agent.locator('[data-testid="message"].from-agent').count();
    await agent.locator('#composer-input').press('Enter');
    const inserted = /^Thanks for waiting, .+! Ada Agent from Northwind Outfitters here\.$/;
    await expect.poll(() => agent.locator('#composer-input').inputValue(), { timeout: 10_000 }).toMatch(inserted);
    await new Promise((r) => setTimeout(r, 300));
    expect(await agent.locator('[data-testid="message"].from-agent').count()).toBe(agentMessages);
    await agent.locator('#composer-input').press('End');
    await agent.locator('#composer-input').pressSequentially(' Your exchange is on its way.');
    await agentTp.screenshot('console-canned-inserted');
    await agent.locator('#composer-input').press('Enter');
    const cannedText = /^Thanks for waiting, .+! Ada Agent from Northwind Outfitters here\. Your exchange is on its way\.$/;
    await customer.locator(`${W} .bubble.agent .text`).filter({ hasText: cannedText }).waitFor({ timeout: 10_000 });
    // (The customer may see it before the agent's own mutation answer arrives: poll.)
    await expect.poll(() => agent.locator('#composer-input').inputValue(), { timeout: 10_000 }).toBe('');
    await expect.poll(() => agent.locator('[data-testid="message"].from-agent .body').filter({ hasText: cannedText }).count(), { timeout: 10_000 }).toBe(1);

    // The agent resolves.
    await agent.getByRole('button', { name: 'Resolve' }).click();
    await agent.locator('.pane-header').filter({ hasText: 'RESOLVED' }).waitFor({ timeout: 10_000 });
    await agent.getByRole('button', { name: 'Reopen' }).waitFor({ timeout: 5_000 });
    await until(async () => (await sql<{ status: string }>(session.db, `select status from conversations where id = $1`, [conversationId]))[0]?.status === 'RESOLVED', 5_000);
    await agentTp.screenshot('console-resolved');

    // The Team panel lists the colleagues (AWAY so far) and follows their changes live.
    const team = agent.locator('[data-testid="team-panel"]');
    expect(await team.locator('li[data-availability="AWAY"]').count()).toBeGreaterThanOrEqual(4);
    for (const token of staff) await setAvailability(token, 'ONLINE');
    await expect.poll(() => team.locator('li[data-availability="ONLINE"]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    // My own change (made elsewhere) reaches my availability switch, not the list.
    await expect.poll(() => agent.locator('#availability').inputValue(), { timeout: 10_000 }).toBe('ONLINE');
    await agentTp.screenshot('console-team');
    expect(agentTp.errors).toEqual([]);
    expect(customerTp.errors).toEqual([]);
  });

  it('transfers a conversation to another agent with an internal note', { timeout: 60_000 }, async () => {
    const [ada] = await sql<{ id: string }>(session.db, `select id from users where email = 'agent@northwind.demo'`);
    const [bo] = await sql<{ id: string; display_name: string }>(session.db, `select id, display_name from users where email = 'agent2@northwind.demo'`);
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', $3, 'Needs a specialist', 1, now()) returning id`,
      [northwindId, contact.id, ada.id],
    );
    await sql(session.db, `insert into messages (id, tenant_id, conversation_id, seq, author, author_contact_id, body) values (gen_random_uuid(), $1, $2, 1, 'CUSTOMER', $3, 'Can someone from returns help?')`, [
      northwindId,
      conversationId,
      contact.id,
    ]);

    const tp = await open({ width: 1400, height: 900 });
    const { page } = tp;
    await signIn(page, 'agent@northwind.demo', DEMO.northwind.slug, `/console?c=${conversationId}`);
    await page.locator('[data-testid="message"]').filter({ hasText: 'Can someone from returns help?' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Transfer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.waitFor();
    await dialog.locator('#transfer-agent').waitFor();
    await dialog.locator('#transfer-agent').selectOption(bo.id);
    await dialog.locator('#transfer-note').fill('Customer wants an exchange, not a refund.');
    await tp.screenshot('console-transfer-dialog');
    await dialog.getByRole('button', { name: 'Transfer' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.locator('.pane-header').filter({ hasText: `Assigned to ${bo.display_name}` }).waitFor({ timeout: 10_000 });
    // It left Ada's "Mine" list (the selected conversation stays open in the pane).
    await page.locator('#tab-mine').click();
    await expect.poll(() => page.locator(`#conversation-list #conv-${conversationId}`).count(), { timeout: 10_000 }).toBe(0);
    const [row] = await sql<{ assignee_id: string }>(session.db, `select assignee_id from conversations where id = $1`, [conversationId]);
    expect(row.assignee_id).toBe(bo.id);
    await tp.screenshot('console-transferred');
    expect(tp.errors).toEqual([]);
  });

  it("a tenant-B admin editing the URL sees nothing of tenant A's conversation", { timeout: 60_000 }, async () => {
    const [contact] = await sql<{ id: string; name: string; email: string }>(
      session.db,
      `select id, name, email from contacts where tenant_id = $1 and name is not null order by created_at limit 1`,
      [northwindId],
    );
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', 'Northwind private order 4711', 1, now()) returning id`,
      [northwindId, contact.id],
    );
    const secret = 'My Northwind card number is 4111 and my address is 1 Private Lane';
    await sql(session.db, `insert into messages (id, tenant_id, conversation_id, seq, author, author_contact_id, body) values (gen_random_uuid(), $1, $2, 1, 'CUSTOMER', $3, $4)`, [
      northwindId,
      conversationId,
      contact.id,
      secret,
    ]);

    const tp = await open();
    const { page } = tp;
    const answers: { query: string; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }[] = [];
    page.on('response', async (res) => {
      if (new URL(res.url()).pathname !== '/graphql') return;
      // Queries go by GET with their variables in the URL (persisted queries), or by POST.
      const post = (res.request().postData() ?? '') + decodeURIComponent(res.url());
      if (!post.includes(conversationId)) return;
      const body = await res.json();
      if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') return; // the hash's first use: sent again with its text
      answers.push({ query: post, body });
    });
    await signIn(page, DEMO.harbor.admin, DEMO.harbor.slug);
    await page.goto(`${session.server.url}/console?c=${conversationId}`);
    await page.locator('[data-testid="conversation-not-found"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="conversation-not-found"]').textContent()).toMatch(/not found/i);

    // Every request for that id was answered NOT_FOUND, with no data.
    await expect.poll(() => answers.length, { timeout: 5_000 }).toBeGreaterThan(0);
    for (const a of answers) {
      expect(a.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(a.body)).not.toContain(secret);
      expect(JSON.stringify(a.body)).not.toContain(contact.name);
    }
    // The API refuses the messages too, with the app's own credentials (an edited request).
    const direct = await page.evaluate(async (id) => {
      const bearer = localStorage.getItem('switchboard.accessToken');
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: 'query($id: ID!) { messages(conversationId: $id) { messages { body } } }', variables: { id } }),
      });
      return r.json();
    }, conversationId);
    expect(direct.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(direct)).not.toContain(secret);

    // Nothing of tenant A is on the screen.
    const text = await page.locator('body').innerText();
    for (const leak of [secret, contact.name, contact.email, 'Northwind private order 4711']) expect(text).not.toContain(leak);
    expect(await page.locator('[data-testid="message"]').count()).toBe(0);
    await tp.screenshot('console-cross-tenant-not-found');
    expect(tp.errors).toEqual([]);
  });

  it('opens a 5,000-message conversation with a bounded number of rows and scrolls back to the first', { timeout: 90_000 }, async () => {
    const [ada] = await sql<{ id: string }>(session.db, `select id from users where email = 'agent@northwind.demo'`);
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', $3, 'A very long conversation', 0, now()) returning id`,
      [northwindId, contact.id, ada.id],
    );
    await sql(
      session.db,
      `insert into messages (id, tenant_id, conversation_id, seq, author, author_contact_id, author_user_id, body, created_at)
       select gen_random_uuid(), $1, $2, n,
              case when n % 2 = 1 then 'CUSTOMER' else 'AGENT' end,
              case when n % 2 = 1 then $3::uuid end,
              case when n % 2 = 0 then $4::uuid end,
              'Message #' || n || case when n % 7 = 0 then repeat(' with a longer body that wraps', 8) else '' end,
              now() - interval '1 second' * (5000 - n)
         from generate_series(1, 5000) as n`,
      [northwindId, conversationId, contact.id, ada.id],
    );
    await sql(session.db, `update conversations set last_seq = 5000 where id = $1`, [conversationId]);

    const tp = await open({ width: 1400, height: 900 });
    const { page } = tp;
    await signIn(page, 'agent@northwind.demo', DEMO.northwind.slug, `/console?c=${conversationId}`);
    const rows = page.locator('[data-testid="message"]');
    const scroller = page.locator('.messages[role="log"]');
    const last = page.locator('[data-testid="message"][data-seq="5000"]');
    await last.waitFor({ timeout: 45_000 }); // generous: other suites share the 2 cores
    const rendered = await rows.count();
    console.log(`5,000 messages: ${rendered} rows rendered at the bottom`);
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(200);
    const atBottom = () => scroller.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 60);
    await expect.poll(atBottom, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => last.isVisible()).toBe(true);

    // A new message while the agent is at the bottom: it shows, and the view stays anchored.
    const agentToken = await login(session.server.graphqlUrl, 'agent@northwind.demo', DEMO.northwind.slug);
    const sent = await gql(session.server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`, { i: { conversationId, body: 'Live message 5001', clientMessageId: 'big-5001' } }, { token: agentToken });
    expect(sent.errors).toBeUndefined();
    await page.locator('[data-testid="message"][data-seq="5001"]').waitFor({ timeout: 10_000 });
    await expect.poll(atBottom, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-seq="5001"]').isVisible()).toBe(true);
    await tp.screenshot('console-5000-bottom');

    // Scrolling to the top loads the older pages and finally renders the first message.
    const started = Date.now();
    await expect
      .poll(
        async () => {
          await scroller.evaluate((el) => (el.scrollTop = 0));
          return page.locator('[data-testid="message"][data-seq="1"]').count();
        },
        { timeout: 45_000, interval: 250 },
      )
      .toBe(1);
    console.log(`scrolled to message #1 in ${Date.now() - started} ms`);
    await expect.poll(() => page.locator('[data-seq="1"]').isVisible()).toBe(true);
    expect(await rows.count()).toBeLessThan(200);
    expect(await page.locator('[data-seq="1"] .body').textContent()).toBe('Message #1');
    await tp.screenshot('console-5000-top');
    expect(tp.errors).toEqual([]);
  });

  it('an auto-assignment to a colleague leaves my Queue at once; my availability switch shows what the server restored', { timeout: 90_000 }, async () => {
    const staffEmails = [DEMO.northwind.admin, DEMO.northwind.manager, 'agent@northwind.demo', 'agent2@northwind.demo', 'agent3@northwind.demo'];
    const staff = await Promise.all(staffEmails.map((e) => login(session.server.graphqlUrl, e, DEMO.northwind.slug)));
    for (const token of staff) expect((await setAvailability(token, 'AWAY')).errors).toBeUndefined();
    await sql(session.db, `update conversations set status = 'RESOLVED', waiting_since = null where tenant_id = $1 and status = 'WAITING'`, [northwindId]);
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    const waiting: string[] = [];
    for (let i = 0; i < 2; i++) {
      const [{ id }] = await sql<{ id: string }>(
        session.db,
        `insert into conversations (id, tenant_id, contact_id, status, handler, subject, last_seq, waiting_since)
         values (gen_random_uuid(), $1, $2, 'WAITING', 'HUMAN', $3, 0, now() - interval '1 minute' * (2 - $4::int)) returning id`,
        [northwindId, contact.id, `Waiting ${i}`, i],
      );
      waiting.push(id);
    }
    // Ada and Bo have room for exactly one more conversation each.
    await sql(session.db, `update users u set max_concurrent_chats = 1 + (select count(*) from conversations c where c.assignee_id = u.id and c.status = 'OPEN') where email in ('agent@northwind.demo', 'agent2@northwind.demo')`);
    const [bo] = await sql<{ display_name: string }>(session.db, `select display_name from users where email = 'agent2@northwind.demo'`);
    // Ada was away from her console for over a minute: the sweeper took her OFFLINE, remembering ONLINE.
    await sql(session.db, `update users set availability = 'OFFLINE', silenced_availability = 'ONLINE', last_seen_at = now() - interval '5 minutes' where email = 'agent@northwind.demo'`);

    const tp = await open({ width: 1400, height: 900 });
    const { page } = tp;
    let subscribed = false;
    page.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => {
        const m = JSON.parse(String(payload));
        if (m.type === 'subscribe' && /conversationUpdated/.test(m.payload.query)) subscribed = true;
      }),
    );
    await signIn(page, 'agent@northwind.demo', DEMO.northwind.slug);
    // Her console's heartbeat restored ONLINE on the server, and the switch says so.
    await expect.poll(() => page.locator('#availability').inputValue(), { timeout: 10_000 }).toBe('ONLINE');
    const [ada] = await sql<{ availability: string }>(session.db, `select availability from users where email = 'agent@northwind.demo'`);
    expect(ada.availability).toBe('ONLINE');

    // Ada going ONLINE took the first waiting conversation (she had room); the second waits.
    await page.locator('#tab-queue').click();
    await until(() => subscribed, 10_000, () => 'the console never subscribed to conversationUpdated');
    await new Promise((r) => setTimeout(r, 500)); // graphql-ws has no "subscribed" acknowledgement
    const apiWaiting = async () => (await sql<{ n: number }>(session.db, `select count(*)::int as n from conversations where tenant_id = $1 and status = 'WAITING'`, [northwindId]))[0].n;
    await expect.poll(async () => Number(await page.locator('#tab-queue .count').textContent()), { timeout: 10_000 }).toBe(await apiWaiting());
    const [{ assignee_id: first }] = await sql<{ assignee_id: string | null }>(session.db, `select assignee_id from conversations where id = $1`, [waiting[0]]);
    expect(first).not.toBeNull();
    expect(await page.locator(`#conversation-list #conv-${waiting[0]}`).count()).toBe(0);
    await page.locator(`#conv-${waiting[1]}`).waitFor({ timeout: 10_000 });

    // Bo goes ONLINE: routing gives him the waiting one. It leaves Ada's Queue without a reload.
    await setAvailability(staff[3]!, 'ONLINE');
    await expect.poll(() => page.locator(`#conversation-list #conv-${waiting[1]}`).count(), { timeout: 10_000 }).toBe(0);
    expect(await apiWaiting()).toBe(0);
    expect(await page.locator('#tab-queue .count').textContent()).toBe('0');
    await page.locator('#tab-open').click();
    await page.locator(`#conv-${waiting[1]}`).filter({ hasText: bo.display_name }).waitFor({ timeout: 10_000 });
    // No Take over for a chat a colleague has.
    await page.locator(`#conv-${waiting[1]}`).click();
    await page.locator('.pane-header').filter({ hasText: 'Assigned to' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Take over' }).count()).toBe(0);
    await tp.screenshot('console-assigned-elsewhere');
    await setAvailability(staff[3]!, 'AWAY');
    expect(tp.errors).toEqual([]);
  });

  it('a VIEWER reads conversations but is offered no action, no composer and no working t/r/f', { timeout: 60_000 }, async () => {
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, subject, last_seq, last_message_at, waiting_since)
       values (gen_random_uuid(), $1, $2, 'WAITING', 'HUMAN', 'Viewer sees this', 1, now(), now()) returning id`,
      [northwindId, contact.id],
    );
    await sql(session.db, `insert into messages (id, tenant_id, conversation_id, seq, author, author_contact_id, body) values (gen_random_uuid(), $1, $2, 1, 'CUSTOMER', $3, 'Is anyone there?')`, [
      northwindId,
      conversationId,
      contact.id,
    ]);
    const tp = await open({ width: 1400, height: 900 });
    const { page } = tp;
    const mutations: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).pathname === '/graphql' && /"query":"mutation/.test(req.postData() ?? '')) mutations.push(/mutation (\w+)/.exec(req.postData() ?? '')?.[1] ?? '?');
    });
    await signIn(page, DEMO.northwind.viewer, DEMO.northwind.slug, `/console?c=${conversationId}`);
    await page.locator('[data-testid="message"]').filter({ hasText: 'Is anyone there?' }).waitFor({ timeout: 15_000 });
    for (const name of ['Take over', 'Transfer', 'Resolve', 'Hand back', 'Reopen']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await page.locator('#composer-input').count(), 'composer').toBe(0);
    await page.locator('[data-testid="read-only"]').waitFor();
    for (const key of ['t', 'r', 'f']) await page.keyboard.press(key);
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.getByRole('dialog').count(), 'dialog').toBe(0);
    expect(mutations.filter((m) => !/^(Login|RefreshSession|ConsoleHeartbeat|ConsoleSetTyping)$/.test(m))).toEqual([]);
    expect(await page.locator('.toast, [role="alert"]').filter({ hasText: /not allowed/i }).count(), 'not-allowed toast').toBe(0);
    // No canned responses page in a viewer's navigation either.
    expect(await page.locator('#main-nav').getByText('Canned responses').count(), 'nav').toBe(0);
    const [row] = await sql<{ status: string; assignee_id: string | null }>(session.db, `select status, assignee_id from conversations where id = $1`, [conversationId]);
    expect(row).toEqual({ status: 'WAITING', assignee_id: null });
    await tp.screenshot('console-viewer');
    expect(tp.errors).toEqual([]);
  });

  it('at 390 px the conversation list has room, and Knowledge and Team do not scroll sideways', { timeout: 90_000 }, async () => {
    const [ada] = await sql<{ id: string }>(session.db, `select id from users where email = 'agent@northwind.demo'`);
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [northwindId]);
    await sql(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', $3, 'On the phone', 0, now())`,
      [northwindId, contact.id, ada.id],
    );
    const tp = await open({ width: 390, height: 844 });
    const { page } = tp;
    await signIn(page, DEMO.northwind.admin, DEMO.northwind.slug);
    await page.locator('#tab-open').click();
    await page.locator('#conversation-list .conv').first().waitFor({ timeout: 15_000 });
    const box = await page.locator('#conversation-list').boundingBox();
    console.log(`390 px: conversation list ${box?.width} × ${box?.height} px`);
    expect(box!.height).toBeGreaterThan(120);
    await expect.poll(() => page.locator('#conversation-list .conv').first().isVisible()).toBe(true);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await tp.screenshot('mobile-console');

    for (const [path, shot] of [
      ['/knowledge', 'mobile-knowledge'],
      ['/team', 'mobile-team'],
      ['/canned-responses', 'mobile-canned'],
    ] as const) {
      await page.goto(`${session.server.url}${path}`);
      await page.locator('main h1, .content h1').first().waitFor({ timeout: 15_000 });
      await page.locator('table').first().waitFor({ timeout: 15_000 });
      await new Promise((r) => setTimeout(r, 500));
      const overflow = await sideways();
      console.log(`390 px: ${path} overflows sideways by ${overflow} px`);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await tp.screenshot(shot);
    }
    expect(tp.errors).toEqual([]);
  });

  it('canned responses: "/" with none says so and links to the page; one made there is inserted to edit, then sent', { timeout: 90_000 }, async () => {
    const [cleo] = await sql<{ id: string }>(session.db, `select id from users where email = 'agent3@northwind.demo'`);
    const [contact] = await sql<{ id: string; name: string }>(session.db, `select id, name from contacts where tenant_id = $1 and name is not null order by created_at limit 1`, [northwindId]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
      `insert into conversations (id, tenant_id, contact_id, status, handler, assignee_id, subject, last_seq, last_message_at)
       values (gen_random_uuid(), $1, $2, 'OPEN', 'HUMAN', $3, 'When does it ship?', 0, now()) returning id`,
      [northwindId, contact.id, cleo.id],
    );
    const tp = await open({ width: 1400, height: 900 });
    const { page } = tp;
    await signIn(page, 'agent3@northwind.demo', DEMO.northwind.slug, `/console?c=${conversationId}`);
    await page.locator('#composer-input').fill('/');
    const empty = page.locator('[data-testid="canned-empty"]');
    await empty.waitFor({ timeout: 10_000 });
    expect(await empty.textContent()).toContain('No canned responses yet.');
    await tp.screenshot('console-canned-none');
    await empty.getByRole('link', { name: 'Create one' }).click();
    await page.waitForURL((u) => u.pathname === '/canned-responses');

    // The page: create one (personal: an agent cannot share), see it listed.
    await page.getByRole('button', { name: 'New response' }).click();
    const dialog = page.getByRole('dialog', { name: 'New canned response' });
    await dialog.waitFor();
    expect(await dialog.getByText('Shared with the whole team').count()).toBe(0);
    await dialog.locator('#canned-shortcut').fill('ship-eta');
    await dialog.locator('#canned-title-input').fill('Shipping time');
    await dialog.locator('#canned-body').fill('Hi {{contact.name}}, it ships within 2 days.');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    const row = page.locator('tr').filter({ hasText: '/ship-eta' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Shipping time');
    expect(await row.textContent()).toContain('Personal');
    await tp.screenshot('canned-responses-page');

    // Back in the console: "/ship" offers it with its title; Enter inserts it, filled in, to edit.
    await page.goto(`${session.server.url}/console?c=${conversationId}`);
    await page.locator('#composer-input').fill('/ship');
    const option = page.locator('#canned-list [role="option"]').filter({ hasText: '/ship-eta' });
    await option.waitFor({ timeout: 10_000 });
    expect(await option.textContent()).toContain('Shipping time');
    await page.locator('#composer-input').press('Enter');
    await expect.poll(() => page.locator('#composer-input').inputValue(), { timeout: 10_000 }).toBe(`Hi ${contact.name}, it ships within 2 days.`);
    await page.locator('#composer-input').press('End');
    await page.locator('#composer-input').pressSequentially(' Tracking follows by e-mail.');
    await page.locator('#composer-input').press('Enter');
    await page.locator('[data-testid="message"].from-agent .body').filter({ hasText: `Hi ${contact.name}, it ships within 2 days. Tracking follows by e-mail.` }).waitFor({ timeout: 10_000 });
    const [stored] = await sql<{ n: number }>(session.db, `select count(*)::int as n from messages where conversation_id = $1 and author = 'AGENT'`, [conversationId]);
    expect(stored.n).toBe(1);

    // Edit and delete it on the page.
    await page.goto(`${session.server.url}/canned-responses`);
    await page.getByRole('button', { name: 'Edit /ship-eta' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit canned response' });
    await edit.locator('#canned-body').fill('It ships within 3 days.');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.locator('tr').filter({ hasText: 'It ships within 3 days.' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Delete /ship-eta' }).click();
    await page.getByRole('dialog', { name: 'Delete /ship-eta?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('tr').filter({ hasText: '/ship-eta' }).count(), { timeout: 10_000 }).toBe(0);
    expect((await sql<{ n: number }>(session.db, `select count(*)::int as n from canned_responses where shortcut = 'ship-eta'`))[0].n).toBe(0);
    expect(tp.errors).toEqual([]);
  });
});
