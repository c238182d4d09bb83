// Documentation that runs: every example of docs/api.md is executed against a started app with
// the demo data, in document order, as the caller it names — a doc example that stops working
// fails CI. The format is described at the top of docs/api.md ("How the examples run"):
//
//   <!-- example {"as": "apiKey", "variables": {...}, "expect": [...], "save": {...}} -->
//   ```graphql            an operation (query, mutation or subscription)
//   ```sh                 a curl command ($SWITCHBOARD_URL, $API_KEY, … are filled in)
//
// Placeholders: "{{name}}" in variables (a whole string is replaced by the raw value, e.g. a
// number), "{{new:name}}" a fresh UUID made once per name. Values come from the callers set up
// here and from earlier examples' `save`.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { subscribe, wsClient } from '../../helpers/ws.js';
import { DEMO_PASSWORD } from '../../../api/src/boot/seed/demo-tenants.js';

const DOC = new URL('../../../docs/api.md', import.meta.url);

export interface ExampleSpec {
  /** anonymous | admin | manager | agent | apiKey | widget (default admin). */
  as?: string;
  variables?: Record<string, unknown>;
  /** Paths (into `data`, or into the JSON body for curl) that must hold a non-null value, or path → exact value. */
  expect?: string[] | Record<string, unknown>;
  /** name → path: keep a value for later examples ("{{name}}"). */
  save?: Record<string, string>;
  /** The example shows a refusal: the first error's extensions.code. */
  error?: string;
  /** curl: the expected HTTP status (default 200). */
  status?: number;
  /** curl: response headers that must be present. */
  headers?: string[];
  /** Subscriptions: events to wait for (default 1). */
  events?: number;
  /** Subscriptions: run the next example once subscribed (it makes the event happen). */
  trigger?: boolean;
}

export interface Example {
  lang: 'graphql' | 'sh';
  code: string;
  spec: ExampleSpec;
  line: number;
  /** The heading the example sits under. */
  section: string;
}

const SPEC_KEYS = new Set(['as', 'variables', 'expect', 'save', 'error', 'status', 'headers', 'events', 'trigger']);

/** Every ```graphql and ```sh block of the document, with the spec in the comment right above it. */
export function extractExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{1,6}\s+(.*)/.exec(lines[i]);
    if (heading) section = heading[1];
    const fence = /^```(graphql|sh)\s*$/.exec(lines[i]);
    if (!fence) {
      if (/^```/.test(lines[i])) { // skip other blocks whole (they may contain "```graphql" text)
        for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++);
      }
      continue;
    }
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === '') j--;
    let spec: ExampleSpec = {};
    const comment = j >= 0 ? /^<!--\s*example\s*(.*?)\s*-->\s*$/.exec(lines[j]) : null;
    if (comment) spec = comment[1] ? (JSON.parse(comment[1]) as ExampleSpec) : {};
    const unknown = Object.keys(spec).filter((k) => !SPEC_KEYS.has(k));
    if (unknown.length) throw new Error(`docs/api.md:${j + 1}: unknown example option(s) ${unknown.join(', ')}`);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    out.push({ lang: fence[1] as Example['lang'], code: body.join('\n'), spec, line: start + 1, section });
  }
  return out;
}

/** Split a shell command line the way sh would for the quoting curl examples use ('…', "…", \ newline). */
export function shellWords(command: string, env: Record<string, string>): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  const expand = (s: string) => s.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, n: string) => {
    if (!(n in env)) throw new Error(`unknown variable $${n} in a curl example`);
    return env[n];
  });
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === '\\' && command[i + 1] === '\n') { i++; continue; }
    if (/\s/.test(c)) { if (inWord) { words.push(cur); cur = ''; inWord = false; } continue; }
    inWord = true;
    if (c === "'") { const end = command.indexOf("'", i + 1); cur += command.slice(i + 1, end); i = end; }
    else if (c === '"') {
      let s = '';
      for (i++; command[i] !== '"'; i++) { if (command[i] === '\\' && '"\\$`'.includes(command[i + 1])) i++; s += command[i]; }
      cur += expand(s);
    } else if (c === '$') {
      const m = /^\$\{?([A-Z_][A-Z0-9_]*)\}?/.exec(command.slice(i));
      if (!m) { cur += c; continue; }
      cur += expand(m[0]); i += m[0].length - 1;
    } else cur += c;
  }
  if (inWord) words.push(cur);
  return words;
}

