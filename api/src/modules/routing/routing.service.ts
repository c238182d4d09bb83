// Routing (Chatwoot-style, per tenant): a conversation that needs a human waits in a queue and is
// given to an ONLINE agent of that queue with free capacity, least-loaded or round robin.
//
// Concurrency: every assignment decision of a tenant runs under one transaction-scoped advisory
// lock (`route:<tenantId>`), taken AFTER the conversation's row lock (callers lock the
// conversation first, assignWaiting does the same), so the lock order is always
// conversation -> tenant route lock and two transactions never deadlock on it. Loads are counted
// by a statement issued after the lock is granted: it sees every assignment committed before us,
// and nobody else can assign in this tenant until we commit, so no agent goes over capacity.
import { randomUUID } from 'node:crypto';
import { isOpenAt } from '../sla/sla.reads.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { Topic } from '../../events/topics.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { User } from '../users/user.entity.js';
import { Role } from '../../permissions/roles.js';
import { Conversation, ConversationStatus } from '../conversations/conversation.entity.js';
import { withLockedConversation, type LockedConversation } from '../conversations/locked-conversation.js';
import { Queue, RoutingPolicy } from './queue.entity.js';

/** Roles that take conversations: routing offers them chats, transfers may name only them. */
export const TAKES_CONVERSATIONS: readonly Role[] = [Role.AGENT, Role.MANAGER];

/** The queue created on demand for a tenant that has none marked default. */
export const DEFAULT_QUEUE_NAME = 'Support';

export type AssignmentVia = 'AUTO' | 'MANUAL';

export interface Agent {
  id: string;
  displayName: string;
}

export interface HumanRequest {
  /** Who got the conversation now, or null: it waits. */
  assignedTo: Agent | null;
  /** The queue it was routed through. */
  queueId: string;
  /** True when it was already with a human and nothing changed (no queue was named). */
  unchanged: boolean;
}

type Row = Record<string, unknown>;

/** Raw SQL on the EntityManager's connection, inside its transaction when there is one (`?` placeholders). */
function exec<T extends Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

function assertTransaction(em: EntityManager): void {
  // A transaction-scoped advisory lock outside a transaction would be released at once.
  if (!em.isInTransaction()) throw new Error('routing: call inside a transaction (em.transactional)');
}

/** Serialise every assignment decision of the tenant until the transaction ends. */
export async function lockRouting(em: EntityManager, tenantId: string): Promise<void> {
  assertTransaction(em);
  await exec(em, `select pg_advisory_xact_lock(hashtext('route:' || ?)) as locked`, [tenantId]);
}

/** The tenant's default queue, created ('Support') when there is none. Needs the route lock. */
export async function ensureDefaultQueue(em: EntityManager, tenantId: string): Promise<Queue> {
  const [found] = await exec<{ id: string }>(em, `select id from queues where tenant_id = ? and is_default`, [tenantId]);
  let id = found?.id;
  if (!id) {
    // A non-default queue may already carry the name: it becomes the default.
    const [created] = await exec<{ id: string }>(
      em,
      `insert into queues (id, tenant_id, name, is_default) values (?, ?, ?, true)
       on conflict (tenant_id, name) do update set is_default = true returning id`,
      [randomUUID(), tenantId, DEFAULT_QUEUE_NAME],
    );
    id = created.id;
  }
  return em.findOneOrFail(Queue, { id, tenant: tenantId }, { filters: false, refresh: true });
}

async function resolveQueue(em: EntityManager, tenantId: string, conversation: Conversation, queueId?: string | null): Promise<Queue> {
  if (queueId) {
    const queue = isUuid(queueId) ? await em.findOne(Queue, { id: queueId, tenant: tenantId }, { filters: false }) : null;
    if (!queue) throw notFound('Queue');
    return queue;
  }
  if (conversation.queue) {
    const current = await em.findOne(Queue, { id: conversation.queue.id, tenant: tenantId }, { filters: false });
    if (current) return current;
  }
  return ensureDefaultQueue(em, tenantId);
}

