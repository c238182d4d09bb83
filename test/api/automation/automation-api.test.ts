// Automation rules over GraphQL: the defaults every tenant starts with (and their queues), create /
// update / delete / reorder with validation by path, live validation, access, tenant isolation,
// the audit trail and one statement per list.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asApiKey, asManager, asPlatformAdmin, asViewer } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
let manager: string;
let harbor: string;
let nwQueues: Record<string, string>;
let harborQueues: Record<string, string>;
let nwAgentId: string;
let harborAgentId: string;

const NODE = `id name description enabled position stopProcessing trigger { kind events after minutes } conditions actions actionList { type queueId priority tag url delaySeconds } createdAt updatedAt`;
const LIST = `query { automationRules(first: 100) { totalCount edges { node { ${NODE} } } } }`;
const ONE = `query($id: ID!) { automationRule(id: $id) { ${NODE} } }`;
const CREATE = `mutation($i: CreateAutomationRuleInput!) { createAutomationRule(input: $i) { automationRule { ${NODE} } } }`;
const UPDATE = `mutation($i: UpdateAutomationRuleInput!) { updateAutomationRule(input: $i) { automationRule { ${NODE} } } }`;
const DELETE = `mutation($i: DeleteAutomationRuleInput!) { deleteAutomationRule(input: $i) { deletedAutomationRuleId } }`;
const REORDER = `mutation($i: ReorderAutomationRulesInput!) { reorderAutomationRules(input: $i) { automationRuleIds } }`;
const VALIDATE = `query($i: AutomationRuleDraftInput!) { validateAutomationRule(input: $i) { valid problems { path message } } }`;

const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(server.graphqlUrl, query, variables, { token });
const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const rules = async (token: string) => ok(await call(token, LIST)).automationRules.edges.map((e: any) => e.node);

const queuesOf = async (slug: string) =>
  Object.fromEntries((await sql<{ name: string; id: string }>(db, `select q.name, q.id from queues q join tenants t on t.id = q.tenant_id where t.slug = $1`, [slug])).map((r) => [r.name, r.id]));
const userId = async (email: string) => (await sql<{ id: string }>(db, `select id from users where email = $1`, [email]))[0].id;

const draft = (over: Record<string, unknown> = {}) => ({
  name: 'Angry customers',
  trigger: { kind: 'EVENT', events: ['TICKET_CREATED'] },
  conditions: { all: [{ field: 'conversation.sentiment', op: 'eq', value: 'NEGATIVE' }] },
  actions: [{ type: 'boostPriority', steps: 1 }, { type: 'setQueue', queueId: nwQueues['Escalations'] }],
  ...over,
});

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  manager = await asManager(server);
  harbor = await asAdmin(server, 'harbor');
  nwQueues = await queuesOf('northwind');
  harborQueues = await queuesOf('harbor-bank');
  nwAgentId = await userId('agent@northwind.demo');
  harborAgentId = await userId('agent@harbor.demo');
});

