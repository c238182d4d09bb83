// The planned list read: one SQL statement, correct pages, fragments/aliases/directives, filters,
// and never another tenant's rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asPlatformAdmin } from '../../helpers/as.js';

let server: TestServer;
let northwindAdmin: string;
let harborAdmin: string;
let platformAdmin: string;
let dbUrl: string;

const LIST = `query($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
  users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email displayName role team active tenant { id slug name } } }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
  // 120 more Northwind agents so paging has something to walk.
  await sql(
    dbUrl,
    `insert into users (id, tenant_id, email, display_name, password_hash, role, team)
     select gen_random_uuid(), t.id, 'bulk' || g || '@northwind.demo', 'Bulk Agent ' || lpad(g::text, 3, '0'), 'x', 'AGENT', case when g % 2 = 0 then 'Even' else 'Odd' end
     from tenants t, generate_series(1, 120) g where t.slug = 'northwind'`,
  );
  [northwindAdmin, harborAdmin, platformAdmin] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
    asPlatformAdmin(server),
  ]);
});

describe('users list', () => {
  it('reads a page of 50 with its tenant in exactly one SQL statement', async () => {
    // The first request of a session also loads the user's auth state (cached afterwards).
    await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: northwindAdmin });
    const r = await gql(server.graphqlUrl, LIST, { first: 50 }, { token: northwindAdmin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.users.edges).toHaveLength(50);
    expect(r.data!.users.totalCount).toBe(126);
    expect(r.data!.users.edges[0].node.tenant.slug).toBe('northwind');
    expect(r.extensions!.sqlStatements).toBe(1);
  });

  it('walks every page exactly once, in order, with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r: any = await gql(server.graphqlUrl, LIST, { first: 40, after, orderBy: 'EMAIL_ASC' }, { token: northwindAdmin });
      expect(r.errors).toBeUndefined();
      const conn = r.data.users;
      seen.push(...conn.edges.map((e: any) => e.node.email));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(126);
    expect(new Set(seen).size).toBe(126);
    expect([...seen].sort()).toEqual(seen);
  });

  it('pages by creation time without losing rows that differ by microseconds', async () => {
    await sql(
      dbUrl,
      `insert into users (id, tenant_id, email, display_name, password_hash, role, created_at)
       select gen_random_uuid(), t.id, 'micro' || g || '@harbor.demo', 'Micro ' || g, 'x', 'VIEWER', timestamp '2026-01-01' + g * interval '1 microsecond'
       from tenants t, generate_series(1, 30) g where t.slug = 'harbor-bank'`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await gql(server.graphqlUrl, LIST, { first: 7, after, orderBy: 'CREATED_AT_ASC', filter: { search: 'micro' } }, { token: harborAdmin });
      seen.push(...r.data.users.edges.map((e: any) => e.node.email));
      after = r.data.users.pageInfo.hasNextPage ? r.data.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `micro${i + 1}@harbor.demo`));
    await sql(dbUrl, `delete from users where email like 'micro%'`);
  });

  it('filters by role, team and search text', async () => {
    const r = await gql(server.graphqlUrl, LIST, { first: 100, filter: { roles: ['AGENT'], team: 'Even', search: 'bulk agent 01' } }, { token: northwindAdmin });
    const names = r.data!.users.edges.map((e: any) => e.node.displayName);
    expect(names).toEqual(['Bulk Agent 010', 'Bulk Agent 012', 'Bulk Agent 014', 'Bulk Agent 016', 'Bulk Agent 018']);
    expect(r.data!.users.totalCount).toBe(5);
  });

  it('treats % and _ in search text literally', async () => {
    const r = await gql(server.graphqlUrl, LIST, { filter: { search: '%' } }, { token: northwindAdmin });
    expect(r.data!.users.totalCount).toBe(0);
    expect(r.data!.users.edges).toEqual([]);
  });

  it('honours fragments, aliases, @skip and @include', async () => {
    const q = `query($withTenant: Boolean!, $noEmail: Boolean!) {
      users(first: 2) { edges { node { ...U who: displayName } } }
    }
    fragment U on User { id email @skip(if: $noEmail) ... on User { tenant @include(if: $withTenant) { slug } } }`;
    const a = await gql(server.graphqlUrl, q, { withTenant: true, noEmail: false }, { token: northwindAdmin });
    expect(a.errors).toBeUndefined();
    const node = a.data!.users.edges[0].node;
    expect(Object.keys(node).sort()).toEqual(['email', 'id', 'tenant', 'who']);
    expect(node.tenant.slug).toBe('northwind');
    expect(node.who).toMatch(/\w/);
    const b = await gql(server.graphqlUrl, q, { withTenant: false, noEmail: true }, { token: northwindAdmin });
    expect(Object.keys(b.data!.users.edges[0].node).sort()).toEqual(['id', 'who']);
  });

  it('rejects a page size over the maximum and a forged cursor with BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(server.graphqlUrl, LIST, { first: 1000 }, { token: northwindAdmin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, LIST, { first: 0 }, { token: northwindAdmin }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['EMAIL_ASC', "x') or 1=1 --", 'not-a-uuid'])).toString('base64url');
    expect(codeOf(await gql(server.graphqlUrl, LIST, { after: forged }, { token: northwindAdmin }))).toBe('BAD_USER_INPUT');
    // a cursor of another order is refused rather than silently misapplied
    const page = await gql(server.graphqlUrl, LIST, { first: 1, orderBy: 'EMAIL_ASC' }, { token: northwindAdmin });
    const r = await gql(server.graphqlUrl, LIST, { first: 1, after: page.data!.users.pageInfo.endCursor, orderBy: 'CREATED_AT_DESC' }, { token: northwindAdmin });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('asks PostgreSQL for the count only when totalCount is selected, and counts an empty page right', async () => {
    const r = await gql(server.graphqlUrl, `{ users(first: 5, filter: { search: "no such person" }) { totalCount edges { node { id } } } }`, {}, { token: northwindAdmin });
    expect(r.data!.users).toEqual({ totalCount: 0, edges: [] });
    const noCount = await gql(server.graphqlUrl, `{ users(first: 5) { edges { node { id } } } }`, {}, { token: northwindAdmin });
    expect(noCount.extensions!.sqlStatements).toBe(1);
  });
});

describe('tenant isolation of reads', () => {
  it('tenant B never sees tenant A rows, on any page', async () => {
    const r = await gql(server.graphqlUrl, LIST, { first: 100 }, { token: harborAdmin });
    const slugs = new Set(r.data!.users.edges.map((e: any) => e.node.tenant.slug));
    expect([...slugs]).toEqual(['harbor-bank']);
    expect(r.data!.users.totalCount).toBe(5);
    const search = await gql(server.graphqlUrl, LIST, { filter: { search: 'northwind' } }, { token: harborAdmin });
    expect(search.data!.users.totalCount).toBe(0);
  });

  it("answers NOT_FOUND for another tenant's user, tenant, or tenantId — exactly like an unknown id", async () => {
    const [northwindUser] = await sql<{ id: string; tenant_id: string }>(dbUrl, `select u.id, u.tenant_id from users u join tenants t on t.id = u.tenant_id where t.slug = 'northwind' limit 1`);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [northwindUser.id, unknown, 'not-a-uuid']) {
      const r = await gql(server.graphqlUrl, `query($id: ID!) { user(id: $id) { email } }`, { id }, { token: harborAdmin });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe('User not found');
    }
    expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { tenant(id: $id) { name } }`, { id: northwindUser.tenant_id }, { token: harborAdmin }))).toBe('NOT_FOUND');
    const viaArg = await gql(server.graphqlUrl, `query($t: ID) { users(tenantId: $t) { totalCount } }`, { t: northwindUser.tenant_id }, { token: harborAdmin });
    expect(codeOf(viaArg)).toBe('NOT_FOUND');
  });

  it('platform admins see every tenant, or one when they name it', async () => {
    const all = await gql(server.graphqlUrl, `{ tenants { totalCount } users(first: 1) { totalCount } }`, {}, { token: platformAdmin });
    expect(all.data!.tenants.totalCount).toBe(2);
    expect(all.data!.users.totalCount).toBe(126 + 5 + 1);
    const [harbor] = await sql<{ id: string }>(dbUrl, `select id from tenants where slug = 'harbor-bank'`);
    const one = await gql(server.graphqlUrl, `query($t: ID) { users(tenantId: $t, first: 100) { totalCount edges { node { tenant { slug } } } } }`, { t: harbor.id }, { token: platformAdmin });
    expect(one.data!.users.totalCount).toBe(5);
    expect(new Set(one.data!.users.edges.map((e: any) => e.node.tenant.slug))).toEqual(new Set(['harbor-bank']));
  });

  it('anonymous callers get UNAUTHENTICATED and no data', async () => {
    const r = await gql(server.graphqlUrl, LIST, {});
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });
});