// Who may take conversations of a queue: active agents and managers (TAKES_CONVERSATIONS) of the tenant who are ONLINE
// and members of the queue; a queue without members routes to every such user.
const ELIGIBLE = `u.tenant_id = ? and u.active and u.role in ('AGENT', 'MANAGER') and u.availability = 'ONLINE'
   and (not exists (select 1 from queue_members m where m.queue_id = ?)
        or exists (select 1 from queue_members m where m.queue_id = ? and m.user_id = u.id))`;

const ORDER: Record<RoutingPolicy, string> = {
  // Lowest load; then whoever got a conversation least recently (never first); then id.
  [RoutingPolicy.LEAST_LOADED]: `l.n, la.at asc nulls first, u.id`,
  // The next one after the last assignee in (display name, id) order, wrapping around.
  [RoutingPolicy.ROUND_ROBIN]: `coalesce((u.display_name, u.id) <= (lu.display_name, lu.id), false), u.display_name, u.id`,
};

/**
 * The agent who gets the next conversation of `queue`, or null when nobody eligible has free
 * capacity. Load = conversations OPEN with them, not counting `conversationId` itself.
 */
export async function pickAgent(em: EntityManager, tenantId: string, queue: Queue, conversationId: string): Promise<Agent | null> {
  const [row] = await exec<{ id: string; display_name: string }>(
    em,
    `select u.id, u.display_name
       from users u
       cross join lateral (select count(*)::int as n from conversations c
                            where c.tenant_id = u.tenant_id and c.assignee_id = u.id and c.status = 'OPEN' and c.id <> ?) l
       left join lateral (select max(a.assigned_at) as at from conversation_assignments a
                           where a.tenant_id = u.tenant_id and a.user_id = u.id) la on true
       left join users lu on lu.id = ? and lu.tenant_id = u.tenant_id
      where ${ELIGIBLE} and l.n < u.max_concurrent_chats
      order by ${ORDER[queue.routingPolicy] ?? ORDER.LEAST_LOADED}
      limit 1`,
    [conversationId, queue.lastAssignedUser?.id ?? null, tenantId, queue.id, queue.id],
  );
  return row ? { id: row.id, displayName: row.display_name } : null;
}

/** A routing assignment: the lifecycle's `assign` ("<name> joined…"), and the queue's round-robin mark. */
async function assign(lc: LockedConversation, queue: Queue, agent: Agent): Promise<void> {
  await lc.transition({ name: 'assign', agent }, { via: 'AUTO' });
  queue.lastAssignedUser = lc.em.getReference(User, agent.id, { wrapped: true });
}

/**
 * Hand the locked conversation to humans (inside its transaction, see withLockedConversation).
 * It waits in `opts.queueId`, else in the queue it already has, else in the tenant's default
 * queue; then it is assigned at once when someone is free ("<name> joined the conversation"),
 * else the customer is told they are in line. A conversation a person already has stays as it is
 * unless a queue is named: then it moves to that queue. Take no other
 * conversation's lock after this in the same transaction (lock order).
 */
export async function requestHuman(lc: LockedConversation, opts: { queueId?: string | null; reason?: string } = {}): Promise<HumanRequest> {
  const conversation = lc.conversation;
  const tenantId = conversation.tenant.id;
  await lockRouting(lc.em, tenantId);
  const queue = await resolveQueue(lc.em, tenantId, conversation, opts.queueId);
  // A person has it and a queue is named: it moves there (a transfer), then is routed again.
  if (opts.queueId && conversation.status === ConversationStatus.OPEN && conversation.assignee) await lc.transition({ name: 'transfer', toQueueId: queue.id });
  const agent = await pickAgent(lc.em, tenantId, queue, conversation.id);
  // "You are in line" only when nobody takes it at once; the assignment says who joined.
  const queued = await lc.transition({ name: 'enqueue', queueId: queue.id, reason: opts.reason }, { silent: !!agent });
  // Unchanged and not waiting: a person has it. Unchanged and waiting: already in line there.
  if (!queued.changed && conversation.status !== ConversationStatus.WAITING) return { assignedTo: null, queueId: queue.id, unchanged: true };
  if (agent) await assign(lc, queue, agent);
  return { assignedTo: agent, queueId: queue.id, unchanged: !queued.changed && !agent };
}

