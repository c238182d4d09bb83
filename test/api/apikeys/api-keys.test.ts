// Partner API keys: created by tenant admins (secret shown once, only its hash stored), used over
// HTTP and graphql-ws with exactly their scopes inside their tenant, revoked everywhere at once.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { asPlatformAdmin } from '../../helpers/as.js';

let server: TestServer;
let dbUrl: string;
let admin: string;
let agent: string;
let harborAdmin: string;
let platformAdmin: string;
let northwindId: string;
let harborId: string;

const KEY_FIELDS = `id name prefix scopes createdAt lastUsedAt revokedAt createdBy { email }`;
const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } } }`;
const REVOKE = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { ${KEY_FIELDS} } } }`;
const LIST = `query($filter: ApiKeyFilter, $first: Int, $after: String) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${KEY_FIELDS} } } } }`;
const KEY_FORMAT = /^sb_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function createKey(token: string, input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, CREATE, { input }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.createApiKey as { secret: string; apiKey: Record<string, any> };
}

const auditRows = (resourceId: string) =>
  sql<{ action: string; actor_kind: string; actor_id: string | null; tenant_id: string; before: any; after: any }>(
    dbUrl,
    `select action, actor_kind, actor_id, tenant_id, before, after from audit_logs where resource_id = $1 order by at, id`,
    [resourceId],
  );
