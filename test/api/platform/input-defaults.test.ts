// Input objects passed as variables get their fields' default values (graphql-jit alone does
// not fill them in; the executor coerces such variables with graphql-js first), and bad
// variables still answer BAD_USER_INPUT.
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const LOGIN = `mutation { login(input: {email: "admin@northwind.demo", password: "switchboard-demo", tenantSlug: "northwind"}) { refreshToken } }`;

it('fills in the default of an input field omitted from a variable', async () => {
  const rt = (await gql(server.graphqlUrl, LOGIN)).data!.login.refreshToken;
  const r = await gql(server.graphqlUrl, `mutation($i: LogoutInput!) { logout(input: $i) { ok } }`, { i: { refreshToken: rt } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.logout.ok).toBe(true);
});

it('still refuses a variable of the wrong shape with BAD_USER_INPUT', async () => {
  const r = await gql(server.graphqlUrl, `mutation($i: LogoutInput!) { logout(input: $i) { ok } }`, { i: { refreshToken: 42, everywhere: 'yes' } });
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  // GraphQL over HTTP: a request error answers 200 to application/json (400 to graphql-response+json).
  expect(r.status).toBe(200);
});
