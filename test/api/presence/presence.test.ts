// Presence: heartbeats keep staff available, silence takes them OFFLINE (the sweeper), the next
// heartbeat restores what they had chosen; setAvailability is audited, heartbeats are not;
// presenceChanged reaches staff of the same tenant only; widget and anonymous callers are refused.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { sql } from '../../helpers/db.js';
import { widgetSession } from '../../helpers/widget.js';
import { PresenceSweeper } from '../../../api/src/modules/presence/presence.sweeper.js';

const SILENCE_MS = 300;

let server: TestServer;
let dbUrl: string;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
let northwindId: string;
let harborId: string;
const sweepers: PresenceSweeper[] = [];

const HEARTBEAT = `mutation { heartbeat { presence { userId displayName availability lastSeenAt } } }`;
const SET = `mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { presence { userId availability lastSeenAt } } }`;
const LIST = `query($tenantId: ID) { presence(tenantId: $tenantId) { userId displayName availability lastSeenAt } }`;
const CHANGED = `subscription { presenceChanged { userId displayName availability lastSeenAt } }`;

async function heartbeat(who: string) {
  const r = await gql(server.graphqlUrl, HEARTBEAT, {}, { token: token[who] });
  expect(r.errors).toBeUndefined();
  return r.data!.heartbeat.presence as { userId: string; displayName: string; availability: string; lastSeenAt: string | null };
}
async function setAvailability(who: string, availability: string) {
  const r = await gql(server.graphqlUrl, SET, { input: { availability } }, { token: token[who] });
  expect(r.errors).toBeUndefined();
  return r.data!.setAvailability.presence as { userId: string; availability: string };
}
const stateOf = async (who: string) =>
  (await sql<{ availability: string; silenced_availability: string | null; last_seen_at: Date | null }>(dbUrl, `select availability, silenced_availability, last_seen_at from users where id = $1`, [id[who]]))[0];

/** A sweeper as the app runs one, with a short silence (the test's own, against this server). */
function sweeper(options: { intervalMs?: number } = {}) {
  const s = new PresenceSweeper(server.services, { silenceMs: SILENCE_MS, intervalMs: options.intervalMs ?? 100 });
  sweepers.push(s);
  return s;
}

/** Wait until `who` has been silent longer than SILENCE_MS, by the database's clock. */
const silent = (who: string) =>
  until(async () => (await sql<{ s: boolean }>(dbUrl, `select last_seen_at < now() - make_interval(secs => $2::float8) as s from users where id = $1`, [id[who], (SILENCE_MS + 20) / 1000]))[0].s, 5000, () => `${who} still heard from`);

afterEach(async () => {
  await Promise.all(sweepers.splice(0).map((s) => s.stop()));
});

beforeAll(async () => {
  server = await startTestServer();
  dbUrl = server.services.config.DATABASE_URL!;
  const logins: [string, string, string | undefined][] = [
    ['ada', DEMO.northwind.agent, 'northwind'],
    ['ben', 'agent2@northwind.demo', 'northwind'],
    ['cleo', 'agent3@northwind.demo', 'northwind'],
    ['manager', DEMO.northwind.manager, 'northwind'],
    ['viewer', DEMO.northwind.viewer, 'northwind'],
    ['admin', DEMO.northwind.admin, 'northwind'],
    ['harborAdmin', DEMO.harbor.admin, 'harbor-bank'],
    ['iris', DEMO.harbor.agent, 'harbor-bank'],
    ['platform', DEMO.platform.admin, undefined],
  ];
  await Promise.all(logins.map(async ([key, email, slug]) => (token[key] = await login(server.graphqlUrl, email, slug))));
  const users = await sql<{ id: string; email: string }>(dbUrl, `select id, email from users`);
  for (const [key, email] of logins) id[key] = users.find((u) => u.email === email)!.id;
  const tenants = await sql<{ id: string; slug: string }>(dbUrl, `select id, slug from tenants`);
  northwindId = tenants.find((t) => t.slug === 'northwind')!.id;
  harborId = tenants.find((t) => t.slug === 'harbor-bank')!.id;
});

