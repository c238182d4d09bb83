// Routing against the services (the resolvers are registered in schema.ts by the conversation
// module): least-loaded and round-robin assignment, capacity under concurrency, tenant and queue
// membership boundaries, FIFO hand-out when capacity frees, queue position and its estimate.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { Topic } from '../../../api/src/events/topics.js';
import { Role } from '../../../api/src/permissions/roles.js';
import { assignWaiting, queuePosition, requestHuman, sweepWaiting } from '../../../api/src/modules/routing/routing.service.js';
import { Conversation } from '../../../api/src/modules/conversations/conversation.entity.js';
import { ConversationChange, lockedView } from '../../../api/src/modules/conversations/locked-conversation.js';
import { Tenant } from '../../../api/src/modules/tenants/tenant.entity.js';
import { Contact } from '../../../api/src/modules/contacts/contact.entity.js';
import { createQueue, setQueueMembers, updateQueue } from '../../../api/src/modules/routing/queue.service.js';
import { RoutingPolicy } from '../../../api/src/modules/routing/queue.entity.js';
import { Fixtures } from './routing-fixtures.js';

let server: TestServer;
let db: string;
let f: Fixtures;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  f = new Fixtures(server, db);
});

/** Collect events of a topic until `stop()`. */
function collect<T>(topic: Topic) {
  const events: T[] = [];
  const it = server.services.events.pubSub.subscribe(topic as never) as AsyncIterableIterator<T>;
  void (async () => {
    for await (const e of it) events.push(e);
  })();
  return { events, stop: () => it.return?.() };
}

