// The audit log: one row per successful mutation (none for a failed one), readable by those with
// `audit.view` inside their tenant only, filterable, in one SQL statement, and counted in SQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asPlatformAdmin } from '../../helpers/as.js';

let server: TestServer;
let dbUrl: string;
let admin: string;
let agent: string;
let manager: string;
let harborAdmin: string;
let platformAdmin: string;
let northwindId: string;
let harborId: string;
let adminId: string;
let agentId: string;
let managerId: string;
let originalName: string;
let apiKeyId: string;

const NODE = `id actorKind actorId action resourceType resourceId before after ip userAgent requestId at`;
const LIST = `query($filter: AuditLogFilter, $first: Int, $after: String, $tenantId: ID) {
  auditLogs(first: $first, after: $after, filter: $filter, tenantId: $tenantId) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { ${NODE} } }
  }
}`;
const STATS = `query($from: DateTimeISO, $to: DateTimeISO, $tenantId: ID) {
  auditStats(from: $from, to: $to, tenantId: $tenantId) { total byAction { key count } byResourceType { key count } }
}`;

type Node = Record<string, any>;
const nodesOf = (r: { data?: any }) => r.data!.auditLogs.edges.map((e: any) => e.node) as Node[];
async function list(token: string, variables: Record<string, unknown> = {}): Promise<Node[]> {
  const r = await gql(server.graphqlUrl, LIST, { first: 100, ...variables }, { token });
  expect(r.errors).toBeUndefined();
  return nodesOf(r);
}
const countBy = (nodes: Node[], field: string) => {
  const m = new Map<string, number>();
  for (const n of nodes) m.set(n[field], (m.get(n[field]) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};
const sortByKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
  // One after the other, so their audit rows have a known order.
  admin = await login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
  agent = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  manager = await login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug);
  harborAdmin = await login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug);
  platformAdmin = await asPlatformAdmin(server);
  const tenants = await sql<{ id: string; slug: string; name: string }>(dbUrl, `select id, slug, name from tenants`);
  northwindId = tenants.find((t) => t.slug === 'northwind')!.id;
  harborId = tenants.find((t) => t.slug === 'harbor-bank')!.id;
  originalName = tenants.find((t) => t.slug === 'northwind')!.name;
  const users = await sql<{ id: string; email: string }>(dbUrl, `select id, email from users where tenant_id = $1`, [northwindId]);
  adminId = users.find((u) => u.email === DEMO.northwind.admin)!.id;
  agentId = users.find((u) => u.email === DEMO.northwind.agent)!.id;
  managerId = users.find((u) => u.email === DEMO.northwind.manager)!.id;

  const headers = { 'x-request-id': 'audit-test-update-1', 'user-agent': 'audit-test-agent/1.0' };
  const update = await gql(server.graphqlUrl, `mutation { updateTenant(input: { name: "Northwind Audited", branding: { primaryColor: "#123456" } }) { tenant { name } } }`, {}, { token: admin, headers });
  expect(update.errors).toBeUndefined();
  const key = await gql(server.graphqlUrl, `mutation { createApiKey(input: { name: "Audit key", scopes: ["users.view"] }) { secret apiKey { id prefix } } }`, {}, { token: admin });
  expect(key.errors).toBeUndefined();
  apiKeyId = key.data!.createApiKey.apiKey.id;
});

