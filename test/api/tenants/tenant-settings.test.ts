// Tenant settings: validated writes, events after commit, subscriptions scoped to the tenant.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asManager, asViewer } from '../../helpers/as.js';

let server: TestServer;
let admin: string;
let agent: string;
let harborAdmin: string;

const UPDATE = `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { tenant { name timezone branding { primaryColor position } assistant { name handoffThreshold } } } }`;
const SETTINGS = `{ viewer { tenant { name timezone branding { primaryColor } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  [admin, agent, harborAdmin] = await Promise.all([
    asAdmin(server),
    asAgent(server),
    asAdmin(server, 'harbor'),
  ]);
});

describe('updateTenant', () => {
  it('lets a tenant admin change their tenant and returns the new state', async () => {
    const r = await gql(server.graphqlUrl, UPDATE, { input: { name: 'Northwind Outdoor', timezone: 'Europe/Paris', branding: { primaryColor: '#AA0000' }, assistant: { handoffThreshold: 0.6 } } }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateTenant.tenant).toEqual({
      name: 'Northwind Outdoor', timezone: 'Europe/Paris', branding: { primaryColor: '#aa0000', position: 'right' }, assistant: { name: 'Trail', handoffThreshold: 0.6 },
    });
  });

  it('refuses bad values with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const before = await gql(server.graphqlUrl, SETTINGS, {}, { token: admin });
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Ok', branding: { primaryColor: 'red' } }, 'branding.primaryColor'],
      [{ name: 'Ok', timezone: 'Mars/Olympus' }, 'timezone'],
      [{ name: '' }, 'name'],
      [{ assistant: { handoffThreshold: 0.95, autoResolveThreshold: 0.9 } }, 'assistant.autoResolveThreshold'],
      [{ branding: { logoUrl: 'javascript:alert(1)' } }, 'branding.logoUrl'],
    ];
    for (const [input, field] of cases) {
      const r = await gql(server.graphqlUrl, UPDATE, { input }, { token: admin });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe(field);
    }
    expect(await gql(server.graphqlUrl, SETTINGS, {}, { token: admin })).toMatchObject({ data: before.data });
  });

  it('is FORBIDDEN to an agent and NOT_FOUND for another tenant', async () => {
    expect(codeOf(await gql(server.graphqlUrl, UPDATE, { input: { name: 'Hijack' } }, { token: agent }))).toBe('FORBIDDEN');
    const northwindId = (await gql(server.graphqlUrl, `{ viewer { tenantId: tenant { id } } }`, {}, { token: admin })).data!.viewer.tenantId.id;
    const r = await gql(server.graphqlUrl, UPDATE, { input: { id: northwindId, name: 'Hijack' } }, { token: harborAdmin });
    expect(codeOf(r)).toBe('NOT_FOUND');
    const still = await gql(server.graphqlUrl, SETTINGS, {}, { token: admin });
    expect(still.data!.viewer.tenant.name).not.toBe('Hijack');
  });
});

describe('tenantUpdated subscription', () => {
  it('delivers a change to subscribers of that tenant only', async () => {
    const northwind = wsClient(server.wsUrl, agent);
    const harbor = wsClient(server.wsUrl, harborAdmin);
    const mine = subscribe(northwind, `subscription { tenantUpdated { name branding { primaryColor } } }`);
    const other = subscribe(harbor, `subscription { tenantUpdated { name } }`);
    await until(() => server.http.subscriptionCount() >= 2);
    await gql(server.graphqlUrl, UPDATE, { input: { name: 'Northwind Live', branding: { primaryColor: '#00aa00' } } }, { token: admin });
    const [event] = await mine.waitFor(1);
    expect(event).toEqual({ tenantUpdated: { name: 'Northwind Live', branding: { primaryColor: '#00aa00' } } });
    // Harbor's own change arrives at Harbor — proving its stream works and got nothing earlier.
    await gql(server.graphqlUrl, UPDATE, { input: { name: 'Harbor Bank' } }, { token: harborAdmin });
    const harborEvents = await other.waitFor(1);
    expect(harborEvents).toEqual([{ tenantUpdated: { name: 'Harbor Bank' } }]);
    expect(mine.events).toHaveLength(1);
    await northwind.dispose();
    await harbor.dispose();
  });

  it('refuses to start for anonymous callers', async () => {
    const anon = wsClient(server.wsUrl);
    const sub = subscribe(anon, `subscription { tenantUpdated { name } }`);
    const error = await sub.waitForError();
    expect(JSON.stringify(error)).toMatch(/UNAUTHENTICATED/);
    expect(sub.events).toHaveLength(0);
    await anon.dispose();
  });
});

describe('fan-out', () => {
  it('20 subscribers of one tenant cost one read per event, not one each', async () => {
    const clients = Array.from({ length: 20 }, () => wsClient(server.wsUrl, agent));
    const subs = clients.map((c) => subscribe(c, `subscription { tenantUpdated { name timezone } }`));
    await until(() => server.http.subscriptionCount() >= 20);
    const pool = server.services.readPool;
    const original = pool.queryArrays.bind(pool);
    let reads = 0;
    pool.queryArrays = (text, values) => {
      if (/from "tenants"/.test(text)) reads++;
      return original(text, values);
    };
    try {
      await gql(server.graphqlUrl, UPDATE, { input: { name: 'Northwind Fan-out' } }, { token: admin });
      await Promise.all(subs.map((s) => s.waitFor(1)));
      expect(subs.every((s) => (s.events[0] as any).tenantUpdated.name === 'Northwind Fan-out')).toBe(true);
      expect(reads).toBe(2); // the mutation's own answer + one shared read for all 20 subscribers
    } finally {
      pool.queryArrays = original;
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});

describe('shared fan-out groups', () => {
  it('keep delivering when the first subscriber leaves, and stop only for a subscriber who loses access', async () => {
    const viewerToken = await asViewer(server);
    const managerToken = await asManager(server);
    const [first, second, third] = [agent, viewerToken, managerToken].map((t) => wsClient(server.wsUrl, t));
    const before = server.http.subscriptionCount();
    const subs = [first, second, third].map((c) => subscribe(c, `subscription { tenantUpdated { name } }`));
    await until(() => server.http.subscriptionCount() >= before + 3);

    await first.dispose(); // the group's first member (whose context ran the shared execution) leaves
    await gql(server.graphqlUrl, UPDATE, { input: { name: 'Northwind after leader left' } }, { token: admin });
    await subs[1].waitFor(1);
    await subs[2].waitFor(1);

    // The viewer is deactivated: their socket closes; the manager keeps receiving.
    const [{ id: viewerId }] = await sql<{ id: string }>(server.services.config.DATABASE_URL!, `select id from users where email = $1`, [DEMO.northwind.viewer]);
    await gql(server.graphqlUrl, `mutation($i: UserIdInput!) { deactivateUser(input: $i) { user { active } } }`, { i: { id: viewerId } }, { token: admin });
    await gql(server.graphqlUrl, UPDATE, { input: { name: 'Northwind after deactivation' } }, { token: admin });
    const managerEvents = await subs[2].waitFor(2);
    expect((managerEvents[1] as any).tenantUpdated.name).toBe('Northwind after deactivation');
    expect(subs[1].events.map((e: any) => e.tenantUpdated.name)).not.toContain('Northwind after deactivation');
    await Promise.all([second.dispose(), third.dispose()]);
  });
});
