// Shared fan-out must never hand a subscriber more than it may see (issue 11, item 1).
// Differential: every groupable subscription field, selected whole, is subscribed by every role and
// by an API key per scope — first each ALONE, then ALL TOGETHER (one shared group per permission
// set). Each member must receive exactly the same thing in both runs: data, and errors with codes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { Client } from 'graphql-ws';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { until, wsClient } from '../../helpers/ws.js';
import { PERMISSIONS } from '../../../api/src/permissions/matrix.js';

let server: TestServer;
let admin: string;
let trigger: string;
let fired = 0; // a colleague whose availability changes (presenceChanged)
const members: { name: string; token: string }[] = [];

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

/** Every field of a type that takes no required argument, to `depth` levels: the whole payload. */
function selectAll(type: GraphQLObjectType, depth = 3): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 1) parts.push(`${f.name} { ${selectAll(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** The groupable fields (graphql/fanout.ts GROUPABLE) and how to make each publish one event. */
const FIELDS: Record<string, { reset(): Promise<void>; fire(): Promise<void> }> = {
  tenantUpdated: {
    reset: async () => undefined,
    // A new name each time: an update that changes nothing publishes nothing.
    fire: async () => {
      const r = await gql(server.graphqlUrl, `mutation($n: String!) { updateTenant(input: { name: $n }) { tenant { id } } }`, { n: `Northwind Differential ${++fired}` }, { token: admin });
      expect(r.errors).toBeUndefined();
    },
  },
  presenceChanged: {
    reset: async () => void (await setAvailability('ONLINE')),
    fire: async () => void (await setAvailability('BUSY')),
  },
  // The console's queue: one open conversation resolved (reopened before each run, unwatched).
  conversationUpdated: {
    reset: async () => {
      const r = await gql(server.graphqlUrl, `query($id: ID!) { conversation(id: $id) { status } }`, { id: conversationId }, { token: admin });
      if (r.data!.conversation.status === 'RESOLVED') await setConversation('reopenConversation');
    },
    fire: async () => void (await setConversation('resolveConversation')),
  },
};

let conversationId: string;
async function setConversation(mutation: 'resolveConversation' | 'reopenConversation') {
  const r = await gql(server.graphqlUrl, `mutation($id: ID!) { ${mutation}(input: { conversationId: $id }) { conversationId } }`, { id: conversationId }, { token: admin });
  expect(r.errors).toBeUndefined();
}

async function setAvailability(availability: string) {
  const r = await gql(server.graphqlUrl, `mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { presence { availability } } }`, { i: { availability } }, { token: trigger });
  expect(r.errors).toBeUndefined();
}

/** What one member saw: every result frame (data + error codes/paths), or a refusal at start. */
type Seen = { frames: unknown[]; refused: unknown[]; completed: boolean; refusedAtStart?: boolean };
const normalize = (v: unknown) =>
  JSON.parse(
    JSON.stringify(v, (k, x) =>
      k === 'lastSeenAt' || k === 'updatedAt' || k === 'resolvedAt' || k === 'lastMessageAt' ? '<time>'
      : k === 'lastSeq' || k === 'agentLastReadSeq' || k === 'reopenCount' ? '<count>'
      : k === 'locations' || k === 'requestId' ? undefined
      : typeof x === 'string' ? x.replace(/Northwind Differential \d+/, 'Northwind Differential') : x,
    ),
  );

function open(client: Client, query: string): Seen {
  const seen: Seen = { frames: [], refused: [], completed: false };
  // A refusal at start arrives as one result with errors, then `complete` (or as an error).
  client.subscribe({ query }, { next: (r) => seen.frames.push(normalize(r)), error: (e) => seen.refused.push(normalize(e)), complete: () => (seen.completed = true) });
  return seen;
}

/** Subscribe `who` together, wait until each is either live or refused, fire once, collect. */
async function run(field: string, who: typeof members): Promise<Seen[]> {
  const { reset, fire } = FIELDS[field];
  await reset();
  const query = `subscription { ${field} { ${selectAll(getNamedType(schema.getSubscriptionType()!.getFields()[field].type) as GraphQLObjectType)} } }`;
  const before = server.http.subscriptionCount();
  const clients = who.map((m) => wsClient(server.wsUrl, m.token));
  const seen = clients.map((c) => open(c, query));
  // Live subscriptions are counted by the server; refusals arrive as errors.
  const ended = () => seen.filter((s) => s.refused.length || s.completed).length;
  await until(() => server.http.subscriptionCount() - before + ended() >= who.length, 10_000, () => JSON.stringify({ live: server.http.subscriptionCount() - before, who: who.map((m) => m.name), seen }).slice(0, 3000));
  const live = server.http.subscriptionCount() - before;
  for (const s of seen) s.refusedAtStart = s.completed || s.refused.length > 0;
  await fire();
  const served = () => seen.filter((s) => !s.refusedAtStart && s.frames.length >= 1).length;
  await until(() => served() >= live, 10_000, () => `only ${served()}/${live} got the event: ${JSON.stringify({ who: who.map((m) => m.name), seen }).slice(0, 2000)}`);
  await new Promise((r) => setTimeout(r, 100)); // nothing more may arrive
  await Promise.all(clients.map((c) => c.dispose()));
  await until(() => server.http.subscriptionCount() <= before, 5_000);
  return seen;
}

beforeAll(async () => {
  server = await startTestServer();
  const url = server.graphqlUrl;
  admin = await login(url, DEMO.northwind.admin, 'northwind');
  trigger = await login(url, 'agent2@northwind.demo', 'northwind');
  const open = await gql(url, `{ conversations(first: 1, filter: { statuses: [OPEN] }) { edges { node { id } } } }`, {}, { token: admin });
  conversationId = open.data!.conversations.edges[0].node.id;
  const rotated = await gql(url, `mutation { rotateIdentitySecret(input: {}) { tenant { id } } }`, {}, { token: admin });
  expect(rotated.errors).toBeUndefined(); // the tenant now has a secret worth leaking
  for (const role of ['admin', 'manager', 'agent', 'viewer'] as const) members.push({ name: `user:${role}`, token: await login(url, DEMO.northwind[role], 'northwind') });
  members.push({ name: 'user:platform', token: await login(url, DEMO.platform.admin) });
  // An API key per scope the tenant admin can grant (every permission but tenants.manage).
  for (const scope of PERMISSIONS.filter((p) => p !== 'tenants.manage')) {
    const r = await gql(url, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: `only ${scope}`, scopes: [scope] } }, { token: admin });
    expect(r.errors).toBeUndefined();
    members.push({ name: `key:${scope}`, token: r.data!.createApiKey.secret });
  }
}, 60_000);

describe('shared fan-out groups by permission set', () => {
  for (const field of Object.keys(FIELDS)) {
    it(`${field}: every role and every single-scope key receives in a mixed group exactly what it receives alone`, async () => {
      const alone: Seen[] = [];
      for (const m of members) alone.push((await run(field, [m]))[0]);
      const together = await run(field, members);
      const differences = members
        .map((m, i) => ({ member: m.name, alone: alone[i], together: together[i] }))
        .filter((d) => JSON.stringify(d.alone) !== JSON.stringify(d.together));
      expect(differences).toEqual([]);
      // The differential means something: some members are refused, some are served.
      expect(alone.some((s) => s.refusedAtStart)).toBe(true);
      expect(alone.filter((s) => !s.refusedAtStart).length).toBeGreaterThan(3);
    }, 120_000);
  }

  it('tenantUpdated { identityVerification { secret } }: an agent, a viewer and a tenants.view key never receive the secret, even beside an admin', async () => {
    const query = `subscription { tenantUpdated { name identityVerification { secret } } }`;
    const pick = (n: string) => members.find((m) => m.name === n)!;
    const who = [pick('user:admin'), pick('user:agent'), pick('user:viewer'), pick('key:tenants.view')];
    const before = server.http.subscriptionCount();
    const clients = who.map((m) => wsClient(server.wsUrl, m.token));
    const seen = clients.map((c) => open(c, query));
    await until(() => server.http.subscriptionCount() - before >= who.length);
    await FIELDS.tenantUpdated.fire();
    await until(() => seen.every((s) => s.frames.length >= 1));
    const [adminSaw, ...others] = seen.map((s) => s.frames[0] as { data: any; errors?: any[] });
    expect(adminSaw.data.tenantUpdated.identityVerification.secret).toEqual(expect.any(String));
    for (const o of others) {
      expect(JSON.stringify(o)).not.toContain(adminSaw.data.tenantUpdated.identityVerification.secret);
      expect(o.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await Promise.all(clients.map((c) => c.dispose()));
  });
});
