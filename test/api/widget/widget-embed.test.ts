// Tenants embed the widget on their own sites: /widget.js is served to any origin, and the
// GraphQL endpoint answers CORS preflights (bearer tokens, never cookies, so `*` is safe).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';

let server: TestServer;
let bare: TestServer;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'sb-web-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dist, 'widget.js'), '(function(){ /* the widget */ })();');
  server = await startTestServer({ env: { WEB_DIST: dist } });
  bare = await startTestServer();
});

describe('embedding the widget', () => {
  it('serves /widget.js to any origin, not the app page', async () => {
    const r = await fetch(`${server.url}/widget.js`, { headers: { origin: 'https://shop.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(await r.text()).toContain('the widget');
    const missing = await fetch(`${bare.url}/widget.js`);
    expect(missing.status).toBe(404);
  });

  it('answers CORS preflights and cross-origin requests on /graphql', async () => {
    const pre = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(await r.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
