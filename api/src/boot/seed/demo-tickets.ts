// Demo tickets: a handful per demo tenant, in every status, each with a short history (created,
// assigned, commented, resolved…) so the ticket list and timeline show something on first start.
// Written with plain SQL inside the seed's transaction: numbers 1…n, the counter at n, and one
// ticket_events row per version, exactly as the tickets module would have written them.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

interface DemoTicket {
  subject: string;
  description: string;
  priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
  /** Index into the tenant's contacts (by creation order). */
  contact: number;
  category: string;
  tags: string[];
  channel: string;
  /** E-mail of the assignee, if any. */
  assignee?: string;
  comments?: [string, boolean][];
  /** Final status (reached through the listed steps). */
  status: 'OPEN' | 'PENDING' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';
}

const DEMO_TICKETS: Record<string, DemoTicket[]> = {
  northwind: [
    { subject: 'Tent pole snapped on first trip', description: 'The Ridgeline 2 tent pole broke at the joint on the first night. Order NW-48213.', priority: 'HIGH', contact: 0, category: 'RETURNS', tags: ['warranty', 'tents'], channel: 'EMAIL', assignee: 'agent@northwind.demo', comments: [['Sorry to hear that! We will send a replacement pole today.', true]], status: 'PENDING' },
    { subject: 'Refund not received for returned boots', description: 'Returned hiking boots three weeks ago, still no refund.', priority: 'MEDIUM', contact: 1, category: 'REFUND', tags: ['refund'], channel: 'WIDGET', assignee: 'agent2@northwind.demo', comments: [['Checked with the warehouse: return arrived on the 3rd.', false]], status: 'OPEN' },
    { subject: 'Wrong size delivered', description: 'Ordered a size M rain jacket, received XL.', priority: 'LOW', contact: 2, category: 'ORDER', tags: ['exchange'], channel: 'WIDGET', assignee: 'agent@northwind.demo', comments: [['Exchange label sent by e-mail.', true]], status: 'RESOLVED' },
    { subject: 'Charged twice for one order', description: 'My card shows two charges of 129.00 EUR for order NW-48301.', priority: 'URGENT', contact: 3, category: 'PAYMENT', tags: ['billing', 'vip'], channel: 'API', status: 'ESCALATED' },
    { subject: 'Question about Trail Points', description: 'How many points do I get for a gift card purchase?', priority: 'LOW', contact: 4, category: 'ACCOUNT', tags: ['loyalty'], channel: 'CONSOLE', status: 'OPEN' },
    { subject: 'Stove recall notice', description: 'Is my camping stove part of the recall?', priority: 'MEDIUM', contact: 0, category: 'PRODUCT', tags: ['safety'], channel: 'EMAIL', assignee: 'agent2@northwind.demo', comments: [['Not affected: serial number outside the recalled range.', true]], status: 'CLOSED' },
  ],
  'harbor-bank': [
    { subject: 'Card blocked abroad', description: 'My debit card was declined in Lisbon.', priority: 'HIGH', contact: 0, category: 'CARDS', tags: ['cards', 'travel'], channel: 'WIDGET', assignee: 'agent@harbor.demo', comments: [['Travel notice added; card unblocked.', true]], status: 'RESOLVED' },
    { subject: 'Unknown transaction on statement', description: 'A 59.99 charge from a merchant I do not recognise.', priority: 'URGENT', contact: 1, category: 'FRAUD', tags: ['fraud'], channel: 'API', assignee: 'agent2@harbor.demo', status: 'ESCALATED' },
    { subject: 'Business account opening documents', description: 'Which documents do you need for a sole trader account?', priority: 'MEDIUM', contact: 2, category: 'ACCOUNTS', tags: ['onboarding'], channel: 'EMAIL', status: 'OPEN' },
    { subject: 'Mortgage statement request', description: 'Please send my annual mortgage statement.', priority: 'LOW', contact: 3, category: 'LENDING', tags: ['statements'], channel: 'CONSOLE', assignee: 'agent@harbor.demo', comments: [['Requested from the lending team.', false]], status: 'PENDING' },
    { subject: 'Change of address', description: 'I moved; please update my address.', priority: 'LOW', contact: 1, category: 'ACCOUNTS', tags: ['profile'], channel: 'WIDGET', status: 'OPEN' },
  ],
};

