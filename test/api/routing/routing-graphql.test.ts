// The routing GraphQL surface (queues, queue mutations, the widget's queuePosition stream) on a
// schema made of the app's resolvers plus routing's, with the access entries routing asks for —
// until schema.ts and rules.ts register them, this is how they run through graphql-js + shield.
import { randomUUID } from 'node:crypto';
import { graphql, parse, subscribe, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { until } from '../../helpers/ws.js';
import { protect, resolvers, ruleTree } from '../../../api/src/schema.js';
import { access, ruleFor } from '../../../api/src/permissions/rules.js';
import { DateTimeISO } from '../../../api/src/graphql/scalars.js';
import { sqlStats } from '../../../api/src/db/sql-counter.js';
import type { Viewer } from '../../../api/src/auth/viewer.js';
import { Role } from '../../../api/src/permissions/roles.js';
import { QueuePayloadResolver, QueuePositionResolver, QueueResolver } from '../../../api/src/modules/routing/routing.resolver.js';
import { assignWaiting } from '../../../api/src/modules/routing/routing.service.js';
import { Fixtures } from './routing-fixtures.js';

/** Exactly the entries to add to rules.ts accessTree. */
const ROUTING_ACCESS = {
  Query: { queues: access.can('conversations.view') },
  Mutation: { createQueue: access.can('conversations.manage'), setQueueMembers: access.can('conversations.manage'), updateQueue: access.can('conversations.manage') },
  Subscription: { queuePosition: access.widget },
};

let server: TestServer;
let db: string;
let f: Fixtures;
let schema: GraphQLSchema;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  f = new Fixtures(server, db);
  const built = await buildSchema({
    resolvers: [...resolvers, QueueResolver, QueuePayloadResolver, QueuePositionResolver] as unknown as [Function, ...Function[]],
    pubSub: server.services.events.pubSub as unknown as PubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: false,
  });
  const tree = ruleTree as Record<string, Record<string, unknown>>;
  const mine = Object.fromEntries(Object.entries(ROUTING_ACCESS).map(([type, fields]) => [type, { ...tree[type], ...Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, ruleFor(a)])) }]));
  schema = protect(built, { ...tree, ...mine } as never);
});

const codeOf = (r: ExecutionResult) => {
  const e = r.errors?.[0];
  return (e?.extensions?.code as string | undefined) ?? ((e?.originalError as { code?: string } | undefined)?.code);
};

async function run(viewer: Viewer, source: string, variableValues: Record<string, unknown> = {}) {
  return graphql({ schema, source, variableValues, contextValue: f.ctx(viewer) }) as Promise<ExecutionResult<Record<string, any>>>;
}

const auditCount = async (tenantId: string) => (await sql<{ n: number }>(db, 'select count(*)::int as n from audit_logs where tenant_id = $1', [tenantId]))[0].n;