/** After commit: waiting positions (and counts) of a queue moved. */
export function publishQueueUpdated(services: AppServices, tenantId: string, queueId: string | null): void {
  services.events.publish(Topic.QUEUE_UPDATED, { tenantId, queueId });
}

/** Is anybody of the tenant ONLINE with free capacity (in any queue)? */
async function anyCapacity(services: AppServices, tenantId: string): Promise<boolean> {
  const [row] = await services.readPool.query<{ free: boolean }>(
    `select exists (
       select 1 from users u
        where u.tenant_id = $1 and u.active and u.role in ('AGENT', 'MANAGER') and u.availability = 'ONLINE'
          and (select count(*) from conversations c where c.tenant_id = $1 and c.assignee_id = u.id and c.status = 'OPEN') < u.max_concurrent_chats
     ) as free`,
    [tenantId],
  );
  return !!row?.free;
}

type Outcome = { kind: 'assigned'; agent: Agent } | { kind: 'nobody'; queueId: string } | { kind: 'skipped' };

/** One transaction: lock the conversation, then the route lock; assign it if it still waits and someone is free. */
async function assignOne(services: AppServices, tenantId: string, conversationId: string): Promise<Outcome> {
  return withLockedConversation(services, tenantId, conversationId, async (lc): Promise<Outcome> => {
    const conversation = lc.conversation;
    if (conversation.status !== ConversationStatus.WAITING || conversation.tenant.id !== tenantId) return { kind: 'skipped' };
    await lockRouting(lc.em, tenantId);
    const queue = await resolveQueue(lc.em, tenantId, conversation);
    if (conversation.queue?.id !== queue.id) await lc.transition({ name: 'enqueue', queueId: queue.id });
    const agent = await pickAgent(lc.em, tenantId, queue, conversation.id);
    if (!agent) return { kind: 'nobody', queueId: queue.id };
    await assign(lc, queue, agent);
    return { kind: 'assigned', agent };
  });
}

const PAGE = 200;

/**
 * Call after capacity frees up in a tenant (a conversation resolved, closed or transferred away;
 * an agent went ONLINE or got more capacity; queue members changed). Assigns WAITING conversations
 * in FIFO order (waiting_since, id), each in its own transaction with its "joined" message, while
 * someone has capacity. Within a queue the order is kept: once a queue's conversation finds
 * nobody, the later ones of that queue keep waiting. Returns the ids of the assigned conversations.
 */
export async function assignWaiting(services: AppServices, tenantId: string): Promise<string[]> {
  const assigned: string[] = [];
  if (!isUuid(tenantId) || !(await anyCapacity(services, tenantId))) return assigned;
  const blocked = new Set<string>();
  let after: [string, string] | null = null;
  for (;;) {
    const page: { id: string; queue_id: string | null; since: string }[] = await services.readPool.query(
      `select id, queue_id, coalesce(waiting_since, created_at)::text as since from conversations
        where tenant_id = $1 and status = 'WAITING'
          and ($2::timestamptz is null or (coalesce(waiting_since, created_at), id) > ($2::timestamptz, $3::uuid))
        order by coalesce(waiting_since, created_at), id limit ${PAGE}`,
      [tenantId, after?.[0] ?? null, after?.[1] ?? null],
    );
    for (const w of page) {
      if (w.queue_id && blocked.has(w.queue_id)) continue;
      const outcome = await assignOne(services, tenantId, w.id);
      if (outcome.kind === 'assigned') assigned.push(w.id);
      else if (outcome.kind === 'nobody') {
        blocked.add(outcome.queueId);
        if (!(await anyCapacity(services, tenantId))) return assigned;
      }
    }
    if (page.length < PAGE) return assigned;
    const last = page[page.length - 1];
    after = [last.since, last.id];
  }
}

