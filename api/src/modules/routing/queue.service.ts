// Queue administration: create, change, set members. Each change takes the tenant's route lock
// (the same one routing decisions take), writes one audit row in the same transaction, publishes
// QUEUE_UPDATED after commit, and lets waiting conversations move when members changed.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { Queue, RoutingPolicy } from './queue.entity.js';
import type { CreateQueueInput, SetQueueMembersInput, UpdateQueueInput } from './queue.inputs.js';
import { assignWaiting, lockRouting, publishQueueUpdated } from './routing.service.js';
import { once } from '../../idempotency/idempotency.js';

const MAX_MEMBERS = 500;

function cleanName(name: string): string {
  const n = name.trim();
  if (!n || n.length > 100) throw badInput('name must be 1–100 characters', 'name');
  return n;
}

function cleanPolicy(p: RoutingPolicy | null | undefined): RoutingPolicy | undefined {
  if (p === undefined || p === null) return undefined;
  if (!Object.values(RoutingPolicy).includes(p)) throw badInput('Unknown routing policy', 'routingPolicy');
  return p;
}

const isPlatformAdmin = (ctx: Context) => ctx.viewer.kind === 'user' && !ctx.viewer.tenantId;

/** The tenant a queue is created in: the caller's (platform admins name one). */
async function tenantFor(ctx: Context, tenantId?: string | null): Promise<string> {
  const v = ctx.viewer;
  const own = v.kind === 'user' || v.kind === 'apiKey' ? v.tenantId : null;
  if (own && tenantId && tenantId !== own) throw notFound('Tenant');
  const id = own ?? tenantId;
  if (!id) throw badInput('Name the tenant (`tenantId`) to act on', 'tenantId');
  const tenant = isUuid(id) ? await ctx.em.findOne(Tenant, { id }, { filters: false }) : null;
  if (!tenant) throw notFound('Tenant');
  return tenant.id;
}

/** A queue the caller may change (another tenant's looks like one that does not exist). */
async function loadQueue(ctx: Context, em: EntityManager, id: string): Promise<Queue> {
  const v = ctx.viewer;
  const own = v.kind === 'user' || v.kind === 'apiKey' ? v.tenantId : null;
  const queue = isUuid(id) ? await em.findOne(Queue, own ? { id, tenant: own } : { id }, { filters: false }) : null;
  if (!queue || (!own && !isPlatformAdmin(ctx))) throw notFound('Queue');
  return queue;
}

/** Distinct, existing agents/managers of the tenant (NOT_FOUND for anyone else). */
async function cleanMembers(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_MEMBERS) throw badInput(`A queue has at most ${MAX_MEMBERS} members`, 'memberIds');
  if (!unique.length) return [];
  if (!unique.every(isUuid)) throw notFound('User');
  const users = await em.find(User, { id: { $in: unique }, tenant: tenantId }, { filters: false, fields: ['id', 'role'] });
  if (users.length !== unique.length) throw notFound('User');
  if (users.some((u) => u.role !== 'AGENT' && u.role !== 'MANAGER')) throw badInput('Only agents and managers take conversations', 'memberIds');
  return unique.sort();
}

async function membersOf(em: EntityManager, queueId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ user_id: string }[]>(`select user_id from queue_members where queue_id = ? order by user_id`, [queueId], 'all', em.getTransactionContext());
  return rows.map((r) => r.user_id);
}

async function replaceMembers(em: EntityManager, queueId: string, memberIds: string[]): Promise<void> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  await conn.execute(`delete from queue_members where queue_id = ?`, [queueId], 'run', tx);
  if (memberIds.length) {
    await conn.execute(`insert into queue_members (queue_id, user_id) select ?, unnest(array[${memberIds.map(() => '?').join(', ')}]::uuid[])`, [queueId, ...memberIds], 'run', tx);
  }
}

async function assertNameFree(em: EntityManager, tenantId: string, name: string, exceptId?: string): Promise<void> {
  const taken = await em.findOne(Queue, { tenant: tenantId, name, ...(exceptId && { id: { $ne: exceptId } }) }, { filters: false, fields: ['id'] });
  if (taken) throw conflict(`A queue named ${name} already exists`);
}