describe('least loaded, capacity, FIFO hand-out', () => {
  let tenant: string;
  let ann: string;
  let bob: string;
  let cat: string;
  const convs: string[] = [];

  beforeAll(async () => {
    tenant = await f.tenant('acceptance');
    ann = await f.agent(tenant, 'Ann', { capacity: 2 });
    bob = await f.agent(tenant, 'Bob', { capacity: 2 });
    cat = await f.agent(tenant, 'Cat', { capacity: 2, availability: 'AWAY' });
    for (let i = 0; i < 6; i++) convs.push(await f.conversation(tenant));
    await f.history(tenant, [300, 600, 900]); // median handle time 600 s
  });

  it('gives the first 4 to the 2 ONLINE agents in least-loaded order, never 3 to one; the 5th waits', async () => {
    const got: (string | null)[] = [];
    for (const c of convs.slice(0, 5)) {
      const before = await f.loads(tenant);
      const r = await f.requestHuman(tenant, c);
      got.push(r.assignedTo?.id ?? null);
      if (r.assignedTo) {
        // The chosen agent had the lowest load among the ONLINE ones.
        const min = Math.min(before[ann] ?? 0, before[bob] ?? 0);
        expect(before[r.assignedTo.id] ?? 0).toBe(min);
        expect(r.assignedTo.displayName).toBe(r.assignedTo.id === ann ? 'Ann' : 'Bob');
      }
    }
    // Alternating: ties go to whoever got a conversation least recently.
    expect(got[0]).not.toBe(got[1]);
    expect(got[2]).toBe(got[0]);
    expect(got[3]).toBe(got[1]);
    expect(got[4]).toBeNull();
    expect(got).not.toContain(cat);
    expect(await f.loads(tenant)).toEqual({ [ann]: 2, [bob]: 2 });

    const waiting = await f.row(convs[4]);
    expect(waiting).toMatchObject({ status: 'WAITING', handler: 'HUMAN', assignee_id: null });
    expect(waiting.waiting_since).toBeInstanceOf(Date);
    // The default queue was created on demand, once, and every conversation is in it.
    const queues = await sql<{ id: string; name: string; is_default: boolean }>(db, 'select id, name, is_default from queues where tenant_id = $1', [tenant]);
    expect(queues).toEqual([{ id: waiting.queue_id, name: 'Support', is_default: true }]);
    for (const c of convs.slice(0, 4)) expect(await f.row(c)).toMatchObject({ status: 'OPEN', handler: 'HUMAN', queue_id: waiting.queue_id, waiting_since: null });
    // One assignment row per assignment.
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from conversation_assignments where tenant_id = $1 and via = 'AUTO'`, [tenant]);
    expect(n).toBe(4);
  });

  it('puts the 5th at position 1 with an estimate (median handle time × position ÷ online agents)', async () => {
    expect(await queuePosition(server.services, tenant, convs[4])).toEqual({ position: 1, estimatedWaitSeconds: 300, nobodyAvailable: false, awayMessage: '' });
    await f.requestHuman(tenant, convs[5]);
    expect(await queuePosition(server.services, tenant, convs[5])).toEqual({ position: 2, estimatedWaitSeconds: 600, nobodyAvailable: false, awayMessage: '' });
    // Not waiting: no position.
    expect(await queuePosition(server.services, tenant, convs[0])).toBeNull();
    // Asking again keeps its place in the line.
    const since = (await f.row(convs[4])).waiting_since;
    await f.requestHuman(tenant, convs[4]);
    expect((await f.row(convs[4])).waiting_since).toEqual(since);
  });

  it('hands the oldest waiting conversation to the freed agent at once when one is resolved', async () => {
    const freed = (await f.row(convs[0])).assignee_id!;
    await sql(db, `update conversations set status = 'RESOLVED', resolved_at = now() where id = $1`, [convs[0]]);
    const updates = collect<{ conversationId: string; assigneeId: string; queueId: string }>(Topic.CONVERSATION_UPDATED);
    const queueEvents = collect<{ tenantId: string; queueId: string }>(Topic.QUEUE_UPDATED);
    const messages = server.services.events.pubSub.subscribe(Topic.MESSAGE_ADDED, convs[4]) as AsyncIterableIterator<{ message: { body: string; author: string } }>;
    const firstMessage = messages.next();
    await new Promise((r) => setTimeout(r, 20));

    expect(await assignWaiting(server.services, tenant)).toEqual([convs[4]]);
    expect(await f.row(convs[4])).toMatchObject({ status: 'OPEN', assignee_id: freed, waiting_since: null });
    expect(await f.row(convs[5])).toMatchObject({ status: 'WAITING' });
    const [joined] = await sql<{ author: string; body: string; seq: number }>(db, 'select author, body, seq from messages where conversation_id = $1 order by seq desc limit 1', [convs[4]]);
    // After the customer's "You are in line…" (seq 1), the one message of the assignment.
    expect(joined).toEqual({ author: 'SYSTEM', body: `${freed === ann ? 'Ann' : 'Bob'} joined the conversation`, seq: 2 });
    expect((await firstMessage).value.message).toMatchObject({ author: 'SYSTEM', body: joined.body });
    await messages.return?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(updates.events).toContainEqual(expect.objectContaining({ conversationId: convs[4], assigneeId: freed }));
    expect(queueEvents.events).toContainEqual({ tenantId: tenant, queueId: (await f.row(convs[4])).queue_id });
    await updates.stop();
    await queueEvents.stop();

    // The 6th moves up; nobody else is free, so nothing else happens.
    expect(await queuePosition(server.services, tenant, convs[5])).toMatchObject({ position: 1 });
    expect(await assignWaiting(server.services, tenant)).toEqual([]);
  });

  it('assigns when an AWAY agent comes ONLINE', async () => {
    await sql(db, `update users set availability = 'ONLINE' where id = $1`, [cat]);
    expect(await assignWaiting(server.services, tenant)).toEqual([convs[5]]);
    expect(await f.row(convs[5])).toMatchObject({ status: 'OPEN', assignee_id: cat });
  });
});

describe('round robin', () => {
  it('alternates in name order, whatever the load, wrapping around', async () => {
    const tenant = await f.tenant('rr');
    const admin = await f.agent(tenant, 'Admin', { role: Role.TENANT_ADMIN, availability: 'OFFLINE' });
    const [ava, bea, cyd] = [await f.agent(tenant, 'Ava', { capacity: 10 }), await f.agent(tenant, 'Bea', { capacity: 10 }), await f.agent(tenant, 'Cyd', { capacity: 10 })];
    const ctx = f.ctx(f.staff(tenant, admin, Role.TENANT_ADMIN));
    const { queueId } = await createQueue(ctx, { name: 'Round', routingPolicy: RoutingPolicy.ROUND_ROBIN, isDefault: true });
    // Ava already has 3 open conversations: round robin does not care while she has room.
    for (let i = 0; i < 3; i++) await sql(db, `update conversations set status = 'OPEN', handler = 'HUMAN', assignee_id = $2 where id = $1`, [await f.conversation(tenant), ava]);
    const got: string[] = [];
    for (let i = 0; i < 7; i++) got.push((await f.requestHuman(tenant, await f.conversation(tenant))).assignedTo!.id);
    expect(got).toEqual([ava, bea, cyd, ava, bea, cyd, ava]);
    // Bea goes offline: the turn skips her.
    await sql(db, `update users set availability = 'OFFLINE' where id = $1`, [bea]);
    const next = [(await f.requestHuman(tenant, await f.conversation(tenant), { queueId })).assignedTo!.id, (await f.requestHuman(tenant, await f.conversation(tenant))).assignedTo!.id];
    expect(next).toEqual([cyd, ava]);
  });
});

describe('concurrency', () => {
  it('routes 10 conversations at once to 2 agents of capacity 2: exactly 4 assigned, 6 waiting, nobody over capacity', async () => {
    const tenant = await f.tenant('burst');
    const a = await f.agent(tenant, 'Ari', { capacity: 2 });
    const b = await f.agent(tenant, 'Bo', { capacity: 2 });
    const convs = await Promise.all(Array.from({ length: 10 }, () => f.conversation(tenant)));
    const results = await Promise.all(convs.map((c) => f.requestHuman(tenant, c)));
    expect(results.filter((r) => r.assignedTo).length).toBe(4);
    expect(await f.loads(tenant)).toEqual({ [a]: 2, [b]: 2 });
    const statuses = await sql<{ status: string; n: number }>(db, 'select status, count(*)::int as n from conversations where tenant_id = $1 group by status order by status', [tenant]);
    expect(statuses).toEqual([{ status: 'OPEN', n: 4 }, { status: 'WAITING', n: 6 }]);
    // The default queue was created once although ten transactions wanted it at the same time.
    expect(await sql(db, 'select name from queues where tenant_id = $1', [tenant])).toEqual([{ name: 'Support' }]);
    // Positions are 1..6 in the order they started waiting.
    const positions = await Promise.all(convs.filter((_, i) => !results[i].assignedTo).map((c) => queuePosition(server.services, tenant, c)));
    expect(positions.map((p) => p!.position).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(positions.every((p) => p!.estimatedWaitSeconds === null)).toBe(true); // no history yet

    // Two capacity changes at once: still nobody over capacity.
    await sql(db, `update conversations set status = 'RESOLVED', resolved_at = now() where tenant_id = $1 and status = 'OPEN'`, [tenant]);
    const assigned = (await Promise.all([assignWaiting(server.services, tenant), assignWaiting(server.services, tenant)])).flat();
    expect(new Set(assigned).size).toBe(assigned.length);
    expect(assigned.length).toBe(4);
    expect(await f.loads(tenant)).toEqual({ [a]: 2, [b]: 2 });
  });
});

describe('boundaries', () => {
  it('never picks agents of another tenant', async () => {
    const lonely = await f.tenant('lonely');
    const busy = await f.tenant('busy');
    const outsider = await f.agent(busy, 'Olga', { capacity: 50 });
    await f.agent(lonely, 'Away Al', { availability: 'AWAY' });
    const c = await f.conversation(lonely);
    expect((await f.requestHuman(lonely, c)).assignedTo).toBeNull();
    expect(await assignWaiting(server.services, lonely)).toEqual([]);
    expect(await f.row(c)).toMatchObject({ status: 'WAITING', assignee_id: null });
    expect(await sql(db, 'select 1 from conversations where assignee_id = $1', [outsider])).toEqual([]);
    // Another tenant's queue cannot be named.
    const busyConv = await f.conversation(busy);
    await f.requestHuman(busy, busyConv);
    const busyQueue = (await f.row(busyConv)).queue_id!;
    await expect(f.requestHuman(lonely, await f.conversation(lonely), { queueId: busyQueue })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a queue with members routes only to its members; new members take its waiting conversations', async () => {
    const tenant = await f.tenant('members');
    const manager = await f.agent(tenant, 'Mia Manager', { role: Role.MANAGER, availability: 'OFFLINE' });
    const dan = await f.agent(tenant, 'Dan', { capacity: 1 });
    const eve = await f.agent(tenant, 'Eve', { capacity: 1 });
    const ctx = f.ctx(f.staff(tenant, manager, Role.MANAGER));
    const { queueId: vip } = await createQueue(ctx, { name: 'VIP', memberIds: [dan] });
    await createQueue(ctx, { name: 'General' }); // not default: the first queue (VIP) is
    await updateQueue(ctx, { id: vip, isDefault: false }).then(
      () => expect.unreachable(),
      (e) => expect(e.code).toBe('BAD_USER_INPUT'),
    );

    const c1 = await f.conversation(tenant);
    const c2 = await f.conversation(tenant);
    expect((await f.requestHuman(tenant, c1, { queueId: vip })).assignedTo?.id).toBe(dan);
    // Dan is full; Eve is free but not a member.
    expect((await f.requestHuman(tenant, c2, { queueId: vip })).assignedTo).toBeNull();
    expect(await assignWaiting(server.services, tenant)).toEqual([]);
    expect(await queuePosition(server.services, tenant, c2)).toEqual({ position: 1, estimatedWaitSeconds: null, nobodyAvailable: false, awayMessage: '' });

    const before = Number((await sql<{ n: string }>(db, 'select count(*) as n from audit_logs where tenant_id = $1', [tenant]))[0].n);
    await setQueueMembers(ctx, { queueId: vip, memberIds: [dan, eve, eve] });
    expect(await f.row(c2)).toMatchObject({ status: 'OPEN', assignee_id: eve });
    const audits = await sql<{ action: string; before: unknown; after: unknown }>(db, 'select action, before, after from audit_logs where tenant_id = $1 order by at desc limit 1', [tenant]);
    expect(Number((await sql<{ n: string }>(db, 'select count(*) as n from audit_logs where tenant_id = $1', [tenant]))[0].n)).toBe(before + 1);
    expect(audits[0]).toEqual({ action: 'queue.members_set', before: { memberIds: [dan] }, after: { memberIds: [dan, eve].sort() } });
  });

  it('refuses members of another tenant and staff who do not take conversations', async () => {
    const tenant = await f.tenant('refuse');
    const other = await f.tenant('refuse-other');
    const admin = await f.agent(tenant, 'Ada Admin', { role: Role.TENANT_ADMIN });
    const stranger = await f.agent(other, 'Stranger');
    const ctx = f.ctx(f.staff(tenant, admin, Role.TENANT_ADMIN));
    await expect(createQueue(ctx, { name: 'Q', memberIds: [stranger] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createQueue(ctx, { name: 'Q', memberIds: [admin] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await createQueue(ctx, { name: 'Q' });
    await expect(createQueue(ctx, { name: ' Q ' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from audit_logs where tenant_id = $1 and action = 'queue.created'`, [tenant]);
    expect(n).toBe(1);
  });
});