describe('heartbeat and the sweeper', () => {
  it('keeps a heartbeating user ONLINE while a silent one goes OFFLINE, seen by the same tenant only', async () => {
    expect(await heartbeat('ada')).toMatchObject({ userId: id.ada, displayName: 'Ada Agent', availability: 'ONLINE' });
    expect(await heartbeat('ben')).toMatchObject({ userId: id.ben, availability: 'ONLINE' });

    await until(() => server.http.subscriptionCount() === 0); // earlier tests' streams are gone
    const northwind = wsClient(server.wsUrl, token.manager);
    const harbor = wsClient(server.wsUrl, token.harborAdmin);
    const mine = subscribe(northwind, CHANGED);
    const other = subscribe(harbor, CHANGED);
    await until(() => server.http.subscriptionCount() >= 2);

    // Ada keeps her console open (a heartbeat every 50 ms); Ben's went quiet.
    const s = sweeper({ intervalMs: 100 });
    s.start();
    let beating = true;
    const adaBeats = (async () => {
      while (beating) {
        await heartbeat('ada');
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const [event] = await mine.waitFor(1);
    expect(event.presenceChanged).toMatchObject({ userId: id.ben, displayName: 'Ben Agent', availability: 'OFFLINE' });
    expect(new Date(event.presenceChanged.lastSeenAt).getTime()).toBeLessThan(Date.now() - SILENCE_MS);
    // Several more silence windows pass with the sweeper running: Ada stays ONLINE.
    const t0 = Date.now();
    await until(() => Date.now() - t0 > 3 * SILENCE_MS);
    beating = false;
    await adaBeats;
    await s.stop();
    expect((await stateOf('ada')).availability).toBe('ONLINE');
    expect(await stateOf('ben')).toMatchObject({ availability: 'OFFLINE', silenced_availability: 'ONLINE' });
    expect(mine.events.map((e) => e.presenceChanged.userId)).toEqual([id.ben]);

    // Harbor's own change reaches Harbor — its stream works, and it got nothing of Northwind's.
    await setAvailability('iris', 'BUSY');
    await other.waitFor(1);
    expect(other.events.map((e) => [e.presenceChanged.userId, e.presenceChanged.availability])).toEqual([[id.iris, 'BUSY']]);
    expect(mine.events).toHaveLength(1);
    await northwind.dispose();
    await harbor.dispose();
  });

  it('brings a silent user back to what they had chosen on their next heartbeat, and says so', async () => {
    expect((await stateOf('ben')).availability).toBe('OFFLINE'); // from the test above
    await until(() => server.http.subscriptionCount() === 0); // earlier tests' streams are gone
    const client = wsClient(server.wsUrl, token.ada);
    const sub = subscribe(client, CHANGED);
    await until(() => server.http.subscriptionCount() >= 1);
    expect(await heartbeat('ben')).toMatchObject({ userId: id.ben, availability: 'ONLINE' });
    const [event] = await sub.waitFor(1);
    expect(event.presenceChanged).toMatchObject({ userId: id.ben, availability: 'ONLINE' });
    expect(await stateOf('ben')).toMatchObject({ availability: 'ONLINE', silenced_availability: null });
    // A second heartbeat changes nothing and publishes nothing: the next event is someone else's.
    await heartbeat('ben');
    await setAvailability('ada', 'BUSY');
    await sub.waitFor(2);
    expect(sub.events.map((e) => [e.presenceChanged.userId, e.presenceChanged.availability])).toEqual([[id.ben, 'ONLINE'], [id.ada, 'BUSY']]);
    await setAvailability('ada', 'ONLINE');
    await client.dispose();
  });

  it('keeps AWAY across heartbeats and silence, and a chosen OFFLINE stays OFFLINE', async () => {
    const s = sweeper();
    expect((await heartbeat('cleo')).availability).toBe('AWAY');
    await silent('cleo');
    const changes = await s.sweepOnce();
    expect(changes).toContainEqual({ tenantId: northwindId, userId: id.cleo, availability: 'OFFLINE', previous: 'AWAY' });
    expect(await stateOf('cleo')).toMatchObject({ availability: 'OFFLINE', silenced_availability: 'AWAY' });
    expect((await heartbeat('cleo')).availability).toBe('AWAY');
    expect((await heartbeat('cleo')).availability).toBe('AWAY');

    // Choosing OFFLINE is not going silent: heartbeats leave it alone, and so does the sweeper.
    expect((await setAvailability('cleo', 'OFFLINE')).availability).toBe('OFFLINE');
    expect((await heartbeat('cleo')).availability).toBe('OFFLINE');
    await silent('cleo');
    expect((await s.sweepOnce()).map((c) => c.userId)).not.toContain(id.cleo);
    expect((await heartbeat('cleo')).availability).toBe('OFFLINE');
    expect(await stateOf('cleo')).toMatchObject({ availability: 'OFFLINE', silenced_availability: null });
    expect((await setAvailability('cleo', 'AWAY')).availability).toBe('AWAY');
  });

  it('publishes each change once when several instances sweep at the same moment', async () => {
    await Promise.all([heartbeat('ada'), heartbeat('ben')]);
    await until(() => server.http.subscriptionCount() === 0); // earlier tests' streams are gone
    const client = wsClient(server.wsUrl, token.manager);
    const sub = subscribe(client, CHANGED);
    await until(() => server.http.subscriptionCount() >= 1);
    await Promise.all([silent('ada'), silent('ben')]);
    const [a, b, c] = [sweeper(), sweeper(), sweeper()];
    const all = (await Promise.all([a.sweepOnce(), b.sweepOnce(), c.sweepOnce()])).flat();
    const taken = all.filter((x) => x.userId === id.ada || x.userId === id.ben).map((x) => x.userId).sort();
    expect(taken).toEqual([id.ada, id.ben].sort());
    // Each sweep change arrives exactly once: wait for both, then for a later change of someone
    // else's (duplicates would have come by then), and count. (Events of different users may
    // reach a subscriber in either order: each is resolved on its own.)
    const of = (u: string) => sub.events.filter((e) => e.presenceChanged.userId === u).map((e) => e.presenceChanged.availability);
    await until(() => of(id.ada).length > 0 && of(id.ben).length > 0);
    await setAvailability('cleo', 'BUSY');
    await until(() => sub.events.some((e) => e.presenceChanged.userId === id.cleo));
    await new Promise((r) => setTimeout(r, 200));
    expect([of(id.ada), of(id.ben)]).toEqual([['OFFLINE'], ['OFFLINE']]);
    await Promise.all([heartbeat('ada'), heartbeat('ben'), setAvailability('cleo', 'AWAY')]);
    await client.dispose();
  });

  it('is one SQL statement per heartbeat', async () => {
    await heartbeat('ada'); // warm the auth cache
    const r = await gql(server.graphqlUrl, HEARTBEAT, {}, { token: token.ada });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
  });
});

describe('setAvailability', () => {
  const auditRows = (userId: string) =>
    sql<{ action: string; actor_kind: string; actor_id: string; tenant_id: string; before: any; after: any }>(
      dbUrl,
      `select action, actor_kind, actor_id, tenant_id, before, after from audit_logs where resource_id = $1 order by at, id`,
      [userId],
    );
  const auditCount = async () => Number((await sql<{ n: string }>(dbUrl, `select count(*) as n from audit_logs`))[0].n);

  it('writes one audit row per call; heartbeats write none', async () => {
    const before = await auditCount();
    const rowsBefore = (await auditRows(id.ada)).length;
    await heartbeat('ada');
    await heartbeat('ada');
    expect(await auditCount()).toBe(before);

    expect(await setAvailability('ada', 'BUSY')).toMatchObject({ userId: id.ada, availability: 'BUSY' });
    expect(await auditCount()).toBe(before + 1);
    const rows = await auditRows(id.ada);
    expect(rows).toHaveLength(rowsBefore + 1);
    expect(rows.at(-1)).toEqual({ action: 'user.availability_set', actor_kind: 'USER', actor_id: id.ada, tenant_id: northwindId, before: { availability: 'ONLINE' }, after: { availability: 'BUSY' } });
    // A BUSY agent who goes silent comes back BUSY.
    await silent('ada');
    const s = sweeper();
    expect((await s.sweepOnce()).find((c) => c.userId === id.ada)).toMatchObject({ previous: 'BUSY' });
    expect((await heartbeat('ada')).availability).toBe('BUSY');
    expect(await auditCount()).toBe(before + 1);
    await setAvailability('ada', 'ONLINE');
  });

  it('refuses a value that is not an availability', async () => {
    // Inline: a bad enum in *variables* currently comes back INTERNAL from the graphql-jit executor
    // (api/src/graphql/jit-executor.ts, any mutation), reported separately.
    const r = await gql(server.graphqlUrl, `mutation { setAvailability(input: { availability: SLEEPING }) { presence { availability } } }`, {}, { token: token.ada });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((await stateOf('ada')).availability).toBe('ONLINE');
  });
});

describe('presence query', () => {
  it('lists every active staff member of the tenant, in one statement', async () => {
    await sql(dbUrl, `update users set active = false where email = 'viewer@northwind.demo'`);
    try {
      const r = await gql(server.graphqlUrl, LIST, {}, { token: token.ada });
      expect(r.errors).toBeUndefined();
      expect(r.extensions!.sqlStatements).toBe(1);
      const list = r.data!.presence as { userId: string; displayName: string; availability: string; lastSeenAt: string | null }[];
      const expected = await sql<{ id: string }>(dbUrl, `select id from users where tenant_id = $1 and active order by display_name, id`, [northwindId]);
      expect(list.map((p) => p.userId)).toEqual(expected.map((u) => u.id));
      expect(list.map((p) => p.userId)).not.toContain(id.viewer);
      expect(list.map((p) => p.userId)).not.toContain(id.iris);
      expect(list.find((p) => p.userId === id.ada)).toMatchObject({ displayName: 'Ada Agent', availability: 'ONLINE', lastSeenAt: expect.any(String) });
    } finally {
      await sql(dbUrl, `update users set active = true where email = 'viewer@northwind.demo'`);
    }
  });

  it('needs a tenant for platform admins and hides other tenants', async () => {
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}, { token: token.platform }))).toBe('BAD_USER_INPUT');
    const r = await gql(server.graphqlUrl, LIST, { tenantId: harborId }, { token: token.platform });
    expect(r.errors).toBeUndefined();
    expect(r.data!.presence.map((p: { userId: string }) => p.userId)).toContain(id.iris);
    expect(codeOf(await gql(server.graphqlUrl, LIST, { tenantId: northwindId }, { token: token.harborAdmin }))).toBe('NOT_FOUND');
  });
});

