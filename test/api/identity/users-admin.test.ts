// Tenant admins manage their users; each mutation leaves exactly one audit row, failures none.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asManager, asPlatformAdmin } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let admin: string;
let manager: string;
let harborAdmin: string;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [admin, manager, harborAdmin] = await Promise.all([
    asAdmin(server),
    asManager(server),
    asAdmin(server, 'harbor'),
  ]);
});

const auditCount = async () => Number((await sql<{ n: string }>(db, 'select count(*) as n from audit_logs'))[0].n);
const lastAudit = async () => (await sql<Record<string, any>>(db, 'select * from audit_logs order by at desc, id desc limit 1'))[0];
const userId = async (email: string) => (await sql<{ id: string }>(db, 'select id from users where email = $1', [email]))[0].id;

/** Run a mutation and return it with the number of audit rows it added. */
async function audited(query: string, variables: Record<string, unknown>, token: string) {
  const before = await auditCount();
  const r = await gql(server.graphqlUrl, query, variables, { token });
  return { r, added: (await auditCount()) - before };
}

describe('invite, accept, sign in', () => {
  it('creates an invited user who sets a password and signs in', async () => {
    const { r, added } = await audited(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { user { email role team maxConcurrentChats active } invitation { token expiresAt } } }`,
      { i: { email: 'Dana@Northwind.demo', displayName: 'Dana Agent', role: 'AGENT', team: 'Support', maxConcurrentChats: 4 } },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser.user).toEqual({ email: 'dana@northwind.demo', role: 'AGENT', team: 'Support', maxConcurrentChats: 4, active: true });
    expect(added).toBe(1);
    expect(await lastAudit()).toMatchObject({ action: 'user.created', resource_type: 'User', actor_kind: 'USER' });
    const token = r.data!.createUser.invitation.token;
    // A form that sends `displayName: null` keeps the name the inviter gave.
    const accepted = await gql(server.graphqlUrl, `mutation($t: String!) { acceptInvitation(input: {token: $t, password: "correct horse battery", displayName: null}) { user { email displayName } } }`, { t: token });
    expect(accepted.data!.acceptInvitation.user).toEqual({ email: 'dana@northwind.demo', displayName: 'Dana Agent' });
    expect(await login(server.graphqlUrl, 'dana@northwind.demo', 'northwind', 'correct horse battery')).toMatch(/^ey/);
    // single use
    const again = await gql(server.graphqlUrl, `mutation($t: String!) { acceptInvitation(input: {token: $t, password: "correct horse battery 2"}) { accessToken } }`, { t: token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
  });

  it('refuses duplicates (CONFLICT), bad input (BAD_USER_INPUT) and writes no audit row for them', async () => {
    const dup = await audited(`mutation { createUser(input: {email: "agent@northwind.demo", displayName: "Dup", role: AGENT}) { user { id } } }`, {}, admin);
    expect(codeOf(dup.r)).toBe('CONFLICT');
    expect(dup.added).toBe(0);
    const bad = await audited(`mutation { createUser(input: {email: "not-an-email", displayName: "X", role: AGENT}) { user { id } } }`, {}, admin);
    expect(codeOf(bad.r)).toBe('BAD_USER_INPUT');
    expect(bad.r.errors![0].extensions!.field).toBe('email');
    expect(bad.added).toBe(0);
    const platformRole = await audited(`mutation { createUser(input: {email: "p@northwind.demo", displayName: "P", role: PLATFORM_ADMIN}) { user { id } } }`, {}, admin);
    expect(codeOf(platformRole.r)).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN for a manager, and NOT_FOUND across tenants', async () => {
    expect(codeOf(await gql(server.graphqlUrl, `mutation { createUser(input: {email: "m@northwind.demo", displayName: "M", role: AGENT}) { user { id } } }`, {}, { token: manager }))).toBe('FORBIDDEN');
    const id = await userId(DEMO.northwind.agent);
    const cross = await audited(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { displayName } } }`, { i: { id, displayName: 'Hijacked' } }, harborAdmin);
    expect(codeOf(cross.r)).toBe('NOT_FOUND');
    expect(cross.added).toBe(0);
    expect((await sql(db, 'select display_name from users where id = $1', [id]))[0]).toEqual({ display_name: 'Ada Agent' });
  });
});