describe('inside the caller\'s transaction', () => {
  it('routes a conversation created in the same, not yet flushed, transaction', async () => {
    const tenant = await f.tenant('fresh');
    const agent = await f.agent(tenant, 'Fay');
    const contactId = await f.contact(tenant);
    const em = server.services.orm.em.fork({ clear: true, useContext: false });
    const id = await em.transactional(async (tx) => {
      tx.setFilterParams('tenant', { tenantId: tenant });
      const c = Object.assign(new Conversation(), { tenant: tx.getReference(Tenant, tenant), contact: tx.getReference(Contact, contactId) });
      tx.persist(c);
      const r = await requestHuman(lockedView(tx, c, new ConversationChange(tenant, c.id)));
      expect(r.assignedTo?.id).toBe(agent);
      return c.id;
    });
    expect(await f.row(id)).toMatchObject({ status: 'OPEN', assignee_id: agent });
    expect(await sql(db, 'select user_id, via from conversation_assignments where conversation_id = $1', [id])).toEqual([{ user_id: agent, via: 'AUTO' }]);
  });

  it('transfers an assigned conversation when a queue is named, leaves it alone when none is, refuses closed ones', async () => {
    const tenant = await f.tenant('transfer');
    const manager = await f.agent(tenant, 'Mo', { role: Role.MANAGER, availability: 'OFFLINE' });
    const gus = await f.agent(tenant, 'Gus');
    const hal = await f.agent(tenant, 'Hal');
    const ctx = f.ctx(f.staff(tenant, manager, Role.MANAGER));
    await createQueue(ctx, { name: 'Support' });
    const { queueId: billing } = await createQueue(ctx, { name: 'Billing', memberIds: [hal] });
    const c = await f.conversation(tenant);
    await sql(db, `update conversations set status = 'OPEN', handler = 'HUMAN', assignee_id = $2 where id = $1`, [c, gus]);
    expect(await f.requestHuman(tenant, c)).toMatchObject({ assignedTo: null, unchanged: true });
    expect(await f.row(c)).toMatchObject({ status: 'OPEN', assignee_id: gus });
    expect((await f.requestHuman(tenant, c, { queueId: billing })).assignedTo?.id).toBe(hal);
    expect(await f.row(c)).toMatchObject({ status: 'OPEN', assignee_id: hal, queue_id: billing });
    await sql(db, `update conversations set status = 'CLOSED' where id = $1`, [c]);
    await expect(f.requestHuman(tenant, c)).rejects.toMatchObject({ code: 'CONFLICT', details: { currentStatus: 'CLOSED' } });
  });
});

describe('sweeper', () => {
  it('assigns waiting conversations whose trigger was lost', async () => {
    const tenant = await f.tenant('sweep');
    const c = await f.conversation(tenant);
    await f.requestHuman(tenant, c); // nobody online: waits
    // The agent comes online without anyone calling assignWaiting.
    const ivy = await f.agent(tenant, 'Ivy');
    expect(await sweepWaiting(server.services)).toBeGreaterThanOrEqual(1);
    expect(await f.row(c)).toMatchObject({ status: 'OPEN', assignee_id: ivy });
  });
});