/** Make `queue` the tenant's only default (the partial unique index checks row by row: unset first). */
async function makeDefault(em: EntityManager, tenantId: string, queue: Queue): Promise<void> {
  await em.nativeUpdate(Queue, { tenant: tenantId, isDefault: true, id: { $ne: queue.id } }, { isDefault: false }, { filters: false });
  queue.isDefault = true;
}

const snapshot = (q: Queue, memberIds?: string[]) => ({
  name: q.name,
  routingPolicy: q.routingPolicy,
  isDefault: q.isDefault,
  ...(memberIds && { memberIds }),
});

export interface QueueChange {
  queueId: string;
  tenantId: string;
}

export async function createQueue(ctx: Context, input: CreateQueueInput): Promise<QueueChange> {
  const tenantId = await tenantFor(ctx, input.tenantId);
  const name = cleanName(input.name);
  const routingPolicy = cleanPolicy(input.routingPolicy) ?? RoutingPolicy.LEAST_LOADED;
  const { result: queueId, replayed } = await ctx.em.transactional((em) => once(ctx, em, 'createQueue', input, async () => {
    await lockRouting(em, tenantId);
    await assertNameFree(em, tenantId, name);
    const memberIds = await cleanMembers(em, tenantId, input.memberIds ?? []);
    const [{ n }] = await em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from queues where tenant_id = ? and is_default`, [tenantId], 'all', em.getTransactionContext());
    const q = Object.assign(new Queue(), { tenant: em.getReference(Tenant, tenantId), name, routingPolicy, isDefault: false });
    // The first queue of a tenant is its default.
    if (input.isDefault || n === 0) await makeDefault(em, tenantId, q);
    em.persist(q);
    await em.flush(); // members reference the queue row
    await replaceMembers(em, q.id, memberIds);
    recordAudit(ctx, em, { action: 'queue.created', resourceType: 'Queue', resourceId: q.id, tenantId, after: snapshot(q, memberIds) });
    return q.id;
  }));
  if (!replayed) publishQueueUpdated(ctx.services, tenantId, queueId);
  return { queueId, tenantId };
}

export async function updateQueue(ctx: Context, input: UpdateQueueInput): Promise<QueueChange> {
  const found = await loadQueue(ctx, ctx.em, input.id);
  const tenantId = found.tenant.id;
  const name = input.name !== undefined && input.name !== null ? cleanName(input.name) : undefined;
  const routingPolicy = cleanPolicy(input.routingPolicy);
  if (input.isDefault === false && found.isDefault) throw badInput('A tenant always has a default queue: make another queue the default instead', 'isDefault');
  await ctx.em.transactional(async (em) => {
    await lockRouting(em, tenantId);
    const queue = await em.findOneOrFail(Queue, { id: found.id, tenant: tenantId }, { filters: false, refresh: true });
    const before = snapshot(queue);
    if (name !== undefined && name !== queue.name) {
      await assertNameFree(em, tenantId, name, queue.id);
      queue.name = name;
    }
    if (routingPolicy) queue.routingPolicy = routingPolicy;
    if (input.isDefault && !queue.isDefault) await makeDefault(em, tenantId, queue);
    // Recorded even when nothing changed: the caller did ask.
    recordAudit(ctx, em, { action: 'queue.updated', resourceType: 'Queue', resourceId: queue.id, tenantId, ...diff(before, snapshot(queue)) });
  });
  publishQueueUpdated(ctx.services, tenantId, found.id);
  return { queueId: found.id, tenantId };
}

export async function setQueueMembers(ctx: Context, input: SetQueueMembersInput): Promise<QueueChange> {
  const found = await loadQueue(ctx, ctx.em, input.queueId);
  const tenantId = found.tenant.id;
  await ctx.em.transactional(async (em) => {
    await lockRouting(em, tenantId);
    const memberIds = await cleanMembers(em, tenantId, input.memberIds);
    const before = await membersOf(em, found.id);
    await replaceMembers(em, found.id, memberIds);
    recordAudit(ctx, em, { action: 'queue.members_set', resourceType: 'Queue', resourceId: found.id, tenantId, ...diff({ memberIds: before }, { memberIds }) });
  });
  publishQueueUpdated(ctx.services, tenantId, found.id);
  // New members may take waiting conversations at once.
  await assignWaiting(ctx.services, tenantId).catch((e) => ctx.log.warn({ err: e, tenantId }, 'routing: assignWaiting failed'));
  return { queueId: found.id, tenantId };
}
