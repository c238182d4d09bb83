// Persisted operations (issue 17): automatic persisted queries (Apollo's APQ protocol: a hash
// miss, the text registered once, then GET by hash), and the tenant setting that lets widget
// sessions run only the widget's own operations (api/src/persisted/operations.json).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asWidget } from '../../helpers/as.js';
import { subscribe, wsClient } from '../../helpers/ws.js';
import * as widgetDocuments from '../../../web/widget/documents.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const manifest = JSON.parse(readFileSync(new URL('../../../api/src/persisted/operations.json', import.meta.url), 'utf8')) as { widget: Record<string, string>; operationNames: string[] };
const widgetDoc = (name: string) => Object.values(manifest.widget).find((d) => d.includes(` ${name}`) && d.startsWith(`query ${name}`) || d.startsWith(`subscription ${name}`) || d.startsWith(`mutation ${name}`))!;

/** A GET by hash only, as the web app and widget send queries (with Apollo's CSRF header). */
async function getByHash(query: string, variables: Record<string, unknown> = {}, token?: string, csrf = true) {
  const params = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }) });
  const res = await fetch(`${server.graphqlUrl}?${params}`, {
    headers: { ...(csrf ? { 'apollo-require-preflight': 'true' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, any> }[] } };
}

describe('automatic persisted queries', () => {
  it('a hash the server does not know: PersistedQueryNotFound; registered once with its text; then GET by hash alone answers', async () => {
    const token = await asAgent(server);
    const query = `query ApqProbe${Date.now()} { viewer { user { id email } } }`;
    const miss = await getByHash(query, {}, token);
    expect(miss.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(miss.body.data).toBeUndefined();

    const register = await gql(server.graphqlUrl, query, {}, { token, headers: { 'x-apollo-operation-name': 'ApqProbe' }, ...{} });
    expect(register.errors).toBeUndefined();
    // The protocol's registration: the text and its hash together.
    const withHash = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
    });
    expect(((await withHash.json()) as { data: unknown }).data).toEqual(register.data);

    const hit = await getByHash(query, {}, token);
    expect(hit.status).toBe(200);
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(register.data);
    // One agent's data: no browser or proxy cache may keep it. An anonymous GET carries no such header.
    expect(hit.cacheControl).toBe('private, no-store');
    const publicQuery = `query ApqPublic${Date.now()} { serverInfo { name } }`;
    await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: publicQuery, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(publicQuery) } } }) });
    const anonymous = await getByHash(publicQuery);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.cacheControl).toBeNull();
  });

  it('refuses a hash that does not match the text, and a GET without the CSRF header', async () => {
    const bad = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } }),
    });
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const noCsrf = await getByHash('{ __typename }', {}, undefined, false);
    expect(noCsrf.status).toBe(400);
  });
});

describe("widget sessions of a tenant that accepts only the widget's own operations", () => {
  it('run any public document while the setting is off, only the safelist once it is on, and staff are never affected', async () => {
    const admin = await asAdmin(server);
    const widget = await asWidget(server);
    const foreign = '{ myConversations { id status } }';
    const own = widgetDoc('MyConversations');
    expect(own).toBeDefined();

    expect((await gql(server.graphqlUrl, foreign, {}, { token: widget.token })).errors).toBeUndefined();
    const setting = (on: boolean) =>
      gql(server.graphqlUrl, 'mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { widgetOperationsSafelisted } } }', { i: { widgetOperationsSafelisted: on } }, { token: admin });
    expect((await setting(true)).data?.updateTenant.tenant.widgetOperationsSafelisted).toBe(true);

    const refused = await gql(server.graphqlUrl, foreign, {}, { token: widget.token });
    expect(codeOf(refused)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(refused.errors![0].message).toMatch(/widget's own operations/);
    expect(refused.data ?? null).toBeNull();
    // Refused before any resolver: nothing but the (cached) credential check touches the database.
    const again = await gql(server.graphqlUrl, foreign, {}, { token: widget.token });
    expect(codeOf(again)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(again.extensions?.sqlStatements).toBe(0);

    // The widget's own document, as text (POST) and by hash (GET, once the server knows it).
    const ownText = await gql(server.graphqlUrl, own, {}, { token: widget.token });
    expect(ownText.errors).toBeUndefined();
    expect(Array.isArray(ownText.data?.myConversations)).toBe(true);
    await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${widget.token}` }, body: JSON.stringify({ query: own, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(own) } } }) });
    const ownHash = await getByHash(own, {}, widget.token);
    expect(ownHash.body.errors).toBeUndefined();

    // A foreign document by hash is refused too (after registering its text).
    const foreignByHash = await getByHash(foreign, {}, widget.token);
    expect(foreignByHash.body.errors?.[0].extensions?.code).toMatch(/PERSISTED_QUERY_NOT_(FOUND|ALLOWED)/);

    // Subscriptions over graphql-ws: only the widget's own.
    const ws = wsClient(server.wsUrl, widget.token);
    const foreignSub = subscribe(ws, 'subscription($c: ID!) { typing(conversationId: $c) { typing } }', { c: '00000000-0000-4000-8000-000000000000' });
    const err = (await foreignSub.waitForError()) as { extensions?: { code?: string } }[];
    expect(err[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    await ws.dispose();

    // Staff run anything, whatever the setting.
    expect((await gql(server.graphqlUrl, '{ viewer { user { id } } }', {}, { token: admin })).errors).toBeUndefined();

    // Off again: the foreign document runs.
    await setting(false);
    expect((await gql(server.graphqlUrl, foreign, {}, { token: widget.token })).errors).toBeUndefined();
  });

  it('the safelist holds every widget document, hashed as the widget sends it', () => {
    for (const [hash, text] of Object.entries(manifest.widget)) expect(sha256(text)).toBe(hash);
    // One entry per document the widget imports (a new widget operation must reach the safelist: npm run persisted).
    expect(Object.keys(manifest.widget)).toHaveLength(Object.values(widgetDocuments).filter((d) => (d as { kind?: string }).kind === 'Document').length);
    expect(manifest.operationNames).toEqual(expect.arrayContaining(['MyConversations', 'WidgetConfig', 'WidgetSettings']));
  });
});