describe('default rules', () => {
  it('every demo tenant has the five defaults, in order, first-match-wins, pointing at its own queues', async () => {
    for (const [token, queues] of [[manager, nwQueues], [harbor, harborQueues]] as const) {
      const list = await rules(token);
      expect(list.map((r: any) => [r.position, r.stopProcessing, r.enabled])).toEqual([1, 2, 3, 4, 5].map((p) => [p, true, true]));
      expect(list.map((r: any) => r.actionList.map((a: any) => a.queueId))).toEqual([
        [queues['Senior support']], [queues['Escalations']], [queues['Tier 2']], [queues['Technical support']], [queues['Escalations'], null],
      ]);
      expect(list[4].actionList[1]).toMatchObject({ type: 'setPriority', priority: 'HIGH' });
      expect(list[1].trigger).toEqual({ kind: 'EVENT', events: ['TICKET_CREATED', 'TICKET_ESCALATED', 'SLA_AT_RISK'], after: null, minutes: null });
      expect(list[2].conditions).toEqual({ all: [{ field: 'ticket.ragConfidence', op: 'lt', value: 0.7 }] });
    }
  });

  it('a new tenant gets them too (with the queues), and registering twice would not duplicate', async () => {
    const slug = `auto-${randomUUID().slice(0, 8)}`;
    const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { session { accessToken } } }`, {
      i: { companyName: 'Auto Co', slug, adminEmail: `founder@${slug}.test`, adminName: 'Founder', password: 'a-long-enough-password' },
    });
    const token = ok(r).registerTenant.session.accessToken;
    const list = await rules(token);
    expect(list.map((x: any) => x.name)).toHaveLength(5);
    const queues = await queuesOf(slug);
    expect(Object.keys(queues).sort()).toEqual(['Escalations', 'Senior support', 'Technical support', 'Tier 2']);
    expect(list[0].actionList[0].queueId).toBe(queues['Senior support']);
  });
});

describe('create, read, update, delete', () => {
  it('creates a rule after the last one, with an audit row; reads it back', async () => {
    const before = (await rules(manager)).length;
    const created = ok(await call(manager, CREATE, { i: { ...draft(), description: 'Negative sentiment', idempotencyKey: randomUUID() } })).createAutomationRule.automationRule;
    expect(created).toMatchObject({ name: 'Angry customers', description: 'Negative sentiment', enabled: true, stopProcessing: false, position: before + 1 });
    expect(created.actions).toEqual([{ type: 'boostPriority', steps: 1 }, { type: 'setQueue', queueId: nwQueues['Escalations'] }]);
    expect(ok(await call(await asViewer(server), ONE, { id: created.id })).automationRule.name).toBe('Angry customers');
    const audit = await sql<{ action: string }>(db, `select action from audit_logs where resource_id = $1`, [created.id]);
    expect(audit.map((a) => a.action)).toEqual(['automation_rule.created']);
  });

  it('updates parts, validating the whole rule again', async () => {
    const { id } = ok(await call(manager, CREATE, { i: draft({ name: 'To update' }) })).createAutomationRule.automationRule;
    const r = ok(await call(manager, UPDATE, { i: { id, enabled: false, stopProcessing: true, trigger: { kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 } } })).updateAutomationRule.automationRule;
    expect(r).toMatchObject({ enabled: false, stopProcessing: true, trigger: { kind: 'TIME_BASED', events: null, after: 'LAST_AGENT_REPLY', minutes: 15 }, name: 'To update' });
    const bad = await call(manager, UPDATE, { i: { id, actions: [{ type: 'assign', userId: harborAgentId }] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ field: 'actions[0].userId' });
    expect(ok(await call(manager, ONE, { id })).automationRule.actions).toEqual(r.actions); // nothing half-written
    ok(await call(manager, UPDATE, { i: { id, actions: [{ type: 'assign', userId: nwAgentId }] } }));
  });

  it('deletes a rule; a second delete is NOT_FOUND', async () => {
    const { id } = ok(await call(manager, CREATE, { i: draft({ name: 'To delete' }) })).createAutomationRule.automationRule;
    expect(ok(await call(manager, DELETE, { i: { id } })).deleteAutomationRule.deletedAutomationRuleId).toBe(id);
    expect(codeOf(await call(manager, DELETE, { i: { id } }))).toBe('NOT_FOUND');
    expect(codeOf(await call(manager, ONE, { id }))).toBe('NOT_FOUND');
  });

  it('lists in one SQL statement', async () => {
    const r = await call(manager, LIST);
    ok(r);
    expect(r.extensions?.sqlStatements).toBe(1);
  });
});

describe('validation', () => {
  const refused = async (i: Record<string, unknown>, field: string) => {
    const r = await call(manager, CREATE, { i });
    expect(codeOf(r), JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe(field);
    expect(r.errors![0].extensions!.problems.length).toBeGreaterThan(0);
  };
  it('refuses invalid rules naming the path, saving nothing', async () => {
    const before = (await rules(manager)).length;
    await refused(draft({ conditions: { all: [{ field: 'conversation.sentiment', op: 'eq', value: 'NEGATIVE' }, { field: 'ticket.priority', op: 'like', value: 'HIGH' }] } }), 'conditions.all[1].op');
    await refused(draft({ conditions: { all: [{ field: 'ticket.ragConfidence', op: 'lt', value: 'low' }] } }), 'conditions.all[0].value');
    await refused(draft({ trigger: { kind: 'TIME_BASED', after: 'TICKET_CREATED', minutes: 0 } }), 'trigger.minutes');
    await refused(draft({ actions: [{ type: 'setQueue', queueId: randomUUID() }] }), 'actions[0].queueId');
    await refused(draft({ actions: [{ type: 'webhook', url: 'javascript:alert(1)' }] }), 'actions[0].url');
    await refused(draft({ actions: 'setQueue' }), 'actions');
    expect((await rules(manager)).length).toBe(before);
  });

  it('another tenant’s queue or user reads exactly like an unknown one', async () => {
    const other = await call(manager, CREATE, { i: draft({ actions: [{ type: 'setQueue', queueId: harborQueues['Escalations'] }] }) });
    const unknown = await call(manager, CREATE, { i: draft({ actions: [{ type: 'setQueue', queueId: randomUUID() }] }) });
    expect(other.errors![0].message).toBe(unknown.errors![0].message);
    expect(other.errors![0].extensions!.field).toBe('actions[0].queueId');
    const inCondition = await call(manager, CREATE, { i: draft({ conditions: { field: 'ticket.assigneeId', op: 'in', value: [nwAgentId, harborAgentId] } }) });
    expect(inCondition.errors![0].extensions!.field).toBe('conditions.value[1]');
  });

  it('validateAutomationRule lists every problem without saving', async () => {
    const before = (await rules(manager)).length;
    const r = ok(await call(manager, VALIDATE, { i: { name: '', trigger: { kind: 'EVENT', events: [] }, conditions: { any: [{ field: 'contact.vip', op: 'eq', value: 'yes' }] }, actions: [{ type: 'notifyQueue', queueId: harborQueues['Tier 2'] }] } })).validateAutomationRule;
    expect(r.valid).toBe(false);
    expect(r.problems.map((p: any) => p.path)).toEqual(['name', 'trigger.events', 'conditions.any[0].value', 'actions[0].queueId']);
    const good = ok(await call(manager, VALIDATE, { i: draft() })).validateAutomationRule;
    expect(good).toEqual({ valid: true, problems: [] });
    expect((await rules(manager)).length).toBe(before);
  });

  it('the language is readable by anyone who reads rules', async () => {
    const r = ok(await call(await asViewer(server), `{ automationRuleLanguage { events timeAnchors fields { name type ops values min max integer } actions { type params { name type optional } } maxConditionNodes } }`)).automationRuleLanguage;
    expect(r.fields.find((f: any) => f.name === 'ticket.ragConfidence')).toMatchObject({ type: 'number', min: 0, max: 1, integer: false, ops: expect.arrayContaining(['lt', 'gte']) });
    expect(r.actions.find((a: any) => a.type === 'webhook').params).toEqual([{ name: 'url', type: 'url', optional: false }, { name: 'delaySeconds', type: 'int', optional: true }]);
    expect(r.maxConditionNodes).toBe(50);
  });
});

describe('reorder', () => {
  it('sets positions from the list; refuses partial lists and other tenants’ ids', async () => {
    const ids = (await rules(manager)).map((r: any) => r.id);
    const reversed = [...ids].reverse();
    expect(ok(await call(manager, REORDER, { i: { ids: reversed } })).reorderAutomationRules.automationRuleIds).toEqual(reversed);
    expect((await rules(manager)).map((r: any) => r.id)).toEqual(reversed);
    const partial = await call(manager, REORDER, { i: { ids: reversed.slice(1) } });
    expect([codeOf(partial), partial.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'ids']);
    const twice = await call(manager, REORDER, { i: { ids: [...reversed.slice(1), reversed[1]] } });
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const harborId = (await rules(harbor))[0].id;
    expect(codeOf(await call(manager, REORDER, { i: { ids: [...reversed.slice(1), harborId] } }))).toBe('NOT_FOUND');
    ok(await call(manager, REORDER, { i: { ids } }));
    expect((await rules(manager)).map((r: any) => r.id)).toEqual(ids);
  });
});

describe('access and tenant isolation', () => {
  it('agents and viewers read but cannot write; managers and keys with the scope can', async () => {
    const agent = await asAgent(server);
    expect((await rules(agent)).length).toBeGreaterThan(0);
    expect(codeOf(await call(agent, CREATE, { i: draft() }))).toBe('FORBIDDEN');
    expect(codeOf(await call(agent, VALIDATE, { i: draft() }))).toBe('FORBIDDEN');
    expect(codeOf(await call(await asViewer(server), DELETE, { i: { id: (await rules(agent))[0].id } }))).toBe('FORBIDDEN');
    const key = await asApiKey(server, ['automation.manage', 'tickets.view']);
    ok(await call(key, CREATE, { i: draft({ name: 'By key' }) }));
    const readOnlyKey = await asApiKey(server, ['tickets.view']);
    expect(codeOf(await call(readOnlyKey, CREATE, { i: draft() }))).toBe('FORBIDDEN');
  });

  it('another tenant’s rule is NOT_FOUND for read, update, delete', async () => {
    const harborRule = (await rules(harbor))[0];
    expect(codeOf(await call(manager, ONE, { id: harborRule.id }))).toBe('NOT_FOUND');
    expect(codeOf(await call(manager, UPDATE, { i: { id: harborRule.id, enabled: false } }))).toBe('NOT_FOUND');
    expect(codeOf(await call(manager, DELETE, { i: { id: harborRule.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await call(manager, ONE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect((await rules(harbor))[0]).toEqual(harborRule);
    const listed = (await rules(manager)).map((r: any) => r.id);
    expect(listed).not.toContain(harborRule.id);
  });

  it('platform admins cannot write rules without a tenant', async () => {
    const r = await call(await asPlatformAdmin(server), CREATE, { i: draft() });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});
