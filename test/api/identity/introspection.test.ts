// In production, anonymous and widget callers cannot introspect or fish for field names.
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAgent } from '../../helpers/as.js';

let server: TestServer;
const INTROSPECT = `{ __schema { queryType { name } } }`;

beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production' } });
});

it('refuses introspection to anonymous and widget callers', async () => {
  expect(codeOf(await gql(server.graphqlUrl, INTROSPECT))).toBe('FORBIDDEN');
  expect(codeOf(await gql(server.graphqlUrl, `{ __type(name: "User") { fields { name } } }`))).toBe('FORBIDDEN');
  const [{ id: tenantId }] = await sql<{ id: string }>(server.services.config.DATABASE_URL!, `select id from tenants where slug = 'northwind'`);
  const contactId = randomUUID();
  await sql(server.services.config.DATABASE_URL!, `insert into contacts (id, tenant_id) values ($1, $2)`, [contactId, tenantId]);
  const widget = (await server.services.tokens.issueWidget({ contactId, tenantId })).token;
  expect(codeOf(await gql(server.graphqlUrl, INTROSPECT, {}, { token: widget }))).toBe('FORBIDDEN');
});

it('allows staff to introspect', async () => {
  const token = await asAgent(server);
  const r = await gql(server.graphqlUrl, INTROSPECT, {}, { token });
  expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
});

it('gives no field suggestions in errors', async () => {
  const r = await gql(server.graphqlUrl, `{ user { emial } serverInf { name } }`);
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
});