describe('access', () => {
  it('refuses widget and anonymous callers', async () => {
    const widget = await widgetSession(server.graphqlUrl, dbUrl);
    for (const [query, variables] of [[HEARTBEAT, {}], [SET, { input: { availability: 'ONLINE' } }], [LIST, {}]] as const) {
      expect(codeOf(await gql(server.graphqlUrl, query, variables))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(server.graphqlUrl, query, variables, { token: widget.token }))).toBe('FORBIDDEN');
    }
    const anon = wsClient(server.wsUrl);
    const anonSub = subscribe(anon, CHANGED);
    expect(JSON.stringify(await anonSub.waitForError())).toMatch(/UNAUTHENTICATED/);
    const w = wsClient(server.wsUrl, widget.token);
    const widgetSub = subscribe(w, CHANGED);
    expect(JSON.stringify(await widgetSub.waitForError())).toMatch(/FORBIDDEN/);
    expect(anonSub.events).toHaveLength(0);
    expect(widgetSub.events).toHaveLength(0);
    await anon.dispose();
    await w.dispose();
  });

  it('lets platform admins (no tenant) heartbeat too', async () => {
    expect(await heartbeat('platform')).toMatchObject({ userId: id.platform, lastSeenAt: expect.any(String) });
  });

  it('refuses API keys for heartbeats (staff users only) but lets them read presence with users.view', async () => {
    const r = await gql(server.graphqlUrl, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, { input: { name: 'presence', scopes: ['users.view'] } }, { token: token.admin });
    expect(r.errors).toBeUndefined();
    const key = r.data!.createApiKey.secret as string;
    expect(codeOf(await gql(server.graphqlUrl, HEARTBEAT, {}, { token: key }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, SET, { input: { availability: 'ONLINE' } }, { token: key }))).toBe('FORBIDDEN');
    const list = await gql(server.graphqlUrl, LIST, {}, { token: key });
    expect(list.errors).toBeUndefined();
    expect(list.data!.presence.length).toBeGreaterThan(0);
  });
});