export interface QueuePosition {
  /** 1-based rank among the conversations waiting in the same queue, by (waiting since, id). */
  position: number;
  /** position × median handle time ÷ ONLINE agents of the queue; null without history. */
  estimatedWaitSeconds: number | null;
  /** Outside the tenant's business hours, or no agent of the queue ONLINE: nobody will come soon. */
  nobodyAvailable: boolean;
  /** The tenant's away message (shown instead of a place in line when nobody is available). */
  awayMessage: string;
}

/**
 * Where a WAITING conversation stands in its queue (null unless it waits), in one statement.
 * The handle time is the median, over the tenant's last 50 resolved conversations that a human
 * had, of resolved_at − (first assignment, else first response).
 */
export async function queuePosition(services: AppServices, tenantId: string, conversationId: string): Promise<QueuePosition | null> {
  if (!isUuid(tenantId) || !isUuid(conversationId)) return null;
  const [row] = await services.readPool.query<{ position: number; median_seconds: number | null; online_agents: number; queue_id: string | null; away_message: string | null }>(
    `with me as (
       select c.id, coalesce(c.waiting_since, c.created_at) as since, c.queue_id
         from conversations c where c.tenant_id = $1 and c.id = $2 and c.status = 'WAITING'
     )
     select
       (select count(*)::int from conversations w
         where w.tenant_id = $1 and w.status = 'WAITING' and w.queue_id is not distinct from me.queue_id
           and (coalesce(w.waiting_since, w.created_at), w.id) <= (me.since, me.id)) as position,
       (select percentile_cont(0.5) within group (order by h.seconds) from (
          select extract(epoch from (r.resolved_at - coalesce(fa.at, r.first_response_at)))::float8 as seconds
            from conversations r
            left join lateral (select min(a.assigned_at) as at from conversation_assignments a
                                where a.tenant_id = $1 and a.conversation_id = r.id) fa on true
           where r.tenant_id = $1 and r.resolved_at is not null and r.status in ('RESOLVED', 'CLOSED')
             and (r.handler = 'HUMAN' or fa.at is not null)
             and r.resolved_at >= coalesce(fa.at, r.first_response_at)
           order by r.resolved_at desc limit 50) h) as median_seconds,
       (select count(*)::int from users u
         where u.tenant_id = $1 and u.active and u.role in ('AGENT', 'MANAGER') and u.availability = 'ONLINE'
           and (me.queue_id is null
                or not exists (select 1 from queue_members m where m.queue_id = me.queue_id)
                or exists (select 1 from queue_members m where m.queue_id = me.queue_id and m.user_id = u.id))) as online_agents,
       me.queue_id,
       (select t.branding->>'awayMessage' from tenants t where t.id = $1) as away_message
     from me`,
    [tenantId, conversationId],
  );
  if (!row) return null;
  const median = row.median_seconds === null ? null : Number(row.median_seconds);
  // The queue's calendar (else the tenant's): holidays and time zone included.
  const open = row.online_agents > 0 && (await isOpenAt(services.readPool, tenantId, row.queue_id, services.clock.now()));
  return {
    position: row.position,
    estimatedWaitSeconds: median === null ? null : Math.round((row.position * median) / Math.max(1, row.online_agents)),
    nobodyAvailable: !open,
    awayMessage: row.away_message ?? '',
  };
}


/**
 * Backstop for lost triggers (an instance died between commit and assignWaiting): offer the
 * waiting conversations of every tenant that has some. Returns how many were assigned.
 */
export async function sweepWaiting(services: AppServices): Promise<number> {
  const tenants = await services.readPool.query<{ tenant_id: string }>(`select distinct tenant_id from conversations where status = 'WAITING'`, []);
  let assigned = 0;
  for (const { tenant_id } of tenants) assigned += (await assignWaiting(services, tenant_id)).length;
  return assigned;
}

/** Run sweepWaiting every `everyMs` (never two at once); returns the stop function. */
export function startRoutingSweeper(services: AppServices, everyMs = 30_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sweepWaiting(services)).catch((e) => services.log.warn({ err: e }, 'routing: sweep failed'));
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