describe('updates and deactivation', () => {
  it('records before/after of changed fields only; a role change signs the user out', async () => {
    const id = await userId('agent3@northwind.demo');
    const token = await login(server.graphqlUrl, 'agent3@northwind.demo', 'northwind');
    const { r, added } = await audited(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { role team } } }`, { i: { id, role: 'MANAGER', team: 'Returns' } }, admin);
    expect(r.data!.updateUser.user).toEqual({ role: 'MANAGER', team: 'Returns' });
    expect(added).toBe(1);
    const row = await lastAudit();
    expect(row).toMatchObject({ action: 'user.updated', resource_id: id, before: { role: 'AGENT' }, after: { role: 'MANAGER' } });
    expect(codeOf(await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('keeps at least one active admin and refuses self-deactivation', async () => {
    const adminId = await userId(DEMO.northwind.admin);
    const self = await audited(`mutation($i: UserIdInput!) { deactivateUser(input: $i) { user { active } } }`, { i: { id: adminId } }, admin);
    expect(codeOf(self.r)).toBe('BAD_USER_INPUT');
    const demote = await audited(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { role } } }`, { i: { id: adminId, role: 'AGENT' } }, admin);
    expect(codeOf(demote.r)).toBe('CONFLICT');
    expect(self.added + demote.added).toBe(0);
  });

  it('updates my own profile and availability', async () => {
    const token = await asAgent(server);
    const { r, added } = await audited(`mutation { updateMyProfile(input: {availability: BUSY, displayName: "Ada L."}) { user { displayName availability } } }`, {}, token);
    expect(r.data!.updateMyProfile.user).toEqual({ displayName: 'Ada L.', availability: 'BUSY' });
    expect(added).toBe(1);
  });

  it('shows the permission matrix to staff', async () => {
    const r = await gql(server.graphqlUrl, `{ permissionMatrix { permissions roles { role permissions } } }`, {}, { token: manager });
    const agent = r.data!.permissionMatrix.roles.find((x: any) => x.role === 'AGENT');
    expect(agent.permissions).toContain('conversations.reply');
    expect(agent.permissions).not.toContain('users.create');
  });
});

describe('tenants', () => {
  it('self-service registration creates a company and signs its admin in', async () => {
    const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { tenant { slug name status } session { accessToken user { email role } } } }`, {
      i: { companyName: 'Acme Widgets', slug: 'acme', adminEmail: 'founder@acme.test', adminName: 'Founder', password: 'a-long-enough-password' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.registerTenant.tenant).toEqual({ slug: 'acme', name: 'Acme Widgets', status: 'ACTIVE' });
    expect(r.data!.registerTenant.session.user).toEqual({ email: 'founder@acme.test', role: 'TENANT_ADMIN' });
    const token = r.data!.registerTenant.session.accessToken;
    const users = await gql(server.graphqlUrl, `{ users { totalCount } }`, {}, { token });
    expect(users.data!.users.totalCount).toBe(1);
    const taken = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { tenant { id } } }`, {
      i: { companyName: 'Other', slug: 'acme', adminEmail: 'x@y.test', adminName: 'X', password: 'a-long-enough-password' },
    });
    expect(codeOf(taken)).toBe('CONFLICT');
  });

  it('platform admins create tenants with an invited admin; tenant admins may not', async () => {
    const platform = await asPlatformAdmin(server);
    const r = await gql(server.graphqlUrl, `mutation { createTenant(input: {slug: "globex", name: "Globex", adminEmail: "boss@globex.test", adminName: "Boss"}) { tenant { slug } invitation { token } } }`, {}, { token: platform });
    expect(r.data!.createTenant.tenant.slug).toBe('globex');
    expect(r.data!.createTenant.invitation.token).toMatch(/^inv_/);
    expect(codeOf(await gql(server.graphqlUrl, `mutation { createTenant(input: {slug: "nope", name: "N", adminEmail: "a@b.test", adminName: "A"}) { tenant { id } } }`, {}, { token: admin }))).toBe('FORBIDDEN');
  });

  it('shows the identity-verification secret to admins only', async () => {
    await gql(server.graphqlUrl, `mutation { rotateIdentitySecret(input: {}) { tenant { id } } }`, {}, { token: admin });
    const a = await gql(server.graphqlUrl, `{ viewer { tenant { identityVerification { required secret } } } }`, {}, { token: admin });
    expect(a.data!.viewer.tenant.identityVerification.secret).toMatch(/^whs_/);
    const m = await gql(server.graphqlUrl, `{ viewer { tenant { identityVerification { secret } } } }`, {}, { token: manager });
    expect(codeOf(m)).toBe('FORBIDDEN');
    expect(JSON.stringify(m.data)).not.toMatch(/whs_/);
  });
});
