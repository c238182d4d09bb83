// The GraphQL-over-HTTP spec audit of graphql-http (61 audits) against the real server in
// production mode, as a partner runs it (with staff credentials: some audits introspect):
// 0 errors and 0 warnings. Plus the statuses of refusals before execution.
import { beforeAll, expect, it } from 'vitest';
import { auditServer } from 'graphql-http';
import { startTestServer, type TestServer } from '../../helpers/server.js';

import { asViewer } from '../../helpers/as.js';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production' } });
  token = await asViewer(server);
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

it('passes the graphql-http server audit with no errors and no warnings', async () => {
  const results = await auditServer({
    url: server.graphqlUrl,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  const errors = results.filter((r) => r.status === 'error');
  const warnings = results.filter((r) => r.status === 'warn');
  const report = await Promise.all(
    [...errors, ...warnings].map(async (r) => `${r.status} ${r.id} ${r.name}: ${r.status !== 'ok' ? r.reason : ''} ${r.status !== 'ok' && r.response ? `${r.response.status} ${(await r.response.clone().text()).slice(0, 200)}` : ''}`),
  );
  console.log(`graphql-http audit: ${results.length} audits, ${results.length - errors.length - warnings.length} ok, ${errors.length} errors, ${warnings.length} warnings\n${report.join('\n')}`);
  expect(errors.length).toBe(0);
  expect(warnings.length).toBe(0);
});

it('refuses anonymous introspection in production with 200 (application/json) or 403 (graphql-response+json), not 500', async () => {
  const query = 'query Type($name: String!) { __type(name: $name) { name } }';
  const json = await post({ query, variables: { name: 'User' } }, { accept: 'application/json' });
  expect(json.status).toBe(200);
  expect((await json.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  const spec = await post({ query, variables: { name: 'User' } }, { accept: 'application/graphql-response+json' });
  expect(spec.status).toBe(403);
  expect(spec.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  expect((await spec.json()).errors[0].extensions).toEqual({ code: 'FORBIDDEN', requestId: expect.any(String) });
});

it('answers validation errors 200 to application/json and 400 to graphql-response+json, without field suggestions', async () => {
  const json = await post({ query: '{ serverInf { name } }' });
  expect(json.status).toBe(200);
  const body = await json.json();
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(body.errors[0].message).not.toMatch(/Did you mean/);
  expect((await post({ query: '{ serverInf { name } }' }, { accept: 'application/graphql-response+json' })).status).toBe(400);
  expect((await post({ query: '{' }, { accept: 'application/graphql-response+json' })).status).toBe(400);
  expect((await post({ query: '{' })).status).toBe(200);
  // Not a GraphQL request at all: still 400.
  expect((await post({ notAQuery: 1 })).status).toBe(400);
});
