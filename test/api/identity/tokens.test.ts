// Every kind of bad credential is refused with UNAUTHENTICATED, and a revoked user's open
// subscription ends within a second.
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asPlatformAdmin } from '../../helpers/as.js';

let server: TestServer;
let dbUrl: string;
const ME = `{ viewer { kind user { email } } serverInfo { name } }`;

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
});

const key = () => new TextEncoder().encode(server.services.config.JWT_SECRET);
async function idsOf(email: string) {
  const [row] = await sql<{ id: string; tenant_id: string; auth_version: number }>(dbUrl, 'select id, tenant_id, auth_version from users where email = $1', [email]);
  return row;
}
function sign(claims: Record<string, unknown>, opts: { sub: string; aud?: string; exp?: number; secret?: Uint8Array }) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(opts.sub).setIssuer('switchboard').setAudience(opts.aud ?? 'switchboard:staff').setIssuedAt();
  jwt.setExpirationTime(opts.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(opts.secret ?? key());
}

async function expectRefused(token: string) {
  const r = await gql(server.graphqlUrl, ME, {}, { token });
  expect(r.status).toBe(401);
  expect(codeOf(r)).toBe('UNAUTHENTICATED');
  expect(r.data ?? null).toBeNull();
}

describe('refused access tokens', () => {
  it('accepts a good token (control)', async () => {
    const token = await asAgent(server);
    expect((await gql(server.graphqlUrl, ME, {}, { token })).data!.viewer).toEqual({ kind: 'user', user: { email: DEMO.northwind.agent } });
  });

  it('expired', async () => {
    const u = await idsOf(DEMO.northwind.agent);
    await expectRefused(await sign({ tid: u.tenant_id, role: 'AGENT', ver: u.auth_version }, { sub: u.id, exp: Math.floor(Date.now() / 1000) - 5 }));
  });

  it('tampered payload, foreign signing key, alg none', async () => {
    const good = await asAgent(server);
    const [h, p, s] = good.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    await expectRefused([h, Buffer.from(JSON.stringify({ ...claims, role: 'TENANT_ADMIN' })).toString('base64url'), s].join('.'));
    const u = await idsOf(DEMO.northwind.agent);
    await expectRefused(await sign({ tid: u.tenant_id, role: 'AGENT', ver: u.auth_version }, { sub: u.id, secret: new TextEncoder().encode('x'.repeat(48)) }));
    await expectRefused([Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url'), p, ''].join('.'));
    await expectRefused('not-a-token');
  });

  it('wrong audience', async () => {
    const u = await idsOf(DEMO.northwind.agent);
    await expectRefused(await sign({ tid: u.tenant_id, role: 'AGENT', ver: u.auth_version }, { sub: u.id, aud: 'someone-else' }));
  });

  it("another tenant's: a token naming tenant B for a user of tenant A", async () => {
    const u = await idsOf(DEMO.northwind.admin);
    const harbor = await idsOf(DEMO.harbor.admin);
    await expectRefused(await sign({ tid: harbor.tenant_id, role: 'TENANT_ADMIN', ver: u.auth_version }, { sub: u.id }));
  });

  it("a deactivated user's, and their open subscription ends within a second", async () => {
    const admin = await asAdmin(server);
    const victim = await login(server.graphqlUrl, 'agent2@northwind.demo', 'northwind');
    const client = wsClient(server.wsUrl, victim);
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    const sub = subscribe(client, `subscription { tenantUpdated { name } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    const { id } = await idsOf('agent2@northwind.demo');
    const t0 = Date.now();
    const r = await gql(server.graphqlUrl, `mutation($i: UserIdInput!) { deactivateUser(input: $i) { user { active } } }`, { i: { id } }, { token: admin });
    expect(r.data!.deactivateUser.user.active).toBe(false);
    expect(await closed).toBe(4401);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(sub.events).toHaveLength(0);
    await expectRefused(victim);
    await client.dispose();
  });

  it("a suspended tenant's (users and their sockets)", async () => {
    const platform = await asPlatformAdmin(server);
    const harborAgent = await asAgent(server, 'harbor');
    const client = wsClient(server.wsUrl, harborAgent);
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
    subscribe(client, `subscription { tenantUpdated { name } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    const { tenant_id } = await idsOf(DEMO.harbor.agent);
    const r = await gql(server.graphqlUrl, `mutation($i: TenantIdInput!) { suspendTenant(input: $i) { tenant { status } } }`, { i: { id: tenant_id } }, { token: platform });
    expect(r.data!.suspendTenant.tenant.status).toBe('SUSPENDED');
    expect(await closed).toBe(4401);
    await expectRefused(harborAgent);
    const relogin = await gql(server.graphqlUrl, `mutation { login(input: {email: "${DEMO.harbor.admin}", password: "switchboard-demo", tenantSlug: "harbor-bank"}) { accessToken } }`);
    expect(codeOf(relogin)).toBe('UNAUTHENTICATED');
    // reactivated: signing in works again
    await gql(server.graphqlUrl, `mutation($i: TenantIdInput!) { reactivateTenant(input: $i) { tenant { status } } }`, { i: { id: tenant_id } }, { token: platform });
    expect(await asAdmin(server, 'harbor')).toMatch(/^ey/);
    await client.dispose();
  });
});

describe('refresh tokens', () => {
  const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`;
  const REFRESH = `mutation($t: String!) { refreshSession(input: { refreshToken: $t }) { accessToken refreshToken } }`;

  it('rotate; a reused one revokes the whole family', async () => {
    const first = (await gql(server.graphqlUrl, LOGIN, { i: { email: DEMO.northwind.viewer, password: 'switchboard-demo', tenantSlug: 'northwind' } })).data!.login;
    const second = (await gql(server.graphqlUrl, REFRESH, { t: first.refreshToken })).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await gql(server.graphqlUrl, ME, {}, { token: second.accessToken })).data!.viewer.kind).toBe('user');
    // replaying the first (used) token: refused, and the newest token of the family dies too
    expect(codeOf(await gql(server.graphqlUrl, REFRESH, { t: first.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server.graphqlUrl, REFRESH, { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session; logout everywhere also kills access tokens', async () => {
    const s = (await gql(server.graphqlUrl, LOGIN, { i: { email: DEMO.northwind.manager, password: 'switchboard-demo', tenantSlug: 'northwind' } })).data!.login;
    await gql(server.graphqlUrl, `mutation($t: String) { logout(input: { refreshToken: $t }) { ok } }`, { t: s.refreshToken });
    expect(codeOf(await gql(server.graphqlUrl, REFRESH, { t: s.refreshToken }))).toBe('UNAUTHENTICATED');
    const s2 = (await gql(server.graphqlUrl, LOGIN, { i: { email: DEMO.northwind.manager, password: 'switchboard-demo', tenantSlug: 'northwind' } })).data!.login;
    const r = await gql(server.graphqlUrl, `mutation { logout(input: { everywhere: true }) { ok } }`, {}, { token: s2.accessToken });
    expect(r.data!.logout.ok).toBe(true);
    await expectRefused(s2.accessToken);
    expect(codeOf(await gql(server.graphqlUrl, REFRESH, { t: s2.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});