describe('queues and queue mutations', () => {
  let tenant: string;
  let manager: Viewer;
  let agent: Viewer;
  let agentId: string;

  beforeAll(async () => {
    tenant = await f.tenant('gql');
    const m = await f.agent(tenant, 'Max Manager', { role: Role.MANAGER });
    agentId = await f.agent(tenant, 'Amy Agent');
    manager = f.staff(tenant, m, Role.MANAGER);
    agent = f.staff(tenant, agentId, Role.AGENT);
  });

  it('creates, updates and sets members, one audit row each; reads back through the planner', async () => {
    let before = await auditCount(tenant);
    const created = await run(manager, `mutation($i: CreateQueueInput!) { createQueue(input: $i) { queue { id name routingPolicy isDefault waitingCount memberIds } } }`, {
      i: { name: 'Billing', routingPolicy: 'ROUND_ROBIN', memberIds: [agentId] },
    });
    expect(created.errors).toBeUndefined();
    const queue = created.data!.createQueue.queue;
    expect(queue).toMatchObject({ name: 'Billing', routingPolicy: 'ROUND_ROBIN', isDefault: true, waitingCount: 0, memberIds: [agentId] });
    expect(await auditCount(tenant)).toBe(before + 1);

    before = await auditCount(tenant);
    const updated = await run(manager, `mutation($i: UpdateQueueInput!) { updateQueue(input: $i) { queue { name routingPolicy } } }`, { i: { id: queue.id, name: 'Billing & Refunds', routingPolicy: 'LEAST_LOADED' } });
    expect(updated.data!.updateQueue.queue).toEqual({ name: 'Billing & Refunds', routingPolicy: 'LEAST_LOADED' });
    expect(await auditCount(tenant)).toBe(before + 1);
    const [row] = await sql(db, `select before, after from audit_logs where tenant_id = $1 and action = 'queue.updated'`, [tenant]);
    expect(row).toEqual({ before: { name: 'Billing', routingPolicy: 'ROUND_ROBIN' }, after: { name: 'Billing & Refunds', routingPolicy: 'LEAST_LOADED' } });

    before = await auditCount(tenant);
    const members = await run(manager, `mutation($i: SetQueueMembersInput!) { setQueueMembers(input: $i) { queue { memberIds } } }`, { i: { queueId: queue.id, memberIds: [] } });
    expect(members.data!.setQueueMembers.queue.memberIds).toEqual([]);
    expect(await auditCount(tenant)).toBe(before + 1);

    // Failures leave no audit row.
    before = await auditCount(tenant);
    expect(codeOf(await run(manager, `mutation { createQueue(input: {name: "Billing & Refunds"}) { queue { id } } }`))).toBe('CONFLICT');
    expect(codeOf(await run(manager, `mutation { updateQueue(input: {id: "${randomUUID()}", name: "x"}) { queue { id } } }`))).toBe('NOT_FOUND');
    expect(codeOf(await run(manager, `mutation { createQueue(input: {name: ""}) { queue { id } } }`))).toBe('BAD_USER_INPUT');
    expect(await auditCount(tenant)).toBe(before);
  });

  it('lists queues with waiting counts in constant statements, and hides other tenants', async () => {
    const q2 = (await run(manager, `mutation { createQueue(input: {name: "Returns"}) { queue { id } } }`)).data!.createQueue.queue.id;
    const c = await f.conversation(tenant);
    await sql(db, `update conversations set status = 'WAITING', handler = 'HUMAN', queue_id = $2, waiting_since = now() where id = $1`, [c, q2]);
    // Three statements for any number of queues: the page (with its count), waiting counts, members.
    await run(agent, `{ queues { totalCount } }`); // warm the per-process auth cache
    const stats = { statements: 0 };
    const list = await sqlStats.run(stats, () => run(agent, `{ queues(first: 10) { totalCount edges { node { name isDefault waitingCount memberIds } } } }`));
    expect(list.errors).toBeUndefined();
    expect(stats.statements).toBe(3);
    expect(list.data!.queues).toEqual({
      totalCount: 2,
      edges: [
        { node: { name: 'Billing & Refunds', isDefault: true, waitingCount: 0, memberIds: [] } },
        { node: { name: 'Returns', isDefault: false, waitingCount: 1, memberIds: [] } },
      ],
    });
    const other = await f.tenant('gql-other');
    const outsider = f.staff(other, await f.agent(other, 'Oz', { role: Role.MANAGER }), Role.MANAGER);
    expect((await run(outsider, `{ queues { totalCount } }`)).data!.queues.totalCount).toBe(0);
    expect(codeOf(await run(outsider, `mutation { updateQueue(input: {id: "${q2}", name: "mine"}) { queue { id } } }`))).toBe('NOT_FOUND');
    expect(codeOf(await run(outsider, `mutation { setQueueMembers(input: {queueId: "${q2}", memberIds: []}) { queue { id } } }`))).toBe('NOT_FOUND');
  });

  it('is FORBIDDEN for agents (mutations) and for widget clients', async () => {
    expect(codeOf(await run(agent, `mutation { createQueue(input: {name: "Nope"}) { queue { id } } }`))).toBe('FORBIDDEN');
    expect(codeOf(await run({ kind: 'widget', tenantId: tenant, contactId: randomUUID() }, `{ queues { totalCount } }`))).toBe('FORBIDDEN');
  });
});

