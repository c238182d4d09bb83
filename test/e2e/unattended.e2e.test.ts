// Nothing falls through the cracks, end to end in Chromium: outside business hours a customer who
// asks for a person sees the tenant's away message instead of a place in line, leaves an e-mail
// address, and the hand-off appears live in an agent's Tickets list with the transcript; the
// agent's public reply arrives at a real local SMTP server. Any browser console error fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { until } from '../helpers/ws.js';
import { startSmtp, type SmtpServer } from '../helpers/smtp.js';
import { startHostPage, type Served } from './helpers/widget-host.js';
import { useBrowserSession } from './helpers/session.js';

const W = 'switchboard-widget';

let smtp: SmtpServer;
const session = useBrowserSession({
  env: async () => {
    smtp = await startSmtp();
    return { ASSISTANT_ENABLED: 'true', SMTP_URL: smtp.url };
  },
});
const { open, signIn } = session;
let host: Served;

beforeAll(async () => {
  const [tenant] = await sql<{ id: string; widget_key: string }>(session.db, `select id, widget_key from tenants where slug = 'northwind'`);
  // Closed all week, nobody online: nobody can answer now.
  await sql(session.db, `update business_calendars set weekly_hours = '[[],[],[],[],[],[],[]]' where tenant_id = $1`, [tenant!.id]);
  await sql(session.db, `update users set availability = 'OFFLINE' where tenant_id = $1`, [tenant!.id]);
  host = await startHostPage({ widgetJsUrl: `${session.server.url}/widget.js`, widgetKey: tenant!.widget_key });
});

afterAll(async () => {
  await host?.close();
  await smtp?.close();
});

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
