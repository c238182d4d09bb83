// Webhooks: tenant admins register endpoints (secret shown once, stored sealed), deliveries are
// signed per Standard Webhooks (checked with an independent implementation of the spec's
// verification), retried with back-off under the same webhook-id, survive an API restart during
// the back-off, never follow redirects, refuse private addresses in production mode, and an
// endpoint failing for 24 h is disabled with its admins notified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asPlatformAdmin } from '../../helpers/as.js';
import { startReceiver, verifyStandardWebhook, waitFor, WebhookVerificationError, type Receiver } from '../../helpers/webhook-receiver.js';
import { deliveryHooks, retryDelayMs, RETRY_DELAYS_S, MAX_ATTEMPTS } from '../../../api/src/modules/webhooks/webhook-delivery.js';
import { isPublicAddress } from '../../../api/src/modules/webhooks/webhook-address.js';

// Retries in milliseconds: 5 s → 1 ms, 30 s → 6 ms, 2 min → 24 ms … (timers poll every second).
const SCALE = '0.0002';
let server: TestServer;
let db: string;
let admin: string;
let agent: string;
let harborAdmin: string;
let receiver: Receiver;

const ENDPOINT_FIELDS = 'id url description events enabled disabledReason previousSecretExpiresAt failingSince createdAt updatedAt';
const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret webhookEndpoint { ${ENDPOINT_FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { webhookEndpoint { ${ENDPOINT_FIELDS} } } }`;
const ROTATE = `mutation($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret webhookEndpoint { ${ENDPOINT_FIELDS} } } }`;
const DELETE = `mutation($i: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $i) { deletedId } }`;
const TEST = `mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { delivery { id messageId eventType status } } }`;
const REDELIVER = `mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { delivery { id messageId status } } }`;
const DELIVERIES = `query($e: ID!, $f: WebhookDeliveryFilter, $first: Int) { webhookDeliveries(endpointId: $e, filter: $f, first: $first) {
  totalCount edges { node { id messageId eventId eventType payload status attempts nextAttemptAt lastResponseCode lastError deliveredAt endpoint { id }
  attemptLog { attempt succeeded responseCode latencyMs error responseBody nextAttemptAt manual at } } } } }`;

function ok<T = any>(r: { data?: any; errors?: any }): T {
  expect(r.errors).toBeUndefined();
  return r.data as T;
}
async function createEndpoint(input: Record<string, unknown>, token = admin) {
  return ok(await gql(server.graphqlUrl, CREATE, { i: { url: receiver.url, events: ['TICKET_CREATED'], ...input } }, { token })).createWebhookEndpoint as { secret: string; webhookEndpoint: Record<string, any> };
}
async function deliveries(endpointId: string, token = admin, headers?: Record<string, string>) {
  const r = await gql(server.graphqlUrl, DELIVERIES, { e: endpointId, first: 50 }, { token, headers });
  return r;
}
const deliveryRow = async (id: string) => (await sql<{ status: string; attempts: number; message_id: string }>(db, `select status, attempts, message_id from webhook_deliveries where id = $1`, [id]))[0];
async function createTicket(subject: string, token = agent) {
  const r = await gql(server.graphqlUrl, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }`, { i: { subject } }, { token });
  return ok(r).createTicket.ticket.id as string;
}
const forTicket = (ticketId: string) => (r: { body: string }) => JSON.parse(r.body).data?.ticketId === ticketId;

beforeAll(async () => {
  server = await startTestServer({ env: { WEBHOOK_RETRY_SCALE: SCALE } });
  db = server.services.config.DATABASE_URL!;
  [admin, agent, harborAdmin] = await Promise.all([asAdmin(server), asAgent(server), asAdmin(server, 'harbor')]);
  receiver = await startReceiver();
});
afterAll(async () => {
  deliveryHooks.production = undefined;
  deliveryHooks.resolve = undefined;
  await receiver?.close();
});