function at(value: unknown, path: string): unknown {
  let v: any = value;
  for (const part of path.split('.')) {
    if (v == null) return undefined;
    v = v[/^\d+$/.test(part) ? Number(part) : part];
  }
  return v;
}

function fill(value: unknown, vars: Map<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{([\w:.@-]+)\}\}$/.exec(value);
    if (whole) return lookup(whole[1], vars);
    return value.replace(/\{\{([\w:.@-]+)\}\}/g, (_, n: string) => String(lookup(n, vars)));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

function lookup(name: string, vars: Map<string, unknown>): unknown {
  if (name.startsWith('hmac:')) {
    // {{hmac:secretVar:message}}: hex HMAC-SHA256 of message with the saved secret (identity verification).
    const [, secretVar, ...message] = name.split(':');
    return createHmac('sha256', String(lookup(secretVar, vars))).update(message.join(':')).digest('hex');
  }
  if (name.startsWith('new:')) {
    if (!vars.has(name)) vars.set(name, randomUUID());
    return vars.get(name);
  }
  if (!vars.has(name)) throw new Error(`{{${name}}} is not known here (save it in an earlier example)`);
  return vars.get(name);
}

const TOKEN_OF: Record<string, string | null> = { anonymous: null, admin: 'adminToken', manager: 'managerToken', agent: 'agentToken', apiKey: 'apiKey', widget: 'widgetToken' };

