// The staff's contact list: planned read (one statement whatever the page size), search on name
// and e-mail, filters, keyset pages, tenant isolation and the permission.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asApiKey, asPlatformAdmin, asViewer, asWidget } from '../../helpers/as.js';

let server: TestServer;
let dbUrl: string;
let northwind: string;
let harbor: string;
let northwindId: string;
let harborContactId: string;

const LIST = `query($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrder, $tenantId: ID) {
  contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy, tenantId: $tenantId) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name email vip identified externalId createdAt } }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
  // 150 Northwind customers, a microsecond apart (paging must not lose any), every 10th a VIP;
  // "Zed" customers in Harbor Bank that Northwind must never see.
  await sql(
    dbUrl,
    `insert into contacts (id, tenant_id, name, email, vip, created_at)
     select gen_random_uuid(), t.id, 'Listed Customer ' || lpad(g::text, 3, '0'), 'listed' || g || '@customers.example', g % 10 = 0,
            timestamp '2026-02-01' + g * interval '1 microsecond'
     from tenants t, generate_series(1, 150) g where t.slug = 'northwind'`,
  );
  await sql(
    dbUrl,
    `insert into contacts (id, tenant_id, name, email)
     select gen_random_uuid(), t.id, 'Listed Customer Zed ' || g, 'zed' || g || '@harbor-customers.example'
     from tenants t, generate_series(1, 5) g where t.slug = 'harbor-bank'`,
  );
  // Wildcards that must match literally, and a contact with neither name nor e-mail.
  await sql(
    dbUrl,
    `insert into contacts (id, tenant_id, name, email) select gen_random_uuid(), t.id, n, e from tenants t,
     (values ('Percent 100% Customer', 'pct@customers.example'), ('Under_score Customer', null), (null, null)) v(n, e) where t.slug = 'northwind'`,
  );
  [{ id: northwindId }] = await sql<{ id: string }>(dbUrl, `select id from tenants where slug = 'northwind'`);
  [{ id: harborContactId }] = await sql<{ id: string }>(dbUrl, `select c.id from contacts c join tenants t on t.id = c.tenant_id where t.slug = 'harbor-bank' and c.email = 'zed1@harbor-customers.example'`);
  [northwind, harbor] = await Promise.all([asAgent(server), asAdmin(server, 'harbor')]);
  // The first request of a session loads its auth state (cached afterwards).
  await Promise.all([northwind, harbor].map((token) => gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token })));
});

describe('contacts list', () => {
  it('reads pages of 10, 50 and 100 in one SQL statement each', async () => {
    for (const first of [10, 50, 100]) {
      const r = await gql(server.graphqlUrl, LIST, { first, filter: { search: 'listed customer' } }, { token: northwind });
      expect(r.errors).toBeUndefined();
      expect(r.data!.contacts.edges).toHaveLength(first);
      expect(r.data!.contacts.totalCount).toBe(150);
      expect(r.extensions!.sqlStatements).toBe(1);
    }
  });

  it('searches name and e-mail case-insensitively, newest first by default', async () => {
    const byName = await gql(server.graphqlUrl, LIST, { filter: { search: 'CUSTOMER 14' } }, { token: northwind });
    expect(byName.data!.contacts.edges.map((e: any) => e.node.name)).toEqual(['Listed Customer 149', 'Listed Customer 148', 'Listed Customer 147', 'Listed Customer 146', 'Listed Customer 145', 'Listed Customer 144', 'Listed Customer 143', 'Listed Customer 142', 'Listed Customer 141', 'Listed Customer 140']);
    const byEmail = await gql(server.graphqlUrl, LIST, { filter: { search: 'listed7@' } }, { token: northwind });
    expect(byEmail.data!.contacts.edges.map((e: any) => e.node.email)).toEqual(['listed7@customers.example']);
    expect(byEmail.data!.contacts.edges[0].node).toMatchObject({ name: 'Listed Customer 007', vip: false, identified: false, externalId: null });
  });

  it('treats % and _ in the search literally', async () => {
    const pct = await gql(server.graphqlUrl, LIST, { filter: { search: '100%' } }, { token: northwind });
    expect(pct.data!.contacts.edges.map((e: any) => e.node.name)).toEqual(['Percent 100% Customer']);
    // Unescaped, `_` would match any character ("Listed Customer 1" for "r_1").
    const none = await gql(server.graphqlUrl, LIST, { filter: { search: 'r_1' } }, { token: northwind });
    expect(none.data!.contacts.totalCount).toBe(0);
    const underscore = await gql(server.graphqlUrl, LIST, { filter: { search: 'r_s' } }, { token: northwind });
    expect(underscore.data!.contacts.edges.map((e: any) => e.node.name)).toEqual(['Under_score Customer']);
    const nothing = await gql(server.graphqlUrl, LIST, { filter: { search: '%' } }, { token: northwind });
    expect(nothing.data!.contacts.edges.map((e: any) => e.node.name)).toEqual(['Percent 100% Customer']);
  });

  it('has the trigram index on the searched expression where pg_trgm exists (it does on the test server)', async () => {
    const [idx] = await sql<{ indexdef: string }>(dbUrl, `select indexdef from pg_indexes where indexname = 'contacts_search_trgm'`);
    expect(idx?.indexdef).toContain("(COALESCE(name, ''::text) || ' '::text) || COALESCE(email, ''::text)");
  });

  it('filters by exact e-mail (any case) and by VIP', async () => {
    const email = await gql(server.graphqlUrl, LIST, { filter: { email: 'Listed12@Customers.Example' } }, { token: northwind });
    expect(email.data!.contacts.edges.map((e: any) => e.node.email)).toEqual(['listed12@customers.example']);
    const partial = await gql(server.graphqlUrl, LIST, { filter: { email: 'listed12@' } }, { token: northwind });
    expect(partial.data!.contacts.totalCount).toBe(0);
    const vip = await gql(server.graphqlUrl, LIST, { first: 100, filter: { search: 'listed', vip: true } }, { token: northwind });
    expect(vip.data!.contacts.totalCount).toBe(15);
    expect(vip.data!.contacts.edges.every((e: any) => e.node.vip)).toBe(true);
    const notVip = await gql(server.graphqlUrl, LIST, { first: 1, filter: { search: 'listed', vip: false } }, { token: northwind });
    expect(notVip.data!.contacts.totalCount).toBe(135);
  });

  it('walks every page exactly once in both orders, with rows a microsecond apart', async () => {
    for (const orderBy of ['CREATED_AT_ASC', 'CREATED_AT_DESC']) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const r: any = await gql(server.graphqlUrl, LIST, { first: 40, after, orderBy, filter: { search: 'listed customer' } }, { token: northwind });
        expect(r.errors).toBeUndefined();
        expect(r.data.contacts.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...r.data.contacts.edges.map((e: any) => e.node.name));
        after = r.data.contacts.pageInfo.hasNextPage ? r.data.contacts.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(4);
      const expected = Array.from({ length: 150 }, (_, i) => `Listed Customer ${String(i + 1).padStart(3, '0')}`);
      expect(seen).toEqual(orderBy === 'CREATED_AT_ASC' ? expected : expected.reverse());
    }
  });

  it('refuses a forged cursor, a cursor of the other order and a page over the maximum', async () => {
    const forged = Buffer.from(JSON.stringify(['CREATED_AT_DESC', "x') or 1=1 --", 'not-a-uuid'])).toString('base64url');
    expect(codeOf(await gql(server.graphqlUrl, LIST, { after: forged }, { token: northwind }))).toBe('BAD_USER_INPUT');
    const page = await gql(server.graphqlUrl, LIST, { first: 1, orderBy: 'CREATED_AT_ASC' }, { token: northwind });
    expect(codeOf(await gql(server.graphqlUrl, LIST, { first: 1, after: page.data!.contacts.pageInfo.endCursor }, { token: northwind }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, LIST, { first: 1000 }, { token: northwind }))).toBe('BAD_USER_INPUT');
  });

  it('reads one contact by id', async () => {
    const [{ id }] = await sql<{ id: string }>(dbUrl, `select id from contacts where email = 'listed3@customers.example'`);
    const r = await gql(server.graphqlUrl, `query($id: ID!) { contact(id: $id) { id name email } }`, { id }, { token: northwind });
    expect(r.data!.contact).toEqual({ id, name: 'Listed Customer 003', email: 'listed3@customers.example' });
    expect(r.extensions!.sqlStatements).toBe(1);
  });
});

describe('isolation and permission', () => {
  it("never lists another tenant's contacts", async () => {
    const zed = await gql(server.graphqlUrl, LIST, { first: 100, filter: { search: 'zed' } }, { token: northwind });
    expect(zed.data!.contacts).toMatchObject({ totalCount: 0, edges: [] });
    const byEmail = await gql(server.graphqlUrl, LIST, { filter: { email: 'zed1@harbor-customers.example' } }, { token: northwind });
    expect(byEmail.data!.contacts.totalCount).toBe(0);
    const harborSide = await gql(server.graphqlUrl, LIST, { first: 100, filter: { search: 'listed customer' } }, { token: harbor });
    expect(harborSide.data!.contacts.edges.map((e: any) => e.node.name).sort()).toEqual([1, 2, 3, 4, 5].map((g) => `Listed Customer Zed ${g}`));
  });

  it("answers NOT_FOUND for another tenant's contact id, exactly like an unknown id", async () => {
    for (const id of [harborContactId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await gql(server.graphqlUrl, `query($id: ID!) { contact(id: $id) { id name email } }`, { id }, { token: northwind });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.data?.contact ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('zed1');
    }
    // Naming another tenant is NOT_FOUND too.
    expect(codeOf(await gql(server.graphqlUrl, LIST, { tenantId: northwindId }, { token: harbor }))).toBe('NOT_FOUND');
  });

  it('answers FORBIDDEN without conversations.view (API key scopes, widget customers)', async () => {
    const ticketsOnly = await asApiKey(server, ['tickets.view']);
    for (const token of [ticketsOnly, (await asWidget(server)).token]) {
      const r = await gql(server.graphqlUrl, LIST, { first: 5 }, { token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data?.contacts ?? null).toBeNull();
    }
    const withScope = await asApiKey(server, ['conversations.view']);
    const ok = await gql(server.graphqlUrl, LIST, { first: 5, filter: { search: 'listed customer' } }, { token: withScope });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.contacts.totalCount).toBe(150);
    // Every staff role holds conversations.view, viewers included.
    const viewer = await gql(server.graphqlUrl, LIST, { first: 1 }, { token: await asViewer(server) });
    expect(viewer.errors).toBeUndefined();
  });

  it('makes platform admins name the tenant', async () => {
    const platform = await asPlatformAdmin(server);
    const without = await gql(server.graphqlUrl, LIST, { first: 5 }, { token: platform });
    expect(codeOf(without)).toBe('BAD_USER_INPUT');
    expect(without.errors![0].extensions!.field).toBe('tenantId');
    const inside = await gql(server.graphqlUrl, LIST, { first: 5, tenantId: northwindId, filter: { search: 'listed customer' } }, { token: platform });
    expect(inside.errors).toBeUndefined();
    expect(inside.data!.contacts.totalCount).toBe(150);
  });
});