describe('auditLogs', () => {
  it('shows the tenant admin exactly the tenant’s changes, newest first, with actor, action, before and after', async () => {
    const nodes = await list(admin);
    expect(nodes.map((n) => [n.action, n.actorId])).toEqual([
      ['apikey.created', adminId],
      ['tenant.updated', adminId],
      ['session.login', managerId],
      ['session.login', agentId],
      ['session.login', adminId],
    ]);
    expect(nodes.every((n) => n.actorKind === 'USER')).toBe(true);
    const [created, updated, , , adminLogin] = nodes;
    expect(adminLogin).toMatchObject({ resourceType: 'User', resourceId: adminId });

    expect(updated).toMatchObject({ resourceType: 'Tenant', resourceId: northwindId, requestId: 'audit-test-update-1', userAgent: 'audit-test-agent/1.0' });
    expect(updated.before.name).toBe(originalName);
    expect(updated.after.name).toBe('Northwind Audited');
    expect(updated.after.branding.primaryColor).toBe('#123456');
    expect(updated.ip).toMatch(/127\.0\.0\.1|::1/);

    expect(created).toMatchObject({ resourceType: 'ApiKey', resourceId: apiKeyId, before: null });
    expect(created.after).toMatchObject({ name: 'Audit key', scopes: ['users.view'] });
    expect(JSON.stringify(created)).not.toMatch(/secret|hash/i);

    // Newest first: `at` never increases down the list.
    const times = nodes.map((n) => Date.parse(n.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // …and they are the same rows the table holds for this tenant.
    const rows = await sql<{ id: string }>(dbUrl, `select id from audit_logs where tenant_id = $1 order by at desc, id desc`, [northwindId]);
    expect(nodes.map((n) => n.id)).toEqual(rows.map((r) => r.id));
  });

  it('filters by actor, kind, action, resource and period, and pages by cursor', async () => {
    const ids = (nodes: Node[]) => nodes.map((n) => n.action + ':' + (n.actorId ?? ''));
    expect(ids(await list(admin, { filter: { action: 'session.login' } }))).toHaveLength(3);
    expect(ids(await list(admin, { filter: { actorId: agentId } }))).toEqual([`session.login:${agentId}`]);
    expect(await list(admin, { filter: { actorKind: 'API_KEY' } })).toEqual([]);
    expect((await list(admin, { filter: { actorKind: 'USER', action: 'apikey.created' } })).map((n) => n.resourceId)).toEqual([apiKeyId]);
    expect((await list(admin, { filter: { resourceType: 'Tenant' } })).map((n) => n.action)).toEqual(['tenant.updated']);
    expect((await list(admin, { filter: { resourceId: adminId } })).map((n) => n.action)).toEqual(['session.login']);
    expect(await list(admin, { filter: { actorId: 'not-a-uuid' } })).toEqual([]);

    const all = await list(admin);
    const updatedAt = all.find((n) => n.action === 'tenant.updated')!.at;
    expect((await list(admin, { filter: { from: updatedAt } })).map((n) => n.action)).toEqual(['apikey.created', 'tenant.updated']);
    expect((await list(admin, { filter: { to: updatedAt } })).map((n) => n.action)).toEqual(['session.login', 'session.login', 'session.login']);
    expect((await list(admin, { filter: { from: updatedAt, to: updatedAt } }))).toEqual([]);
    const backwards = await gql(server.graphqlUrl, LIST, { filter: { from: updatedAt, to: '2000-01-01T00:00:00.000Z' } }, { token: admin });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await gql(server.graphqlUrl, LIST, { first: 2, after }, { token: admin });
      expect(r.errors).toBeUndefined();
      paged.push(...nodesOf(r).map((n) => n.id));
      after = r.data.auditLogs.pageInfo.hasNextPage ? r.data.auditLogs.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.map((n) => n.id));
  });

  it('costs one SQL statement once the session is warm', async () => {
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: admin });
    const r = await gql(server.graphqlUrl, LIST, { first: 50 }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditLogs.totalCount).toBe(nodesOf(r).length);
    expect(r.extensions!.sqlStatements).toBe(1);
    const filtered = await gql(server.graphqlUrl, LIST, { first: 50, filter: { action: 'session.login', from: '2020-01-01T00:00:00Z' } }, { token: admin });
    expect(filtered.extensions!.sqlStatements).toBe(1);
  });

  it('never shows one tenant’s rows to another; platform admins see all, or one tenant', async () => {
    const northwind = (await list(admin)).map((n) => n.id);
    const harbor = await list(harborAdmin);
    expect(harbor.map((n) => n.action)).toEqual(['session.login']);
    for (const n of harbor) expect(northwind).not.toContain(n.id);
    expect(await list(harborAdmin, { filter: { resourceId: northwindId } })).toEqual([]);
    expect(codeOf(await gql(server.graphqlUrl, LIST, { tenantId: northwindId }, { token: harborAdmin }))).toBe('NOT_FOUND');

    const everything = await list(platformAdmin);
    const [{ n }] = await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`);
    expect(everything).toHaveLength(Number(n));
    expect(everything.map((x) => x.id)).toEqual(expect.arrayContaining([...northwind, ...harbor.map((x) => x.id)]));
    expect((await list(platformAdmin, { tenantId: harborId })).map((x) => x.id)).toEqual(harbor.map((x) => x.id));
  });

  it('is FORBIDDEN without audit.view and UNAUTHENTICATED anonymously', async () => {
    for (const token of [agent, manager]) {
      const r = await gql(server.graphqlUrl, LIST, {}, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
      expect(codeOf(await gql(server.graphqlUrl, STATS, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server.graphqlUrl, STATS, {}))).toBe('UNAUTHENTICATED');
  });

  it('gets no row for a failed mutation', async () => {
    const before = await list(admin);
    const [{ n: totalBefore }] = await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`);
    const badColour = await gql(server.graphqlUrl, `mutation { updateTenant(input: { name: "Never", branding: { primaryColor: "red" } }) { tenant { name } } }`, {}, { token: admin });
    expect(codeOf(badColour)).toBe('BAD_USER_INPUT');
    const badScopes = await gql(server.graphqlUrl, `mutation { createApiKey(input: { name: "Never", scopes: ["tenants.manage"] }) { secret } }`, {}, { token: admin });
    expect(codeOf(badScopes)).toBe('BAD_USER_INPUT');
    const forbidden = await gql(server.graphqlUrl, `mutation { createApiKey(input: { name: "Never", scopes: ["users.view"] }) { secret } }`, {}, { token: agent });
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect((await list(admin)).map((n) => n.id)).toEqual(before.map((n) => n.id));
    const [{ n: totalAfter }] = await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`);
    expect(totalAfter).toBe(totalBefore);
  });

  it('records the API key as the actor when a key makes a change', async () => {
    const provisioner = await gql(server.graphqlUrl, `mutation { createApiKey(input: { name: "Provisioner", scopes: ["apikeys.manage", "users.view"] }) { secret apiKey { id } } }`, {}, { token: admin });
    const { secret, apiKey } = provisioner.data!.createApiKey;
    const child = await gql(server.graphqlUrl, `mutation { createApiKey(input: { name: "Child", scopes: ["users.view"] }) { apiKey { id } } }`, {}, { token: secret });
    expect(child.errors).toBeUndefined();
    const byKey = await list(admin, { filter: { actorKind: 'API_KEY' } });
    expect(byKey).toHaveLength(1);
    expect(byKey[0]).toMatchObject({ actorId: apiKey.id, action: 'apikey.created', resourceId: child.data!.createApiKey.apiKey.id });
    expect((await list(admin, { filter: { actorId: apiKey.id } })).map((n) => n.id)).toEqual([byKey[0].id]);
  });
});

describe('auditStats', () => {
  it('counts the tenant’s rows per action and resource type, matching the list', async () => {
    const nodes = await list(admin);
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: admin });
    const r = await gql(server.graphqlUrl, STATS, {}, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
    const stats = r.data!.auditStats;
    expect(stats.total).toBe(nodes.length);
    expect(stats.byAction).toEqual(countBy(nodes, 'action'));
    expect(stats.byResourceType).toEqual(countBy(nodes, 'resourceType'));
    expect(stats.byAction[0]).toEqual({ key: 'apikey.created', count: 3 });
  });

  it('honours the period and the tenant', async () => {
    const nodes = await list(admin);
    const updatedAt = nodes.find((n) => n.action === 'tenant.updated')!.at;
    const since = (await gql(server.graphqlUrl, STATS, { from: updatedAt }, { token: admin })).data!.auditStats;
    const expected = nodes.filter((n) => Date.parse(n.at) >= Date.parse(updatedAt));
    expect(since.total).toBe(expected.length);
    expect(sortByKey(since.byAction)).toEqual(sortByKey(countBy(expected, 'action')));
    const until = (await gql(server.graphqlUrl, STATS, { to: updatedAt }, { token: admin })).data!.auditStats;
    expect(until).toEqual({ total: 3, byAction: [{ key: 'session.login', count: 3 }], byResourceType: [{ key: 'User', count: 3 }] });
    const empty = (await gql(server.graphqlUrl, STATS, { from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }, { token: admin })).data!.auditStats;
    expect(empty).toEqual({ total: 0, byAction: [], byResourceType: [] });
    expect(codeOf(await gql(server.graphqlUrl, STATS, { from: updatedAt, to: '2000-01-01T00:00:00Z' }, { token: admin }))).toBe('BAD_USER_INPUT');

    const harbor = (await gql(server.graphqlUrl, STATS, {}, { token: harborAdmin })).data!.auditStats;
    expect(harbor).toEqual({ total: 1, byAction: [{ key: 'session.login', count: 1 }], byResourceType: [{ key: 'User', count: 1 }] });

    const platform = (await gql(server.graphqlUrl, STATS, {}, { token: platformAdmin })).data!.auditStats;
    const [{ n }] = await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`);
    expect(platform.total).toBe(Number(n));
    const harborOnly = (await gql(server.graphqlUrl, STATS, { tenantId: harborId }, { token: platformAdmin })).data!.auditStats;
    expect(harborOnly).toEqual(harbor);
  });
});
