// Demo approvals and notifications: one pending refund on a ticket per demo tenant (its manager
// sees it in Approvals, its agent has a notification about it), so the approvals queue and the bell
// show something on first start — and the isolation probes have rows of these tables to aim at.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

const DEMO_APPROVALS: Record<string, { summary: string; action: string; amount: number; currency: string; requester: string; approver: string }> = {
  northwind: { summary: 'Refund for the snapped tent pole', action: 'Refund 49.00 EUR to the original card', amount: 49, currency: 'EUR', requester: 'agent@northwind.demo', approver: 'manager@northwind.demo' },
  'harbor-bank': { summary: 'Reverse the unknown 59.99 charge', action: 'Chargeback 59.99 GBP while the fraud team investigates', amount: 59.99, currency: 'GBP', requester: 'agent@harbor.demo', approver: 'manager@harbor.demo' },
};

export async function seedDemoApprovals(tx: EntityManager, tenantId: string, slug: string): Promise<void> {
  const demo = DEMO_APPROVALS[slug];
  if (!demo) return;
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const users = await conn.execute<{ id: string; email: string }[]>('select id, email from users where tenant_id = ? and email in (?, ?)', [tenantId, demo.requester, demo.approver], 'all', ctx);
  const requester = users.find((u) => u.email === demo.requester)?.id ?? null;
  const approver = users.find((u) => u.email === demo.approver)?.id ?? null;
  const [ticket] = await conn.execute<{ id: string }[]>(`select id from tickets where tenant_id = ? and status in ('OPEN', 'PENDING', 'ESCALATED') order by number limit 1`, [tenantId], 'all', ctx);
  const id = randomUUID();
  await conn.execute(
    `insert into approval_requests (id, tenant_id, number, kind, summary, proposed_action, amount, currency, priority, urgency, status, ticket_id, requested_by_kind, requested_by_id, requester_id, approver_id)
     values (?, ?, 1, 'REFUND', ?, ?, ?, ?, 'HIGH', 'NORMAL', 'PENDING', ?, 'USER', ?, ?, ?)`,
    [id, tenantId, demo.summary, demo.action, demo.amount, demo.currency, ticket?.id ?? null, requester, requester, approver],
    'all',
    ctx,
  );
  await conn.execute(`insert into approval_events (id, tenant_id, approval_id, action, actor_kind, actor_id) values (?, ?, ?, 'REQUESTED', 'USER', ?)`, [randomUUID(), tenantId, id, requester], 'all', ctx);
  if (approver) {
    await conn.execute(
      `insert into notifications (id, tenant_id, user_id, kind, title, body, subject_kind, subject_id) values (?, ?, ?, 'APPROVAL_WAITING', ?, ?, 'APPROVAL', ?)`,
      [randomUUID(), tenantId, approver, 'Approval #1 is waiting for you', demo.summary, id],
      'all',
      ctx,
    );
  }
}
