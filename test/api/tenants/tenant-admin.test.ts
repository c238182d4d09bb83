// The platform admins' tenants page and the admin pages' reads: Tenant.volume (one statement for
// a page of tenants; platform admins only), auditLogs' actorName and tenantId (batched, scoped),
// knowledgeDocuments(tenantId) for platform admins (tenant members naming another: NOT_FOUND).
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asPlatformAdmin, asWidget } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let platform: string;
let northwindId: string;
let harborId: string;

const TENANTS = `{ tenants(first: 50) { edges { node { id slug status volume { conversations tickets users documents } } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  platform = await asPlatformAdmin(server);
  const tenants = await sql<{ id: string; slug: string }>(db, `select id, slug from tenants`);
  northwindId = tenants.find((t) => t.slug === 'northwind')!.id;
  harborId = tenants.find((t) => t.slug === 'harbor-bank')!.id;
});

describe('Tenant.volume', () => {
  it('gives platform admins every tenant’s counts in two statements for the whole page', async () => {
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: platform });
    const r = await gql(server.graphqlUrl, TENANTS, {}, { token: platform });
    expect(r.errors).toBeUndefined();
    // The page itself, then one batched statement for every tenant's volume.
    expect(r.extensions!.sqlStatements).toBe(2);
    const [expected] = await sql<Record<string, number>>(
      db,
      `select (select count(*) from conversations where tenant_id = $1)::int as conversations, (select count(*) from tickets where tenant_id = $1)::int as tickets,
              (select count(*) from users where tenant_id = $1)::int as users, (select count(*) from knowledge_documents where tenant_id = $1)::int as documents`,
      [northwindId],
    );
    const nodes = r.data!.tenants.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.slug)).toEqual(expect.arrayContaining(['northwind', 'harbor-bank']));
    expect(nodes.find((n: any) => n.id === northwindId).volume).toEqual(expected);
    expect(expected.users).toBeGreaterThan(0);
    expect(nodes.find((n: any) => n.id === harborId).volume.users).toBeGreaterThan(0);
  });

  it('is refused to tenant members (their own tenant too)', async () => {
    const r = await gql(server.graphqlUrl, TENANTS, {}, { token: await asAdmin(server) });
    expect(codeOf(r)).toBe('FORBIDDEN');
    const plain = await gql(server.graphqlUrl, `{ tenants(first: 50) { edges { node { slug } } } }`, {}, { token: await asAdmin(server) });
    expect(plain.data!.tenants.edges.map((e: any) => e.node.slug)).toEqual(['northwind']);
  });
});

describe('auditLogs actor names', () => {
  const LOG = `query($t: ID) { auditLogs(first: 50, tenantId: $t) { edges { node { tenantId actorKind actorId actorName action } } } }`;

  it('names the actors of a page in one extra statement, inside the reader’s scope', async () => {
    const admin = await asAdmin(server); // writes a session.login row for the northwind admin
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: admin });
    const r = await gql(server.graphqlUrl, LOG, {}, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(2);
    const nodes = r.data!.auditLogs.edges.map((e: any) => e.node);
    const login = nodes.find((n: any) => n.action === 'session.login' && n.actorKind === 'USER');
    const [user] = await sql<{ display_name: string }>(db, `select display_name from users where id = $1`, [login.actorId]);
    expect(login.actorName).toBe(user.display_name);
    expect(new Set(nodes.map((n: any) => n.tenantId))).toEqual(new Set([northwindId]));
  });

  it('lets platform admins read one tenant’s log with a tenant id on every row', async () => {
    await asAdmin(server, 'harbor');
    const r = await gql(server.graphqlUrl, LOG, { t: harborId }, { token: platform });
    const nodes = r.data!.auditLogs.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((n: any) => n.tenantId))).toEqual(new Set([harborId]));
    expect(codeOf(await gql(server.graphqlUrl, LOG, { t: harborId }, { token: await asAdmin(server) }))).toBe('NOT_FOUND');
  });
});

describe('knowledgeDocuments(tenantId)', () => {
  const DOCS = `query($t: ID) { knowledgeDocuments(first: 100, tenantId: $t) { totalCount edges { node { id } } } }`;

  it('lists one tenant’s documents for platform admins; tenant members naming another tenant get NOT_FOUND', async () => {
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from knowledge_documents where tenant_id = $1`, [harborId]);
    const r = await gql(server.graphqlUrl, DOCS, { t: harborId }, { token: platform });
    expect(r.errors).toBeUndefined();
    expect(r.data!.knowledgeDocuments.totalCount).toBe(n);
    const other = await gql(server.graphqlUrl, DOCS, { t: harborId }, { token: await asAdmin(server) });
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
  });
});

describe('suspending a tenant from the tenants page', () => {
  const SUSPEND = `mutation($i: TenantIdInput!) { suspendTenant(input: $i) { tenant { id status } } }`;
  const REACTIVATE = `mutation($i: TenantIdInput!) { reactivateTenant(input: $i) { tenant { id status } } }`;
  const CONFIG = `query($k: String!) { widgetConfig(widgetKey: $k) { tenantName } }`;
  const START = `mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }`;

  it('signs its people out, closes its widget (NOT_FOUND, like an unknown key) and is refused to tenant members', async () => {
    const [{ widget_key: key }] = await sql<{ widget_key: string }>(db, `select widget_key from tenants where id = $1`, [harborId]);
    const agent = await asAgent(server, 'harbor');
    const customer = await asWidget(server, 'harbor');
    expect((await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: agent })).data!.viewer.kind).toBe('user');

    expect(codeOf(await gql(server.graphqlUrl, SUSPEND, { i: { id: harborId } }, { token: await asAdmin(server, 'harbor') }))).toBe('FORBIDDEN');
    const r = await gql(server.graphqlUrl, SUSPEND, { i: { id: harborId } }, { token: platform });
    expect(r.data!.suspendTenant.tenant.status).toBe('SUSPENDED');

    const next = await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: agent });
    expect(codeOf(next)).toBe('UNAUTHENTICATED');
    expect(next.status).toBe(401);
    expect(codeOf(await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: customer.token }))).toBe('UNAUTHENTICATED');
    // What the widget asks without its (dead) token: the key is refused like an unknown one.
    expect(codeOf(await gql(server.graphqlUrl, CONFIG, { k: key }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, START, { i: { widgetKey: key, contactToken: customer.token } }))).toBe('NOT_FOUND');
    // The tenants page shows it suspended; its volume is still there.
    const list = await gql(server.graphqlUrl, TENANTS, {}, { token: platform });
    expect(list.data!.tenants.edges.find((e: any) => e.node.id === harborId).node.status).toBe('SUSPENDED');

    await gql(server.graphqlUrl, REACTIVATE, { i: { id: harborId } }, { token: platform });
    expect((await gql(server.graphqlUrl, CONFIG, { k: key })).data!.widgetConfig.tenantName).toBe('Harbor Bank');
    expect((await gql(server.graphqlUrl, START, { i: { widgetKey: key, contactToken: customer.token } })).data!.startWidgetSession.token).toBeTruthy();
  });
});
