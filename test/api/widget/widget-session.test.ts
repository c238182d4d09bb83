// The chat widget's public surface: configuration by widget key, widget sessions (anonymous,
// resumed, identified by HMAC), and what a widget token may — and may not — reach.
import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { cloneDatabase, fileDatabaseUrl, sql } from '../../helpers/db.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, wsClient } from '../../helpers/ws.js';

let server: TestServer;
let db: string;
const keys = { northwind: '', harbor: '' };
const ids = { northwind: '', harbor: '' };
// northwind: requires identity verification; harbor-bank: has a secret but does not require it.
const SECRETS = { northwind: 'northwind-identity-secret-0123456789', harbor: 'harbor-identity-secret-9876543210' };
const hmac = (secret: string, value: string) => createHmac('sha256', secret).update(value).digest('hex');

const CONFIG = `query($key: String!) { widgetConfig(widgetKey: $key) { tenantName assistantName greeting identityVerificationRequired branding { primaryColor backgroundColor logoUrl position welcomeMessage } } }`;
const START = `mutation($input: StartWidgetSessionInput!) { startWidgetSession(input: $input) { token expiresAt contact { id name email identified } } }`;
const ME = `{ widgetContact { id name email identified } }`;

interface Session {
  token: string;
  expiresAt: string;
  contact: { id: string; name: string | null; email: string | null; identified: boolean };
}

async function start(input: Record<string, unknown>): Promise<Session> {
  const r = await gql<{ startWidgetSession: Session }>(server.graphqlUrl, START, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.startWidgetSession;
}

const countAudit = async () =>
  Number((await sql<{ n: string }>(db, `select count(*) as n from audit_logs where action = 'widget.session_started'`))[0].n);
const countContacts = async () => Number((await sql<{ n: string }>(db, `select count(*) as n from contacts`))[0].n);

beforeAll(async () => {
  server = await startTestServer();
  db = await fileDatabaseUrl();
  for (const [name, slug] of [['northwind', 'northwind'], ['harbor', 'harbor-bank']] as const) {
    const [row] = await sql<{ id: string; widget_key: string }>(db, `select id, widget_key from tenants where slug = $1`, [slug]);
    keys[name] = row.widget_key;
    ids[name] = row.id;
    await sql(db, `update tenants set identity_secret_encrypted = $1, require_identity_verification = $2 where id = $3`, [
      server.services.secretBox.encrypt(SECRETS[name]),
      name === 'northwind',
      row.id,
    ]);
  }
});

describe('widgetConfig', () => {
  it('returns the public configuration for a widget key, without signing in', async () => {
    const r = await gql(server.graphqlUrl, CONFIG, { key: keys.northwind });
    expect(r.errors).toBeUndefined();
    const [tenant] = await sql<{ name: string; branding: Record<string, unknown>; assistant: { name: string; greeting: string } }>(
      db, `select name, branding, assistant from tenants where id = $1`, [ids.northwind],
    );
    expect(r.data!.widgetConfig).toEqual({
      tenantName: tenant.name,
      assistantName: tenant.assistant.name,
      greeting: tenant.assistant.greeting,
      identityVerificationRequired: true,
      branding: {
        primaryColor: tenant.branding.primaryColor,
        backgroundColor: tenant.branding.backgroundColor,
        logoUrl: tenant.branding.logoUrl ?? null,
        position: tenant.branding.position,
        welcomeMessage: tenant.branding.welcomeMessage,
      },
    });
    const harbor = await gql(server.graphqlUrl, CONFIG, { key: keys.harbor });
    expect(harbor.data!.widgetConfig).toMatchObject({ identityVerificationRequired: false });
  });

  it('exposes only public fields', async () => {
    const r = await gql(server.graphqlUrl, `query($key: String!) { widgetConfig(widgetKey: $key) { widgetKey } }`, { key: keys.northwind });
    expect(codeOf(r)).toBe('BAD_USER_INPUT'); // no such field: validation error
  });

  it('is NOT_FOUND for an unknown key', async () => {
    for (const key of ['wk_does-not-exist', '', 'x'.repeat(5000)]) {
      const r = await gql(server.graphqlUrl, CONFIG, { key });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors![0].message).toBe('Widget not found');
    }
  });
});