describe('presenceChanged scope', () => {
  it('is NOT_FOUND for another tenant, and lets platform admins watch one tenant', async () => {
    const harbor = wsClient(server.wsUrl, token.harborAdmin);
    const refused = subscribe(harbor, `subscription($t: ID) { presenceChanged(tenantId: $t) { userId } }`, { t: northwindId });
    expect(JSON.stringify(await refused.waitForError())).toMatch(/NOT_FOUND/);
    await harbor.dispose();

    await until(() => server.http.subscriptionCount() === 0); // earlier tests' streams are gone
    const platform = wsClient(server.wsUrl, token.platform);
    const sub = subscribe(platform, `subscription($t: ID) { presenceChanged(tenantId: $t) { userId availability } }`, { t: harborId });
    await until(() => server.http.subscriptionCount() >= 1);
    await setAvailability('ada', 'AWAY'); // Northwind: not watched
    await setAvailability('iris', 'AWAY');
    await sub.waitFor(1);
    expect(sub.events).toEqual([{ presenceChanged: { userId: id.iris, availability: 'AWAY' } }]);
    await Promise.all([setAvailability('ada', 'ONLINE'), setAvailability('iris', 'ONLINE')]);
    await platform.dispose();
  });
});

describe('the sweeper as the app runs it', () => {
  it('sweeps on its interval and stops cleanly', async () => {
    await heartbeat('ben');
    const s = sweeper({ intervalMs: 50 });
    s.start();
    await until(async () => (await stateOf('ben')).availability === 'OFFLINE');
    await s.stop();
    expect((await heartbeat('ben')).availability).toBe('ONLINE');
    // Stopped: nothing takes Ben offline any more.
    await silent('ben');
    const t0 = Date.now();
    await until(() => Date.now() - t0 > 200);
    expect((await stateOf('ben')).availability).toBe('ONLINE');
  });
});
