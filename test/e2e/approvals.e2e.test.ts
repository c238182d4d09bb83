// Approvals end to end, in Debian's Chromium, against the real API serving the built web app:
// an agent asks for a refund from the console's conversation sidebar; a manager on a 390 px
// phone finds it in the Approvals queue, is stopped from rejecting without a reason, rejects with
// one; the agent's conversation shows the outcome note live. Any browser console error fails.
import { describe, expect, it } from 'vitest';
import { sql } from '../helpers/db.js';
import { DEMO } from '../helpers/graphql.js';
import { useBrowserSession } from './helpers/session.js';

const session = useBrowserSession();
const { open, signIn } = session;

describe('approvals in a browser', () => {
  it('an agent requests a refund in the console; a manager on a phone rejects it with a reason; the note appears in the conversation', { timeout: 120_000 }, async () => {
    const [tenant] = await sql<{ id: string }>(session.db, `select id from tenants where slug = 'northwind'`);
    const [ada] = await sql<{ id: string }>(session.db, `select id from users where email = $1`, [DEMO.northwind.agent]);
    const [contact] = await sql<{ id: string }>(session.db, `select id from contacts where tenant_id = $1 order by created_at limit 1`, [tenant.id]);
    const [{ id: conversationId }] = await sql<{ id: string }>(
      session.db,
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
    const [row] = await sql<{ number: number; amount: string; currency: string; status: string }>(session.db, `select number, amount, currency, status from approval_requests where conversation_id = $1`, [conversationId]);
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
    expect(await sql(session.db, `select 1 from approval_events where action = 'REJECTED'`)).toEqual([]);
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