describe('queuePosition subscription', () => {
  async function open(viewer: Viewer, conversationId: string) {
    const result = await subscribe({ schema, document: parse(`subscription($id: ID!) { queuePosition(conversationId: $id) { waiting position estimatedWaitSeconds } }`), variableValues: { id: conversationId }, contextValue: f.ctx(viewer) });
    if (!(Symbol.asyncIterator in result)) return { error: result as ExecutionResult };
    const it = result as AsyncIterableIterator<ExecutionResult<Record<string, any>>>;
    const events: Record<string, unknown>[] = [];
    let done = false;
    void (async () => {
      for await (const e of it) events.push(e.errors ? { errors: e.errors } : e.data!.queuePosition);
      done = true;
    })();
    return { it, events, done: () => done };
  }

  it('streams my position, again when it moves, and a last `waiting: false` when an agent takes it', async () => {
    const tenant = await f.tenant('position');
    const agentId = await f.agent(tenant, 'Pia', { capacity: 1 });
    await f.history(tenant, [120]);
    const first = await f.conversation(tenant);
    const ahead = await f.conversation(tenant);
    const contactId = await f.contact(tenant);
    const mine = await f.conversation(tenant, contactId);
    await f.requestHuman(tenant, first); // Pia is now full
    await f.requestHuman(tenant, ahead);
    await f.requestHuman(tenant, mine);
    const widget: Viewer = { kind: 'widget', tenantId: tenant, contactId };

    const sub = await open(widget, mine);
    expect('error' in sub).toBe(false);
    const s = sub as Exclude<typeof sub, { error: ExecutionResult }>;
    await until(() => s.events.length >= 1);
    expect(s.events[0]).toEqual({ waiting: true, position: 2, estimatedWaitSeconds: 240 });

    // The conversation ahead is taken by hand elsewhere: my position moves to 1.
    await sql(db, `update conversations set status = 'BOT', handler = 'AI', waiting_since = null where id = $1`, [ahead]);
    server.services.events.publish('QUEUE_UPDATED', { tenantId: tenant, queueId: null });
    await until(() => s.events.length >= 2);
    expect(s.events[1]).toEqual({ waiting: true, position: 1, estimatedWaitSeconds: 120 });
    // An event that changes nothing emits nothing.
    server.services.events.publish('QUEUE_UPDATED', { tenantId: tenant, queueId: null });
    await new Promise((r) => setTimeout(r, 100));
    expect(s.events.length).toBe(2);

    // Pia resolves the first one; routing gives her mine: the stream ends.
    await sql(db, `update conversations set status = 'RESOLVED', resolved_at = now() where id = $1`, [first]);
    expect(await assignWaiting(server.services, tenant)).toEqual([mine]);
    await until(() => s.done());
    expect(s.events.slice(2)).toEqual([{ waiting: false, position: null, estimatedWaitSeconds: null }]);
    expect((await f.row(mine)).assignee_id).toBe(agentId);
  });

  it('is NOT_FOUND for a conversation that is not mine, and FORBIDDEN for staff', async () => {
    const tenant = await f.tenant('position-deny');
    const someoneElses = await f.conversation(tenant);
    const contactId = await f.contact(tenant);
    const refusal = async (viewer: Viewer, id: string) => {
      const r = await open(viewer, id);
      return 'error' in r && r.error ? codeOf(r.error) : 'opened';
    };
    expect(await refusal({ kind: 'widget', tenantId: tenant, contactId }, someoneElses)).toBe('NOT_FOUND');
    expect(await refusal({ kind: 'widget', tenantId: tenant, contactId }, randomUUID())).toBe('NOT_FOUND');
    const elsewhere = await f.tenant('position-elsewhere');
    expect(await refusal({ kind: 'widget', tenantId: elsewhere, contactId: await f.contact(elsewhere) }, someoneElses)).toBe('NOT_FOUND');
    const staff = f.staff(tenant, await f.agent(tenant, 'Sam', { role: Role.MANAGER }), Role.MANAGER);
    expect(await refusal(staff, someoneElses)).toBe('FORBIDDEN');
  });

  it('stops listening when the client leaves', async () => {
    const tenant = await f.tenant('position-leave');
    const contactId = await f.contact(tenant);
    const mine = await f.conversation(tenant, contactId);
    await f.requestHuman(tenant, mine);
    const sub = (await open({ kind: 'widget', tenantId: tenant, contactId }, mine)) as { it: AsyncIterableIterator<unknown>; events: unknown[]; done: () => boolean };
    await until(() => sub.events.length >= 1);
    await sub.it.return?.();
    await until(() => sub.done(), 1000);
  });
});