describe('endpoints', () => {
  it('createWebhookEndpoint returns a whsec_ secret once, stores it sealed, and audits without it', async () => {
    const { secret, webhookEndpoint: e } = await createEndpoint({ url: `  ${receiver.url}  `, events: ['TICKET_UPDATED', 'TICKET_CREATED', 'TICKET_CREATED'], description: ' CRM ' });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24);
    expect(e).toMatchObject({ url: receiver.url, events: ['TICKET_CREATED', 'TICKET_UPDATED'], enabled: true, description: 'CRM', previousSecretExpiresAt: null, failingSince: null });
    const dump = JSON.stringify(await sql(db, `select * from webhook_endpoints where id = $1`, [e.id]));
    expect(dump).not.toContain(secret.slice(6));
    const audits = JSON.stringify(await sql(db, `select * from audit_logs where resource_id = $1`, [e.id]));
    expect(audits).toContain('webhook.created');
    expect(audits).not.toContain(secret.slice(6));
    // The endpoint type has no secret field at all.
    const r = await gql(server.graphqlUrl, `{ webhookEndpoints(first: 5) { edges { node { secret } } } }`, {}, { token: admin });
    expect(r.errors?.[0].message).toMatch(/Cannot query field "secret"/);
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });

  it('refuses bad input with BAD_USER_INPUT: http to other hosts, other schemes, credentials, no events', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ url: 'http://hooks.example.com/x' }, /https/],
      [{ url: 'ftp://hooks.example.com/x' }, /https/],
      [{ url: 'https://user:pw@hooks.example.com/x' }, /credentials/],
      [{ url: 'not a url' }, /not a URL/],
      [{ events: [] }, /at least one/],
      [{ description: 'x'.repeat(501) }, /500/],
    ];
    for (const [input, message] of cases) {
      const r = await gql(server.graphqlUrl, CREATE, { i: { url: receiver.url, events: ['TICKET_CREATED'], ...input } }, { token: admin });
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
    }
    // https to a public name is fine in any mode.
    const fine = ok(await gql(server.graphqlUrl, CREATE, { i: { url: 'https://hooks.example.com/x', events: ['TICKET_CREATED'], enabled: false } }, { token: admin }));
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: fine.createWebhookEndpoint.webhookEndpoint.id } }, { token: admin }));
  });

  it('only holders of webhooks.manage; another tenant\'s endpoints are NOT_FOUND everywhere', async () => {
    const { webhookEndpoint: e } = await createEndpoint({ events: ['MEETING_SCHEDULED'] });
    expect(codeOf(await gql(server.graphqlUrl, `{ webhookEndpoints(first: 5) { totalCount } }`, {}, { token: agent }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, CREATE, { i: { url: receiver.url, events: ['TICKET_CREATED'] } }, { token: agent }))).toBe('FORBIDDEN');
    for (const [query, i] of [
      [UPDATE, { id: e.id, enabled: false }],
      [ROTATE, { id: e.id }],
      [DELETE, { id: e.id }],
      [TEST, { endpointId: e.id }],
    ] as const) {
      expect(codeOf(await gql(server.graphqlUrl, query, { i }, { token: harborAdmin }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await deliveries(e.id, harborAdmin))).toBe('NOT_FOUND');
    const harborList = ok(await gql(server.graphqlUrl, `{ webhookEndpoints(first: 50) { edges { node { id } } } }`, {}, { token: harborAdmin }));
    expect(harborList.webhookEndpoints.edges.map((x: any) => x.node.id)).not.toContain(e.id);
    // Platform admins see it inside its tenant.
    const platform = await asPlatformAdmin(server);
    const [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
    const all = ok(await gql(server.graphqlUrl, `query($t: ID) { webhookEndpoints(first: 50, tenantId: $t) { edges { node { id } } } }`, { t: northwind }, { token: platform }));
    expect(all.webhookEndpoints.edges.map((x: any) => x.node.id)).toContain(e.id);
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });
});

describe('deliveries', () => {
  it('a receiver that fails 3 times then succeeds gets the event once successfully, same webhook-id on every attempt, signature verifying', async () => {
    const own = await startReceiver();
    const { secret, webhookEndpoint: e } = await createEndpoint({ url: own.url, events: ['TICKET_CREATED'] });
    const before = 0;
    // /metrics counts every attempt by outcome (webhook_deliveries_total).
    const attempts = async (outcome: string) => Number((await server.services.metrics.registry.metrics()).match(new RegExp(`^webhook_deliveries_total\\{outcome="${outcome}"\\} (\\d+)`, 'm'))?.[1] ?? 0);
    const [retryingBefore, deliveredBefore] = [await attempts('retrying'), await attempts('delivered')];
    const receiver = own;
    let n = 0;
    receiver.answer = (req) => (forTicket(ticketId)(req) && ++n <= 3 ? { status: 503, body: `busy ${n}` } : { status: 200, body: 'thanks' });
    const ticketId = await createTicket('Retry me');
    const got = await waitFor('the 4th attempt', () => {
      const mine = receiver.received.slice(before).filter(forTicket(ticketId));
      return mine.length >= 4 && mine;
    }, 20_000);
    const delivered = await waitFor('SUCCEEDED', async () => {
      const r = ok(await deliveries(e.id)).webhookDeliveries.edges.map((x: any) => x.node).find((d: any) => JSON.parse(d.payload).data.ticketId === ticketId);
      return r?.status === 'SUCCEEDED' && r;
    });
    await new Promise((r) => setTimeout(r, 1500)); // nothing more arrives
    const all = receiver.received.slice(before).filter(forTicket(ticketId));
    expect(all).toHaveLength(4);
    expect(new Set(all.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(all[0].headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    for (const r of all) {
      const payload = verifyStandardWebhook(secret, r.headers, r.body) as any;
      expect(payload).toMatchObject({ type: 'ticket.created', version: 1, data: { ticketId } });
      expect(payload.id).toMatch(/^evt_[0-9a-f]{32}$/);
    }
    expect(delivered).toMatchObject({ attempts: 4, lastResponseCode: 200, lastError: null, nextAttemptAt: null, messageId: all[0].headers['webhook-id'], endpoint: { id: e.id } });
    expect(delivered.attemptLog.map((a: any) => [a.attempt, a.succeeded, a.responseCode, a.responseBody])).toEqual([
      [4, true, 200, 'thanks'], [3, false, 503, 'busy 3'], [2, false, 503, 'busy 2'], [1, false, 503, 'busy 1'],
    ]);
    for (const a of delivered.attemptLog) expect(a.latencyMs).toBeGreaterThanOrEqual(0);
    expect(delivered.attemptLog.slice(1).every((a: any) => a.nextAttemptAt !== null)).toBe(true);
    // The retries waited (scaled) back-off: never before the previous attempt's nextAttemptAt.
    expect(got.length).toBe(4);
    expect(await attempts('retrying')).toBeGreaterThanOrEqual(retryingBefore + 3);
    expect(await attempts('delivered')).toBeGreaterThanOrEqual(deliveredBefore + 1);
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
    await own.close();
  });

  it('the back-off: ≥ 8 attempts over ≈ 24 h with jitter', () => {
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(8);
    const total = RETRY_DELAYS_S.reduce((a, b) => a + b, 0);
    expect(total / 3600).toBeGreaterThan(20);
    expect(total / 3600).toBeLessThan(24);
    expect(retryDelayMs(1, 1, () => 0)).toBe(4500);
    expect(retryDelayMs(1, 1, () => 1)).toBe(5500);
    expect(retryDelayMs(9, 1, () => 0.5)).toBe(12 * 3600_000);
  });

  it('the delivery log reads in a constant number of statements', async () => {
    const { webhookEndpoint: e } = await createEndpoint({ events: ['TICKET_CREATED'] });
    const count = async () => {
      const r = await deliveries(e.id, admin, { 'x-debug-sql-count': '1' });
      ok(r);
      return { n: r.data!.webhookDeliveries.totalCount, sql: (r as any).extensions.sqlStatements };
    };
    await createTicket('log 1');
    await waitFor('1 delivery', async () => (await count()).n === 1);
    const one = await count();
    await createTicket('log 2');
    await createTicket('log 3');
    await waitFor('3 deliveries', async () => (await count()).n === 3);
    await server.services.domainEvents.settled();
    const three = await count();
    expect(three.sql).toBe(one.sql);
    // The page (endpoint joined) and the attempt logs of all its deliveries: the endpoint is not
    // read on its own first (only an empty page checks that it exists).
    expect(three.sql).toBe(2);
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });

  it('sendTestWebhook delivers webhook.test; redeliverWebhook sends it again with the same webhook-id', async () => {
    const { secret, webhookEndpoint: e } = await createEndpoint({ events: ['CSAT_RECEIVED'] });
    const before = receiver.received.length;
    const sent = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
    expect(sent).toMatchObject({ eventType: 'webhook.test', status: 'PENDING' });
    const first = await waitFor('test delivery', () => receiver.received.slice(before).find((r) => r.headers['webhook-id'] === sent.messageId));
    expect(verifyStandardWebhook(secret, first.headers, first.body)).toMatchObject({ type: 'webhook.test', data: { endpointId: e.id } });
    await waitFor('SUCCEEDED', async () => (await deliveryRow(sent.id)).status === 'SUCCEEDED');
    ok(await gql(server.graphqlUrl, REDELIVER, { i: { deliveryId: sent.id } }, { token: admin }));
    await waitFor('2 attempts', async () => (await deliveryRow(sent.id)).attempts === 2 && (await deliveryRow(sent.id)).status === 'SUCCEEDED');
    const both = receiver.received.slice(before).filter((r) => r.headers['webhook-id'] === sent.messageId);
    expect(both).toHaveLength(2);
    expect(both[1].body).toBe(both[0].body);
    const log = ok(await deliveries(e.id)).webhookDeliveries.edges[0].node.attemptLog;
    expect(log.map((a: any) => [a.attempt, a.manual])).toEqual([[2, true], [1, true]]);
    expect(codeOf(await gql(server.graphqlUrl, REDELIVER, { i: { deliveryId: sent.id } }, { token: harborAdmin }))).toBe('NOT_FOUND');
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });

  it('rotation: during the overlap both secrets sign and either verifies; ending the overlap leaves only the new one', async () => {
    const { secret: oldSecret, webhookEndpoint: e } = await createEndpoint({ events: ['TICKET_CREATED'] });
    const rotated = ok(await gql(server.graphqlUrl, ROTATE, { i: { id: e.id } }, { token: admin })).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(oldSecret);
    const overlapEnd = new Date(rotated.webhookEndpoint.previousSecretExpiresAt).getTime();
    expect(Math.abs(overlapEnd - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);
    const before = receiver.received.length;
    const t1 = await createTicket('Rotated');
    const during = await waitFor('delivery during overlap', () => receiver.received.slice(before).find(forTicket(t1)));
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifyStandardWebhook(oldSecret, during.headers, during.body)).toMatchObject({ data: { ticketId: t1 } });
    expect(verifyStandardWebhook(rotated.secret, during.headers, during.body)).toMatchObject({ data: { ticketId: t1 } });
    // A forged or stale message does not verify.
    expect(() => verifyStandardWebhook('whsec_' + Buffer.alloc(24).toString('base64'), during.headers, during.body)).toThrow(WebhookVerificationError);
    expect(() => verifyStandardWebhook(rotated.secret, during.headers, during.body, Math.floor(Date.now() / 1000) + 301)).toThrow(/too old/);
    expect(() => verifyStandardWebhook(rotated.secret, during.headers, during.body.replace('"version":1', '"version":2'))).toThrow(WebhookVerificationError);

    const ended = ok(await gql(server.graphqlUrl, UPDATE, { i: { id: e.id, endSecretRotation: true } }, { token: admin })).updateWebhookEndpoint.webhookEndpoint;
    expect(ended.previousSecretExpiresAt).toBeNull();
    const t2 = await createTicket('After rotation');
    const after = await waitFor('delivery after overlap', () => receiver.received.slice(before).find(forTicket(t2)));
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifyStandardWebhook(rotated.secret, after.headers, after.body)).toMatchObject({ data: { ticketId: t2 } });
    expect(() => verifyStandardWebhook(oldSecret, after.headers, after.body)).toThrow(/no matching signature/);
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });

  it('a redirect is never followed (3xx recorded as a failure), not even to 127.0.0.1', async () => {
    const target = await startReceiver();
    const redirecting = await startReceiver();
    redirecting.answer = () => ({ status: 302, headers: { location: `http://127.0.0.1:${target.port}/hooks` } });
    try {
      const { webhookEndpoint: e } = await createEndpoint({ url: redirecting.url });
      const sent = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
      await waitFor('FAILED', async () => (await deliveryRow(sent.id)).status === 'FAILED');
      const node = ok(await deliveries(e.id)).webhookDeliveries.edges[0].node;
      expect(node.attemptLog[0]).toMatchObject({ succeeded: false, responseCode: 302 });
      expect(node.attemptLog[0].error).toMatch(/redirect \(302 to http:\/\/127\.0\.0\.1:\d+\/hooks\) not followed/);
      expect(redirecting.received).toHaveLength(1);
      expect(target.received).toHaveLength(0);
      ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
    } finally {
      await Promise.all([target.close(), redirecting.close()]);
    }
  });

  it('production mode: DNS answers of 127.0.0.1, 10.x and 169.254.x are refused at delivery time, and nothing is sent', async () => {
    const { webhookEndpoint: e } = await createEndpoint({ url: 'https://hooks.partner.example/in' });
    const before = receiver.received.length;
    deliveryHooks.production = true;
    try {
      for (const address of ['127.0.0.1', '10.1.2.3', '169.254.169.254', '::ffff:127.0.0.1']) {
        deliveryHooks.resolve = async () => [{ address, family: address.includes(':') ? 6 : 4 }];
        const sent = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
        await waitFor('FAILED', async () => (await deliveryRow(sent.id)).status === 'FAILED');
        const [attempt] = await sql<{ error: string; response_code: number | null }>(db, `select error, response_code from webhook_delivery_attempts where delivery_id = $1`, [sent.id]);
        expect(attempt.response_code).toBeNull();
        expect(attempt.error).toBe(`refused: hooks.partner.example resolves to ${address}, which is not public`);
      }
      // A literal private address in the URL is refused too.
      ok(await gql(server.graphqlUrl, UPDATE, { i: { id: e.id, url: receiver.url } }, { token: admin }));
      const sent = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
      await waitFor('FAILED', async () => (await deliveryRow(sent.id)).status === 'FAILED');
      expect(receiver.received.length).toBe(before);
    } finally {
      deliveryHooks.production = undefined;
      deliveryHooks.resolve = undefined;
    }
    ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
  });

  it('address rules: private, loopback, link-local, ULA, CGNAT, unspecified, multicast (v4, v6, v4-mapped) are not public', () => {
    for (const ip of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:10.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1']) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPublicAddress(ip), ip).toBe(true);
  });

  it('a receiver that does not answer within 5 s fails the attempt (timeout)', async () => {
    const slow = await startReceiver();
    slow.answer = () => 'hang';
    try {
      const { webhookEndpoint: e } = await createEndpoint({ url: slow.url });
      const sent = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
      await waitFor('FAILED', async () => (await deliveryRow(sent.id)).status === 'FAILED', 12_000);
      const [attempt] = await sql<{ error: string; latency_ms: number }>(db, `select error, latency_ms from webhook_delivery_attempts where delivery_id = $1`, [sent.id]);
      expect(attempt.error).toBe('timeout after 5000 ms');
      expect(attempt.latency_ms).toBeGreaterThanOrEqual(5000);
      expect(attempt.latency_ms).toBeLessThan(6500);
      ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
    } finally {
      await slow.close();
    }
  });

  it('an endpoint failing for 24 h is disabled and its tenant admins are notified', async () => {
    const failing = await startReceiver();
    failing.answer = () => ({ status: 500, body: 'down' });
    try {
      const { webhookEndpoint: e } = await createEndpoint({ url: failing.url });
      // One failure starts the clock; then pretend it started 25 h ago.
      const first = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
      await waitFor('FAILED', async () => (await deliveryRow(first.id)).status === 'FAILED');
      const [{ failing_since }] = await sql<{ failing_since: Date | null }>(db, `select failing_since from webhook_endpoints where id = $1`, [e.id]);
      expect(failing_since).not.toBeNull();
      await sql(db, `update webhook_endpoints set failing_since = now() - interval '25 hours' where id = $1`, [e.id]);
      const second = ok(await gql(server.graphqlUrl, TEST, { i: { endpointId: e.id } }, { token: admin })).sendTestWebhook.delivery;
      await waitFor('FAILED', async () => (await deliveryRow(second.id)).status === 'FAILED');
      const now = await waitFor('disabled', async () => {
        const r = ok(await gql(server.graphqlUrl, `{ webhookEndpoints(first: 50) { edges { node { id enabled disabledReason } } } }`, {}, { token: admin }));
        const node = r.webhookEndpoints.edges.map((x: any) => x.node).find((n: any) => n.id === e.id);
        return !node.enabled && node;
      });
      expect(now.disabledReason).toMatch(/24 hours/);
      const notes = await waitFor('notification', async () => {
        const rows = await sql<{ email: string; title: string }>(db, `select u.email, n.title from notifications n join users u on u.id = n.user_id where n.kind = 'WEBHOOK_DISABLED'`);
        return rows.length > 0 && rows;
      });
      expect(notes.map((n) => n.email)).toContain('admin@northwind.demo');
      expect(notes.map((n) => n.email)).not.toContain('agent@northwind.demo');
      // Events no longer reach it; enabling again clears the failure.
      const count = failing.received.length;
      await createTicket('while disabled');
      await server.services.domainEvents.settled();
      await new Promise((r) => setTimeout(r, 500));
      expect(failing.received.length).toBe(count);
      const enabled = ok(await gql(server.graphqlUrl, UPDATE, { i: { id: e.id, enabled: true } }, { token: admin })).updateWebhookEndpoint.webhookEndpoint;
      expect(enabled).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
      ok(await gql(server.graphqlUrl, DELETE, { i: { id: e.id } }, { token: admin }));
    } finally {
      await failing.close();
    }
  });
});

describe('restart during the back-off', () => {
  it('a delivery whose retry is due while the API is down is delivered after the restart, with the same webhook-id', async () => {
    // A server with seconds of back-off (5 s × 0.6 = 3 s ± 10 %): it stops right after the first attempt.
    const a = await startTestServer({ databaseUrl: db, env: { WEBHOOK_RETRY_SCALE: '0.6' } });
    const token = await asAdmin(a);
    const receiver = await startReceiver();
    const r = await gql(a.graphqlUrl, CREATE, { i: { url: receiver.url, events: ['TICKET_UPDATED'] } }, { token });
    const { secret, webhookEndpoint: e } = ok(r).createWebhookEndpoint;
    const before = receiver.received.length;
    let failed = 0;
    // The first delivery of the priority change fails (the SLA clock may update the new ticket too).
    const priorityChange = (req: { body: string }) => JSON.parse(req.body).data?.changed?.includes('priority');
    receiver.answer = (req) => (priorityChange(req) && failed++ === 0 ? { status: 500 } : { status: 200 });
    // The main server must not take this endpoint's work: it goes away for the test (same database).
    await server.stop();
    const ticketR = await gql(a.graphqlUrl, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }`, { i: { subject: 'restart' } }, { token: await asAgent(a) });
    const ticketId = ok(ticketR).createTicket.ticket.id;
    ok(await gql(a.graphqlUrl, `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { id } } }`, { i: { id: ticketId, priority: 'HIGH' } }, { token: await asAgent(a) }));
    await waitFor('first attempt', () => receiver.received.slice(before).some(priorityChange));
    await waitFor('recorded', async () => (await sql(db, `select 1 from webhook_delivery_attempts a join webhook_deliveries d on d.id = a.delivery_id where d.endpoint_id = $1`, [e.id])).length > 0);
    await a.stop();
    const [pending] = await sql<{ status: string; attempts: number; next_attempt_at: Date }>(db, `select status, attempts, next_attempt_at from webhook_deliveries where endpoint_id = $1 and body like '%"changed":[%"priority"%'`, [e.id]);
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1 });
    // Down for longer than the back-off: the retry falls due while nothing runs.
    await new Promise((r) => setTimeout(r, Math.max(0, pending.next_attempt_at.getTime() - Date.now()) + 300));
    const b = await startTestServer({ databaseUrl: db, env: { WEBHOOK_RETRY_SCALE: '0.6' } });
    const mine = await waitFor('the retry after the restart', () => {
      const got = receiver.received.slice(before).filter(priorityChange);
      return got.length >= 2 && got;
    }, 15_000);
    await waitFor('SUCCEEDED', async () => (await sql<{ status: string }>(db, `select status from webhook_deliveries where endpoint_id = $1 and body like '%"changed":[%"priority"%'`, [e.id]))[0].status === 'SUCCEEDED');
    expect(mine).toHaveLength(2);
    expect(mine[1].headers['webhook-id']).toBe(mine[0].headers['webhook-id']);
    expect(verifyStandardWebhook(secret, mine[1].headers, mine[1].body)).toMatchObject({ type: 'ticket.updated', data: { ticketId, changed: ['priority'] } });
    await b.stop();
    await receiver.close();
  });
});
