// After a Redis outage (ours or another instance's RESYNC) this instance's subscribers of the
// tenant-wide topics, which have no seq to resume from, get the CURRENT state of everything that
// changed since the outage began, as ordinary events delivered locally: each conversation,
// staff member and tenant changed meanwhile, and a QUEUE_UPDATED per tenant concerned (waiting
// positions are recomputed) and a KPIS_UPDATED per tenant concerned. Auth caches are dropped and sockets re-checked, as a missed
// AUTH_CHANGED would have done. messageAdded streams catch up on their own (message-stream.ts).
import type { AppServices } from '../services.js';
import { Topic } from './topics.js';

/** Clock skew between instances and a transaction's length between `updated_at` and commit. */
const MARGIN_MS = 5_000;
/** Bound the work after a very long outage; clients re-read lists when they reconnect anyway. */
const LIMIT = 2_000;

/** `presenceSilenceMs`: after this long without a heartbeat the presence sweeper takes a member OFFLINE. */
export async function republishChangedSince(services: AppServices, since: Date, revalidateSockets: () => Promise<void>, presenceSilenceMs: number): Promise<number> {
  const { readPool, events } = services;
  const from = new Date(since.getTime() - MARGIN_MS);
  services.auth.clear();
  await revalidateSockets();
  const [conversations, users, tenants] = await Promise.all([
    readPool.query<{ id: string; tenant_id: string; contact_id: string; assignee_id: string | null; queue_id: string | null }>(
      `select id, tenant_id, contact_id, assignee_id, queue_id from conversations where updated_at >= $1 order by updated_at desc limit ${LIMIT}`,
      [from],
    ),
    // A member the sweeper took OFFLINE meanwhile has only `last_seen_at` older than the silence.
    readPool.query<{ id: string; tenant_id: string; availability: 'ONLINE' | 'AWAY' | 'BUSY' | 'OFFLINE' }>(
      `select id, tenant_id, availability from users where tenant_id is not null and (updated_at >= $1 or last_seen_at >= $2) order by updated_at desc limit ${LIMIT}`,
      [from, new Date(from.getTime() - presenceSilenceMs)],
    ),
    readPool.query<{ id: string }>(`select id from tenants where updated_at >= $1 limit ${LIMIT}`, [from]),
  ]);
  for (const t of tenants) events.publishLocal(Topic.TENANT_UPDATED, { tenantId: t.id });
  for (const u of users) events.publishLocal(Topic.PRESENCE_CHANGED, { tenantId: u.tenant_id, userId: u.id, availability: u.availability });
  for (const c of conversations) {
    events.publishLocal(Topic.CONVERSATION_UPDATED, { tenantId: c.tenant_id, conversationId: c.id, contactId: c.contact_id, assigneeId: c.assignee_id, queueId: c.queue_id });
  }
  for (const tenantId of new Set(conversations.map((c) => c.tenant_id))) events.publishLocal(Topic.QUEUE_UPDATED, { tenantId, queueId: null });
  // Live KPIs of every tenant concerned, recomputed once each (pushes may have been lost).
  const at = new Date().toISOString();
  for (const tenantId of new Set([...conversations.map((c) => c.tenant_id), ...users.map((u) => u.tenant_id)])) events.publishLocal(Topic.KPIS_UPDATED, { tenantId, at });
  return conversations.length + users.length + tenants.length;
}