export async function seedDemoTickets(tx: EntityManager, tenantId: string, slug: string): Promise<void> {
  const demo = DEMO_TICKETS[slug];
  if (!demo?.length) return;
  const conn = tx.getConnection();
  const ctx = tx.getTransactionContext();
  const run = (sql: string, params: unknown[]) => conn.execute(sql, params, 'all', ctx);
  const contacts = (await run(`select id from contacts where tenant_id = ? order by created_at, id`, [tenantId])) as { id: string }[];
  const users = (await run(`select id, email from users where tenant_id = ?`, [tenantId])) as { id: string; email: string }[];
  const [queue] = (await run(`select id from queues where tenant_id = ? and is_default`, [tenantId])) as { id: string }[];
  const admin = users.find((u) => u.email.startsWith('admin@'))?.id ?? null;
  const hour = 3600_000;
  for (const [i, d] of demo.entries()) {
    const id = randomUUID();
    const number = i + 1;
    const created = new Date(Date.now() - (demo.length - i) * 26 * hour);
    const assignee = d.assignee ? (users.find((u) => u.email === d.assignee)?.id ?? null) : null;
    const contactId = contacts[d.contact]?.id ?? null;
    const events: { action: string; actor: string | null; before: object | null; after: object | null; comment?: string; public?: boolean }[] = [
      { action: 'CREATED', actor: admin, before: null, after: { number, subject: d.subject, description: d.description, priority: d.priority, status: 'OPEN', contactId, category: d.category, tags: d.tags, channel: d.channel, ...(queue ? { queueId: queue.id } : {}) } },
    ];
    if (assignee) events.push({ action: 'ASSIGNED', actor: admin, before: { assigneeId: null }, after: { assigneeId: assignee } });
    for (const [text, isPublic] of d.comments ?? []) events.push({ action: 'COMMENTED', actor: assignee ?? admin, before: null, after: null, comment: text, public: isPublic });
    const at = (k: number) => new Date(created.getTime() + k * 2 * hour);
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    const move = (action: string, from: string, to: string, extra: object = {}) => events.push({ action, actor: assignee ?? admin, before: { status: from, ...Object.fromEntries(Object.keys(extra).map((k) => [k, null])) }, after: { status: to, ...extra } });
    if (d.status === 'PENDING') move('UPDATED', 'OPEN', 'PENDING');
    if (d.status === 'ESCALATED') events.push({ action: 'ESCALATED', actor: admin, before: { status: 'OPEN' }, after: { status: 'ESCALATED' }, comment: 'Needs a specialist', public: false });
    if (d.status === 'RESOLVED' || d.status === 'CLOSED') {
      resolvedAt = at(events.length);
      move('RESOLVED', 'OPEN', 'RESOLVED', { resolvedAt: resolvedAt.toISOString() });
    }
    if (d.status === 'CLOSED') {
      closedAt = at(events.length);
      move('CLOSED', 'RESOLVED', 'CLOSED', { closedAt: closedAt.toISOString() });
    }
    const updated = at(events.length - 1);
    await run(
      `insert into tickets (id, tenant_id, number, subject, description, contact_id, category, priority, status, queue_id, assignee_id, tags, channel,
                            created_at, updated_at, resolved_at, closed_at, version)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?)`,
      [id, tenantId, number, d.subject, d.description, contactId, d.category, d.priority, d.status, queue?.id ?? null, assignee, `{${d.tags.join(',')}}`, d.channel, created, updated, resolvedAt, closedAt, events.length],
    );
    for (const [k, e] of events.entries()) {
      await run(
        `insert into ticket_events (id, tenant_id, ticket_id, ticket_version, action, actor_kind, actor_id, before, after, comment, public, at)
         values (?, ?, ?, ?, ?, 'USER', ?, ?::jsonb, ?::jsonb, ?, ?, ?)`,
        [randomUUID(), tenantId, id, k + 1, e.action, e.actor, e.before && JSON.stringify(e.before), e.after && JSON.stringify(e.after), e.comment ?? null, !!e.public, at(k)],
      );
    }
  }
  await run(`insert into ticket_counters (tenant_id, last_number) values (?, ?)`, [tenantId, demo.length]);
}
