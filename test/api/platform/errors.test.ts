// Errors reach clients with a code from the closed list; internal causes stay in the log.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { cloneDatabase, sql } from '../../helpers/db.js';
import { asAdmin } from '../../helpers/as.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

describe('GraphQL basics', () => {
  it('answers { __typename } and public serverInfo without credentials', async () => {
    const r = await gql(server.graphqlUrl, `{ __typename serverInfo { name assistantMode } }`);
    expect(r.data).toEqual({ __typename: 'Query', serverInfo: { name: 'Switchboard', assistantMode: 'offline' } });
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: { ok: true }, events: { ok: true, detail: 'memory' } } });
  });

  it('maps syntax and validation errors to BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(server.graphqlUrl, `{ users { `))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, `{ noSuchField }`))).toBe('BAD_USER_INPUT');
  });

  it('refuses wrong credentials with UNAUTHENTICATED and the same message for unknown e-mail and wrong password', async () => {
    const attempt = (email: string, password: string) =>
      gql(server.graphqlUrl, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password, tenantSlug: 'northwind' } });
    const wrongPassword = await attempt(DEMO.northwind.admin, 'wrong-password-123');
    const unknownEmail = await attempt('nobody@northwind.demo', 'wrong-password-123');
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknownEmail)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });

  it('ignores a tampered token (anonymous, so protected fields are UNAUTHENTICATED)', async () => {
    const token = await asAdmin(server);
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = [h, Buffer.from(JSON.stringify({ ...claims, role: 'PLATFORM_ADMIN', tid: null })).toString('base64url'), s].join('.');
    const none = [Buffer.from('{"alg":"none"}').toString('base64url'), p, ''].join('.');
    for (const t of [forged, none]) {
      const r = await gql(server.graphqlUrl, `{ users { totalCount } }`, {}, { token: t });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('internal errors', () => {
  it('reach the client as INTERNAL with a request id, and the cause is only in the log', async () => {
    // Break this server's own database (a clone) so a real SQL error happens inside a resolver.
    const broken = await startTestServer({ databaseUrl: await cloneDatabase('broken') });
    const token = await login(broken.graphqlUrl, DEMO.northwind.admin, 'northwind');
    await sql(broken.services.config.DATABASE_URL!, `alter table users rename column display_name to display_name_gone`);
    const r = await gql(broken.graphqlUrl, `{ users(first: 5) { edges { node { displayName } } } }`, {}, { token, headers: { 'x-request-id': 'req-internal-0001' } });
    expect(codeOf(r)).toBe('INTERNAL');
    expect(r.errors![0].extensions!.requestId).toBe('req-internal-0001');
    expect(r.errors![0].message).toBe('Internal error (request req-internal-0001)');
    const { message, extensions } = r.errors![0];
    expect(JSON.stringify({ message, extensions, data: r.data })).not.toMatch(/display_name|select|column|stack|users/i);
    const logged = broken.logs.find((l) => l.requestId === 'req-internal-0001' && l.msg === 'internal error');
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/display_name/);
  });
});