describe('startWidgetSession', () => {
  it('starts an anonymous session with a widget token and a new contact', async () => {
    const before = await countContacts();
    const s = await start({ widgetKey: keys.northwind, name: '  Ada  ', email: 'Ada@Example.com' });
    expect(s.token).toMatch(/^ey/);
    expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(s.contact).toMatchObject({ name: 'Ada', email: 'ada@example.com', identified: false });
    expect(await countContacts()).toBe(before + 1);
    const [row] = await sql(db, `select tenant_id, external_id, identified from contacts where id = $1`, [s.contact.id]);
    expect(row).toEqual({ tenant_id: ids.northwind, external_id: null, identified: false });
  });

  it('resumes the same contact with contactToken, and starts a new one for a bad token', async () => {
    const first = await start({ widgetKey: keys.northwind });
    const again = await start({ widgetKey: keys.northwind, contactToken: first.token, name: 'Grace' });
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.contact.name).toBe('Grace');
    expect(again.token).not.toBe('');
    const forged = await start({ widgetKey: keys.northwind, contactToken: first.token.slice(0, -4) + 'AAAA' });
    expect(forged.contact.id).not.toBe(first.contact.id);
    const garbage = await start({ widgetKey: keys.northwind, contactToken: 'not-a-token' });
    expect(garbage.contact.id).not.toBe(first.contact.id);
  });

  it('identifies a contact with a valid HMAC and links later sessions to the same contact', async () => {
    const externalId = 'customer-4711';
    const hash = hmac(SECRETS.northwind, externalId);
    const a = await start({ widgetKey: keys.northwind, externalId, identityHash: hash, name: 'Linus' });
    expect(a.contact).toMatchObject({ identified: true, name: 'Linus' });
    // A second device, no contactToken: same contact; name/email updated when given.
    const b = await start({ widgetKey: keys.northwind, externalId, identityHash: hash.toUpperCase(), email: 'linus@example.com' });
    expect(b.contact).toEqual({ id: a.contact.id, name: 'Linus', email: 'linus@example.com', identified: true });
    const rows = await sql(db, `select id, external_id, identified from contacts where external_id = $1`, [externalId]);
    expect(rows).toEqual([{ id: a.contact.id, external_id: externalId, identified: true }]);
    // The same external id in the other tenant (with its own secret) is another contact.
    const harbor = await start({ widgetKey: keys.harbor, externalId, identityHash: hmac(SECRETS.harbor, externalId) });
    expect(harbor.contact.id).not.toBe(a.contact.id);
    expect(harbor.contact.identified).toBe(true);
  });

  it('refuses an invalid HMAC with BAD_USER_INPUT and creates nothing', async () => {
    const externalId = 'customer-victim';
    await start({ widgetKey: keys.northwind, externalId, identityHash: hmac(SECRETS.northwind, externalId) });
    const contacts = await countContacts();
    const audits = await countAudit();
    for (const identityHash of [
      hmac('wrong-secret', externalId),
      hmac(SECRETS.harbor, externalId), // another tenant's secret
      hmac(SECRETS.northwind, externalId + 'x'),
      'abc',
    ]) {
      const r = await gql(server.graphqlUrl, START, { input: { widgetKey: keys.northwind, externalId, identityHash } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('identityHash');
      expect(r.data).toBeNull();
    }
    expect(await countContacts()).toBe(contacts);
    expect(await countAudit()).toBe(audits);
  });

  it('never links an externalId without a hash: refused where verification is required, anonymous where it is not', async () => {
    const externalId = 'customer-known';
    const owner = await start({ widgetKey: keys.northwind, externalId, identityHash: hmac(SECRETS.northwind, externalId) });
    const contactsBefore = await sql(db, `select count(*)::int as n from contacts`);
    // northwind requires verification: a claimed identity without proof is refused, nothing written.
    const intruder = await gql(server.graphqlUrl, START, { input: { widgetKey: keys.northwind, externalId, name: 'Mallory' } });
    expect(intruder.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identityHash' });
    expect(await sql(db, `select count(*)::int as n from contacts`)).toEqual(contactsBefore);
    // …while a visitor who claims no identity still chats, anonymously (a typed email stays unverified).
    const visitor = await start({ widgetKey: keys.northwind, name: 'Visitor', email: 'visitor@example.com' });
    expect(visitor.contact).toMatchObject({ identified: false, email: 'visitor@example.com' });
    // The owner's contact was not touched.
    const [ownerRow] = await sql(db, `select name from contacts where id = $1`, [owner.contact.id]);
    expect(ownerRow.name).toBeNull();

    // harbor-bank has a secret but does not require verification: the claim is ignored, the visitor anonymous.
    const harborOwner = await start({ widgetKey: keys.harbor, externalId, identityHash: hmac(SECRETS.harbor, externalId) });
    const harborIntruder = await start({ widgetKey: keys.harbor, externalId, email: 'someone@example.com' });
    expect(harborIntruder.contact.id).not.toBe(harborOwner.contact.id);
    expect(harborIntruder.contact.identified).toBe(false);
    const [row] = await sql(db, `select external_id, identified from contacts where id = $1`, [harborIntruder.contact.id]);
    expect(row).toEqual({ external_id: null, identified: false });
    expect(await sql(db, `select count(*)::int as n from contacts where external_id = $1`, [externalId])).toEqual([{ n: 2 }]);
  });

  it('validates name, email and externalId, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ email: 'not-an-email' }, 'email'],
      [{ email: `${'a'.repeat(320)}@example.com` }, 'email'],
      [{ externalId: 'e'.repeat(201) }, 'externalId'],
      [{ identityHash: hmac(SECRETS.northwind, 'x') }, 'externalId'],
    ];
    const contacts = await countContacts();
    for (const [input, field] of cases) {
      const r = await gql(server.graphqlUrl, START, { input: { widgetKey: keys.northwind, ...input } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe(field);
    }
    expect(await countContacts()).toBe(contacts);
  });

  it('is NOT_FOUND for an unknown key', async () => {
    const r = await gql(server.graphqlUrl, START, { input: { widgetKey: 'wk_unknown' } });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0].message).toBe('Widget not found');
  });

  it('does not resume a contact of tenant A with tenant B’s widget key', async () => {
    const a = await start({ widgetKey: keys.northwind, name: 'Northwind customer' });
    const b = await start({ widgetKey: keys.harbor, contactToken: a.token });
    expect(b.contact.id).not.toBe(a.contact.id);
    expect(b.contact.name).toBeNull();
    const [row] = await sql(db, `select tenant_id from contacts where id = $1`, [b.contact.id]);
    expect(row.tenant_id).toBe(ids.harbor);
    const [aRow] = await sql(db, `select tenant_id, name from contacts where id = $1`, [a.contact.id]);
    expect(aRow).toEqual({ tenant_id: ids.northwind, name: 'Northwind customer' });
  });

  it('writes exactly one audit row per successful session and none for a failed one', async () => {
    const before = await countAudit();
    const s = await start({ widgetKey: keys.northwind, email: 'audit@example.com', externalId: 'audited', identityHash: hmac(SECRETS.northwind, 'audited') });
    expect(await countAudit()).toBe(before + 1);
    const rows = await sql(db, `select tenant_id, actor_kind, actor_id, resource_type, resource_id, after from audit_logs where action = 'widget.session_started' and resource_id = $1`, [s.contact.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenant_id: ids.northwind, actor_kind: 'CONTACT', actor_id: s.contact.id, resource_type: 'Contact' });
    expect(rows[0].after).toMatchObject({ email: 'audit@example.com', identified: true });
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(s.token);
    expect(stored).not.toContain(hmac(SECRETS.northwind, 'audited'));

    await start({ widgetKey: keys.northwind, contactToken: s.token });
    expect(await countAudit()).toBe(before + 2);

    for (const input of [
      { widgetKey: 'wk_unknown' },
      { widgetKey: keys.northwind, externalId: 'audited', identityHash: hmac('nope', 'audited') },
      { widgetKey: keys.northwind, email: 'bad' },
    ]) {
      expect(codeOf(await gql(server.graphqlUrl, START, { input }))).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    }
    expect(await countAudit()).toBe(before + 2);
  });
});