const auditCount = async () => Number((await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`))[0].n);

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
  [admin, agent, harborAdmin, platformAdmin] = await Promise.all([
    login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug),
    login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug),
    asPlatformAdmin(server),
  ]);
  const tenants = await sql<{ id: string; slug: string }>(dbUrl, `select id, slug from tenants`);
  northwindId = tenants.find((t) => t.slug === 'northwind')!.id;
  harborId = tenants.find((t) => t.slug === 'harbor-bank')!.id;
});

describe('createApiKey', () => {
  it('returns the whole key once, stores only its SHA-256, and audits without the secret', async () => {
    const { secret, apiKey } = await createKey(admin, { name: '  CRM sync ', scopes: ['users.view', 'tenants.view', 'users.view'] });
    const m = KEY_FORMAT.exec(secret);
    expect(m).not.toBeNull();
    expect(apiKey).toMatchObject({ name: 'CRM sync', prefix: m![1], scopes: ['tenants.view', 'users.view'], lastUsedAt: null, revokedAt: null, createdBy: { email: DEMO.northwind.admin } });
    expect(Object.keys(apiKey)).not.toContain('secret');

    const [row] = await sql<Record<string, unknown>>(dbUrl, `select * from api_keys where id = $1`, [apiKey.id]);
    expect(row.tenant_id).toBe(northwindId);
    expect(row.secret_hash).toBe(sha256(secret));
    expect(row.scopes).toEqual(['tenants.view', 'users.view']);
    // Neither the whole key nor its secret part is anywhere in the table.
    const leaks = await sql(dbUrl, `select id from api_keys where strpos(row_to_json(api_keys)::text, $1) > 0 or strpos(row_to_json(api_keys)::text, $2) > 0`, [secret, m![2]]);
    expect(leaks).toEqual([]);

    const audit = await auditRows(apiKey.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'apikey.created', actor_kind: 'USER', tenant_id: northwindId, before: null, after: { name: 'CRM sync', prefix: m![1], scopes: ['tenants.view', 'users.view'] } });
    const auditText = JSON.stringify(await sql(dbUrl, `select * from audit_logs where resource_id = $1`, [apiKey.id]));
    expect(auditText).not.toContain(m![2]);
    expect(auditText).not.toContain(sha256(secret));
  });

  it('refuses scopes outside the creator’s permissions, unknown or empty scopes, and bad names — writing nothing', async () => {
    const rowsBefore = await auditCount();
    const keysBefore = (await sql(dbUrl, `select id from api_keys`)).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x', scopes: ['tenants.manage'] }, 'scopes'], // platform only: a tenant admin lacks it
      [{ name: 'x', scopes: ['users.view', 'no.such'] }, 'scopes'],
      [{ name: 'x', scopes: [] }, 'scopes'],
      [{ name: '   ', scopes: ['users.view'] }, 'name'],
      [{ name: 'x'.repeat(101), scopes: ['users.view'] }, 'name'],
    ];
    for (const [input, field] of cases) {
      const r = await gql(server.graphqlUrl, CREATE, { input }, { token: admin });
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe(field);
    }
    expect(await auditCount()).toBe(rowsBefore);
    expect(await sql(dbUrl, `select id from api_keys`)).toHaveLength(keysBefore);
  });

  it('is FORBIDDEN to an agent (create, list and revoke)', async () => {
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { input: { name: 'mine', scopes: ['users.view'] } }, { token: agent }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}, { token: agent }))).toBe('FORBIDDEN');
    const [key] = await sql<{ id: string }>(dbUrl, `select id from api_keys where tenant_id = $1 limit 1`, [northwindId]);
    expect(codeOf(await gql(server.graphqlUrl, REVOKE, { input: { id: key.id } }, { token: agent }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('lets a platform admin create a key for a tenant they name', async () => {
    const missing = await gql(server.graphqlUrl, CREATE, { input: { name: 'ops', scopes: ['users.view'] } }, { token: platformAdmin });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.field).toBe('tenantId');
    const unknown = await gql(server.graphqlUrl, CREATE, { input: { name: 'ops', scopes: ['users.view'], tenantId: '00000000-0000-4000-8000-000000000000' } }, { token: platformAdmin });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const { apiKey } = await createKey(platformAdmin, { name: 'ops', scopes: ['users.view'], tenantId: harborId });
    const [row] = await sql<{ tenant_id: string }>(dbUrl, `select tenant_id from api_keys where id = $1`, [apiKey.id]);
    expect(row.tenant_id).toBe(harborId);
    expect((await auditRows(apiKey.id))[0]).toMatchObject({ action: 'apikey.created', tenant_id: harborId });
    // A tenant admin naming another tenant gets NOT_FOUND.
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { input: { name: 'x', scopes: ['users.view'], tenantId: harborId } }, { token: admin }))).toBe('NOT_FOUND');
  });
});

describe('using a key', () => {
  let key: string;
  let keyId: string;

  beforeAll(async () => {
    const created = await createKey(admin, { name: 'Partner', scopes: ['users.view', 'tenants.view'] });
    key = created.secret;
    keyId = created.apiKey.id;
  });

  it('reads what its scopes allow over HTTP, inside its own tenant only', async () => {
    const r = await gql(server.graphqlUrl, `{ viewer { kind permissions tenant { id } } users(first: 100) { totalCount edges { node { email tenant { slug } } } } }`, {}, { token: key });
    expect(r.errors).toBeUndefined();
    expect(r.data!.viewer).toEqual({ kind: 'apiKey', tenant: { id: northwindId }, permissions: ['tenants.view', 'users.view'] });
    expect(r.data!.users.totalCount).toBeGreaterThan(0);
    expect(new Set(r.data!.users.edges.map((e: any) => e.node.tenant.slug))).toEqual(new Set(['northwind']));
    expect(r.data!.users.edges.map((e: any) => e.node.email)).not.toContain(DEMO.harbor.admin);
    // Harbor's rows: NOT_FOUND, exactly like unknown ones.
    expect(codeOf(await gql(server.graphqlUrl, `query($t: ID) { users(tenantId: $t) { totalCount } }`, { t: harborId }, { token: key }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { tenant(id: $id) { name } }`, { id: harborId }, { token: key }))).toBe('NOT_FOUND');
    const [harborUser] = await sql<{ id: string }>(dbUrl, `select id from users where tenant_id = $1 limit 1`, [harborId]);
    expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { user(id: $id) { email } }`, { id: harborUser.id }, { token: key }))).toBe('NOT_FOUND');
  });

  it('is FORBIDDEN outside its scopes', async () => {
    const r = await gql(server.graphqlUrl, LIST, {}, { token: key });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
    expect(codeOf(await gql(server.graphqlUrl, `{ auditLogs { totalCount } }`, {}, { token: key }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { input: { name: 'child', scopes: ['users.view'] } }, { token: key }))).toBe('FORBIDDEN');
  });

  it('records when it was last used', async () => {
    await until(async () => {
      const [row] = await sql<{ last_used_at: Date | null }>(dbUrl, `select last_used_at from api_keys where id = $1`, [keyId]);
      return row.last_used_at !== null;
    }, 5000, () => 'last_used_at was never set');
    const r = await gql(server.graphqlUrl, `query($f: ApiKeyFilter) { apiKeys(filter: $f, first: 100) { edges { node { id lastUsedAt } } } }`, { f: { revoked: false } }, { token: admin });
    const node = r.data!.apiKeys.edges.find((e: any) => e.node.id === keyId).node;
    expect(Date.parse(node.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('is UNAUTHENTICATED (401) when tampered with or unknown', async () => {
    const last = key.at(-1)!;
    const tampered = key.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const unknownPrefix = `sb_${'Z'.repeat(12)}_${key.split('_').slice(2).join('_')}`;
    for (const bad of [tampered, unknownPrefix]) {
      const r = await gql(server.graphqlUrl, `{ users { totalCount } }`, {}, { token: bad });
      expect(r.status).toBe(401);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    // The genuine key still works.
    expect((await gql(server.graphqlUrl, `{ users { totalCount } }`, {}, { token: key })).errors).toBeUndefined();
  });

  it('subscribes over graphql-ws; revoking refuses the next request and closes the socket within a second', async () => {
    const client = wsClient(server.wsUrl, key);
    const closes: number[] = [];
    client.on('closed', (event) => closes.push((event as { code: number }).code));
    const sub = subscribe(client, `subscription { tenantUpdated { name } }`);
    await until(() => server.http.subscriptionCount() >= 1);
    const update = await gql(server.graphqlUrl, `mutation { updateTenant(input: { name: "Northwind via key" }) { tenant { name } } }`, {}, { token: admin });
    expect(update.errors).toBeUndefined();
    expect(await sub.waitFor(1)).toEqual([{ tenantUpdated: { name: 'Northwind via key' } }]);

    const revoked = await gql(server.graphqlUrl, REVOKE, { input: { id: keyId } }, { token: admin });
    const revokedAt = Date.now();
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey.apiKey).toMatchObject({ id: keyId, name: 'Partner' });
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();

    const after = await gql(server.graphqlUrl, `{ users { totalCount } }`, {}, { token: key });
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');

    await until(() => closes.length > 0, 1000, () => 'the socket of the revoked key stayed open');
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    expect(closes[0]).toBe(4401);
    await until(() => server.http.subscriptionCount() === 0, 1000);
    // A new socket with the revoked key is refused as well.
    const again = wsClient(server.wsUrl, key);
    const refused = subscribe(again, `subscription { tenantUpdated { name } }`);
    await refused.waitForError();
    expect(refused.events).toEqual([]);
    await again.dispose();
    await client.dispose();
  });

  it('revoking again is harmless and writes one audit row per call', async () => {
    const [{ revoked_at: first }] = await sql<{ revoked_at: Date }>(dbUrl, `select revoked_at from api_keys where id = $1`, [keyId]);
    const r = await gql(server.graphqlUrl, REVOKE, { input: { id: keyId } }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(Date.parse(r.data!.revokeApiKey.apiKey.revokedAt)).toBe(first.getTime());
    const audit = (await auditRows(keyId)).filter((a) => a.action === 'apikey.revoked');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_kind: 'USER', tenant_id: northwindId, before: { revokedAt: null } });
    expect(Date.parse(audit[0].after.revokedAt)).toBe(first.getTime());
  });

  it('lists keys newest first and filters by revoked', async () => {
    const a = await createKey(admin, { name: 'Older', scopes: ['users.view'] });
    const b = await createKey(admin, { name: 'Newer', scopes: ['users.view'] });
    const all = await gql(server.graphqlUrl, LIST, { first: 100 }, { token: admin });
    expect(all.errors).toBeUndefined();
    const ids = all.data!.apiKeys.edges.map((e: any) => e.node.id);
    expect(ids.indexOf(b.apiKey.id)).toBeLessThan(ids.indexOf(a.apiKey.id));
    const dates = all.data!.apiKeys.edges.map((e: any) => Date.parse(e.node.createdAt));
    expect([...dates].sort((x, y) => y - x)).toEqual(dates);
    expect(all.data!.apiKeys.totalCount).toBe(ids.length);

    const revoked = await gql(server.graphqlUrl, LIST, { filter: { revoked: true } }, { token: admin });
    expect(revoked.data!.apiKeys.edges.map((e: any) => e.node.id)).toEqual([keyId]);
    const active = await gql(server.graphqlUrl, LIST, { filter: { revoked: false }, first: 100 }, { token: admin });
    const activeIds = active.data!.apiKeys.edges.map((e: any) => e.node.id);
    expect(activeIds).not.toContain(keyId);
    expect(activeIds).toEqual(expect.arrayContaining([a.apiKey.id, b.apiKey.id]));

    // Paging: one at a time visits the same keys in the same order.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(server.graphqlUrl, LIST, { first: 1, after }, { token: admin });
      paged.push(...page.data.apiKeys.edges.map((e: any) => e.node.id));
      after = page.data.apiKeys.pageInfo.hasNextPage ? page.data.apiKeys.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(ids);

    // One statement per list once the session's auth state is cached.
    const warm = await gql(server.graphqlUrl, LIST, { first: 100 }, { token: admin });
    expect(warm.extensions!.sqlStatements).toBe(1);
  });
});

describe('tenant isolation', () => {
  it('harbor’s admin neither lists nor revokes northwind keys', async () => {
    const { apiKey } = await createKey(admin, { name: 'Northwind only', scopes: ['users.view'] });
    const list = await gql(server.graphqlUrl, LIST, { first: 100 }, { token: harborAdmin });
    expect(list.errors).toBeUndefined();
    const harborIds = list.data!.apiKeys.edges.map((e: any) => e.node.id);
    expect(harborIds).not.toContain(apiKey.id);
    const northwindKeys = await sql<{ id: string }>(dbUrl, `select id from api_keys where tenant_id = $1`, [northwindId]);
    for (const { id } of northwindKeys) expect(harborIds).not.toContain(id);

    const rowsBefore = await auditCount();
    for (const id of [apiKey.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await gql(server.graphqlUrl, REVOKE, { input: { id } }, { token: harborAdmin });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe('API key not found');
    }
    expect(await auditCount()).toBe(rowsBefore);
    const [row] = await sql<{ revoked_at: Date | null }>(dbUrl, `select revoked_at from api_keys where id = $1`, [apiKey.id]);
    expect(row.revoked_at).toBeNull();
  });

  it('a key with apikeys.manage creates keys only within its own scopes and tenant', async () => {
    const { secret } = await createKey(admin, { name: 'Provisioner', scopes: ['apikeys.manage', 'users.view'] });
    const wider = await gql(server.graphqlUrl, CREATE, { input: { name: 'wider', scopes: ['audit.view'] } }, { token: secret });
    expect(codeOf(wider)).toBe('BAD_USER_INPUT');
    expect(wider.errors![0].extensions!.field).toBe('scopes');
    const child = await createKey(secret, { name: 'child', scopes: ['users.view'] });
    expect(child.apiKey.createdBy).toBeNull();
    const [row] = await sql<{ tenant_id: string }>(dbUrl, `select tenant_id from api_keys where id = $1`, [child.apiKey.id]);
    expect(row.tenant_id).toBe(northwindId);
    expect((await auditRows(child.apiKey.id))[0]).toMatchObject({ action: 'apikey.created', actor_kind: 'API_KEY' });
    const listed = await gql(server.graphqlUrl, LIST, { first: 100 }, { token: secret });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.apiKeys.edges.map((e: any) => e.node.id)).toContain(child.apiKey.id);
  });
});