function check(ex: Example, result: { data?: unknown; errors?: { extensions?: { code?: string } }[] }, root: unknown): void {
  const where = `docs/api.md:${ex.line} (${ex.section})`;
  if (ex.spec.error) {
    expect(result.errors?.[0]?.extensions?.code, `${where}: expected ${ex.spec.error}, got ${JSON.stringify(result)}`).toBe(ex.spec.error);
    return;
  }
  expect(result.errors, `${where}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  const e = ex.spec.expect;
  if (Array.isArray(e)) for (const p of e) expect(at(root, p) != null, `${where}: expected a value at ${p} in ${JSON.stringify(root)}`).toBe(true);
  else if (e) for (const [p, v] of Object.entries(e)) expect(at(root, p), `${where}: ${p} in ${JSON.stringify(root)}`).toEqual(fill(v, vars));
}

let server: TestServer;
const vars = new Map<string, unknown>();
const examples = extractExamples(readFileSync(DOC, 'utf8'));

beforeAll(async () => {
  server = await startTestServer();
  const [{ widget_key }] = await sql<{ widget_key: string }>(await fileDatabaseUrl(), 'select widget_key from tenants where slug = $1', [DEMO.northwind.slug]);
  vars.set('widgetKey', widget_key);
  vars.set('tenantSlug', DEMO.northwind.slug);
  vars.set('adminEmail', DEMO.northwind.admin);
  vars.set('agentEmail', DEMO.northwind.agent);
  vars.set('password', DEMO_PASSWORD);
  vars.set('adminToken', await login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug));
  vars.set('managerToken', await login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug));
  vars.set('agentToken', await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug));
  // Fallbacks for examples that run as a partner or a widget before (or without) the examples
  // that create those credentials: the doc's own createApiKey / startWidgetSession replace them.
  const key = await gql(server.graphqlUrl, 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }', { i: { name: 'docs fallback', scopes: ['tickets.view', 'conversations.view'] } }, { token: vars.get('adminToken') as string });
  vars.set('apiKey', key.data!.createApiKey.secret);
  const w = await gql(server.graphqlUrl, 'mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }', { i: { widgetKey: widget_key, name: 'Docs Reader' } });
  vars.set('widgetToken', w.data!.startWidgetSession.token);
});

async function runGraphql(ex: Example): Promise<void> {
  const tokenName = TOKEN_OF[ex.spec.as ?? 'admin'];
  if (tokenName === undefined) throw new Error(`docs/api.md:${ex.line}: unknown caller "${ex.spec.as}"`);
  const token = tokenName ? (lookup(tokenName, vars) as string) : undefined;
  const variables = fill(ex.spec.variables ?? {}, vars) as Record<string, unknown>;
  if (/^\s*subscription\b/m.test(ex.code) && !/^\s*(query|mutation)\b/m.test(ex.code)) {
    const client = wsClient(server.wsUrl, token);
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    try {
      const sub = subscribe(client, ex.code, variables);
      if (ex.spec.trigger) {
        // The socket is acknowledged and the subscribe message on its way: give the server a
        // moment to register it before the change it should see happens.
        await Promise.race([connected, new Promise((r) => setTimeout(r, 5_000))]);
        await new Promise((r) => setTimeout(r, 300));
        const next = examples[examples.indexOf(ex) + 1];
        consumed.add(next);
        await run(next);
      }
      const want = ex.spec.events ?? 1;
      if (ex.spec.error) {
        const err = (await sub.waitForError()) as { extensions?: { code?: string } }[];
        expect(err[0]?.extensions?.code, `docs/api.md:${ex.line}`).toBe(ex.spec.error);
        return;
      }
      const events = await sub.waitFor(want);
      check(ex, { data: events[0] }, events[0]);
      save(ex, events[0]);
      sub.close();
    } finally {
      await client.dispose();
    }
    return;
  }
  const r = await gql(server.graphqlUrl, ex.code, variables, { token });
  check(ex, r, r.data);
  save(ex, r.data);
}

async function runCurl(ex: Example): Promise<void> {
  const env: Record<string, string> = {
    SWITCHBOARD_URL: server.url,
    API_KEY: lookup('apiKey', vars) as string,
    ACCESS_TOKEN: lookup('adminToken', vars) as string,
    WIDGET_TOKEN: lookup('widgetToken', vars) as string,
    WIDGET_KEY: lookup('widgetKey', vars) as string,
  };
  const words = shellWords(ex.code.trim(), env);
  expect(words[0], `docs/api.md:${ex.line}: a sh example is one curl command`).toBe('curl');
  const headers: Record<string, string> = {};
  let url = '';
  let method: string | undefined;
  let body: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === '-H' || w === '--header') { const h = words[++i]; const k = h.indexOf(':'); headers[h.slice(0, k).trim().toLowerCase()] = h.slice(k + 1).trim(); }
    else if (w === '-d' || w === '--data' || w === '--data-raw' || w === '--json') { body = words[++i]; if (w === '--json') headers['content-type'] ??= 'application/json'; }
    else if (w === '-X' || w === '--request') method = words[++i];
    else if (/^-[sSfi]+$/.test(w) || w === '--silent' || w === '--show-error' || w === '--fail') continue;
    else if (w.startsWith('-')) throw new Error(`docs/api.md:${ex.line}: curl option ${w} is not understood by the examples test`);
    else url = w;
  }
  const res = await fetch(url, { method: method ?? (body !== undefined ? 'POST' : 'GET'), headers, body });
  const text = await res.text();
  expect(res.status, `docs/api.md:${ex.line}: ${text}`).toBe(ex.spec.status ?? 200);
  for (const h of ex.spec.headers ?? []) expect(res.headers.get(h), `docs/api.md:${ex.line}: header ${h}`).not.toBeNull();
  let json: any = null;
  try { json = JSON.parse(text); } catch { /* not JSON: only status and headers are checked */ }
  if (json && typeof json === 'object' && ('data' in json || 'errors' in json)) check(ex, json, json);
  else if (ex.spec.expect) check(ex, {}, json);
  save(ex, json);
}

function save(ex: Example, root: unknown): void {
  for (const [name, path] of Object.entries(ex.spec.save ?? {})) {
    const v = at(root, path);
    expect(v, `docs/api.md:${ex.line}: nothing at ${path} to save as ${name}`).not.toBeUndefined();
    vars.set(name, v);
  }
}

const consumed = new Set<Example>();
async function run(ex: Example): Promise<void> {
  if (ex.lang === 'sh') await runCurl(ex);
  else await runGraphql(ex);
}

describe('docs/api.md examples', () => {
  it('the document has examples of every kind (the extractor still finds them)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.some((e) => e.lang === 'sh')).toBe(true);
    expect(examples.some((e) => /^\s*subscription\b/m.test(e.code))).toBe(true);
    expect(examples.some((e) => e.spec.error)).toBe(true);
  });

  // One test per example, in document order (later examples use what earlier ones saved).
  for (const ex of examples) {
    const name = `${ex.section} — line ${ex.line} (${ex.lang}, as ${ex.lang === 'sh' ? 'curl' : (ex.spec.as ?? 'admin')})`;
    it(name, async () => {
      if (consumed.has(ex)) return; // ran as the trigger of the subscription above it
      await run(ex);
    });
  }
});