describe('a widget token', () => {
  it('is a widget viewer with no permissions', async () => {
    const s = await start({ widgetKey: keys.northwind });
    const r = await gql(server.graphqlUrl, `{ viewer { kind permissions role tenant { id } user { id } } }`, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.viewer).toEqual({ kind: 'widget', permissions: [], role: null, tenant: null, user: null });
  });

  it('reads its own contact with widgetContact', async () => {
    const s = await start({ widgetKey: keys.northwind, name: 'Own', email: 'own@example.com' });
    await gql(server.graphqlUrl, ME, {}, { token: s.token }); // warms the per-process auth cache
    const r = await gql(server.graphqlUrl, ME, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.widgetContact).toEqual({ id: s.contact.id, name: 'Own', email: 'own@example.com', identified: false });
    expect(r.extensions?.sqlStatements).toBe(1);
  });

  it('is FORBIDDEN on staff fields', async () => {
    const s = await start({ widgetKey: keys.northwind });
    for (const query of [
      `{ users(first: 5) { totalCount } }`,
      `{ tenants { totalCount } }`,
      `{ tenant(id: "${ids.northwind}") { name } }`,
      `{ apiKeys { totalCount } }`,
      `{ auditLogs { totalCount } }`,
      `{ permissionMatrix { __typename } }`,
    ]) {
      const r = await gql(server.graphqlUrl, query, {}, { token: s.token });
      expect(codeOf(r), query).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const update = await gql(server.graphqlUrl, `mutation { updateTenant(input: { name: "Hijack" }) { tenant { name } } }`, {}, { token: s.token });
    expect(codeOf(update)).toBe('FORBIDDEN');
  });

  it('of northwind gets nothing of harbor-bank', async () => {
    const s = await start({ widgetKey: keys.northwind });
    for (const query of [`{ tenant(id: "${ids.harbor}") { name widgetKey } }`, `{ tenants { edges { node { name } } } }`, `{ users(first: 5) { edges { node { email } } } }`]) {
      const r = await gql(server.graphqlUrl, query, {}, { token: s.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toMatch(/harbor/i);
    }
    const me = await gql(server.graphqlUrl, ME, {}, { token: s.token });
    expect(me.data!.widgetContact.id).toBe(s.contact.id);
    // Staff tokens are not widget tokens: widgetContact is FORBIDDEN to them, UNAUTHENTICATED without a token.
    const harborAdmin = await login(server.graphqlUrl, DEMO.harbor.admin, DEMO.harbor.slug);
    expect(codeOf(await gql(server.graphqlUrl, ME, {}, { token: harborAdmin }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, ME))).toBe('UNAUTHENTICATED');
  });

  it('cannot subscribe to tenantUpdated', async () => {
    const s = await start({ widgetKey: keys.northwind });
    const client = wsClient(server.wsUrl, s.token);
    const sub = subscribe(client, `subscription { tenantUpdated { name } }`);
    const error = await sub.waitForError();
    expect(JSON.stringify(error)).toMatch(/FORBIDDEN/);
    expect(sub.events).toHaveLength(0);
    await client.dispose();
  });
});

describe('a suspended tenant', () => {
  it('answers NOT_FOUND like an unknown key, and its widget tokens stop working', async () => {
    const url = await cloneDatabase('suspend');
    const first = await startTestServer({ databaseUrl: url });
    const [row] = await sql<{ id: string; widget_key: string }>(url, `select id, widget_key from tenants where slug = 'northwind'`);
    const s = await gql(first.graphqlUrl, START, { input: { widgetKey: row.widget_key } });
    const token = s.data!.startWidgetSession.token as string;
    expect(codeOf(await gql(first.graphqlUrl, ME, {}, { token }))).toBeUndefined();
    await sql(url, `update tenants set status = 'SUSPENDED' where id = $1`, [row.id]);
    await first.stop();

    // A fresh server: no cached tenant state.
    const second = await startTestServer({ databaseUrl: url });
    const audits = Number((await sql<{ n: string }>(url, `select count(*) as n from audit_logs where action = 'widget.session_started'`))[0].n);
    const config = await gql(second.graphqlUrl, CONFIG, { key: row.widget_key });
    expect(codeOf(config)).toBe('NOT_FOUND');
    expect(config.errors![0].message).toBe('Widget not found');
    const started = await gql(second.graphqlUrl, START, { input: { widgetKey: row.widget_key, contactToken: token } });
    expect(codeOf(started)).toBe('NOT_FOUND');
    expect(started.errors![0].message).toBe('Widget not found');
    expect(codeOf(await gql(second.graphqlUrl, ME, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(Number((await sql<{ n: string }>(url, `select count(*) as n from audit_logs where action = 'widget.session_started'`))[0].n)).toBe(audits);
    // The other tenant is unaffected.
    const [harbor] = await sql<{ widget_key: string }>(url, `select widget_key from tenants where slug = 'harbor-bank'`);
    expect(codeOf(await gql(second.graphqlUrl, CONFIG, { key: harbor.widget_key }))).toBeUndefined();
  });
});
