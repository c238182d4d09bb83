// A slow receiver holds only its own deliveries: each endpoint has its own lane of attempts
// (webhook-dispatcher.ts), so a receiver that takes 4 s per request (just under the 5 s timeout)
// does not delay another endpoint's deliveries, neither first attempts of a burst nor attempts
// that come through DELIVER_WEBHOOK jobs; both still arrive signed and are recorded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { startReceiver, verifyStandardWebhook, waitFor, type Receiver } from '../../helpers/webhook-receiver.js';
import { emitToWebhooks, ticketCreatedEvent } from '../../helpers/webhook-events.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import { dispatcherOf } from '../../../api/src/modules/webhooks/webhook-dispatcher.js';
import { JobName } from '../../../api/src/jobs/jobs.js';

/** Just under the 5 s timeout, with room for a busy machine. */
const SLOW_MS = 4000;
let server: TestServer;
let db: string;
let slow: Receiver;
let fast: Receiver;
let tenantId: string;
let fastSecret: string;
const endpointIds = { slow: randomUUID(), fast: randomUUID() };

const ticketCreated = (ticketId: string, n: number) => ticketCreatedEvent(tenantId, ticketId, n);

const succeeded = async (endpointId: string, since: Date) =>
  Number((await sql<{ n: string }>(db, `select count(*) as n from webhook_deliveries where endpoint_id = $1 and status = 'SUCCEEDED' and created_at >= $2`, [endpointId, since]))[0].n);

/** PostgreSQL's now(): rows of this step have created_at at or after it. */
const dbNow = async () => (await sql<{ now: Date }>(db, `select now()`))[0].now;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [slow, fast] = await Promise.all([startReceiver('/slow'), startReceiver('/fast')]);
  slow.answer = () => ({ status: 200, body: 'ok', delayMs: SLOW_MS });
  tenantId = (await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`))[0].id;
  fastSecret = newWebhookSecret();
  for (const [id, url, secret] of [[endpointIds.slow, slow.url, newWebhookSecret()], [endpointIds.fast, fast.url, fastSecret]]) {
    await sql(db, `insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed) values ($1, $2, $3, '{TICKET_CREATED}', $4)`, [id, tenantId, url, server.services.secretBox.encrypt(secret)]);
  }
});
afterAll(async () => {
  await server?.stop();
  await Promise.all([slow?.close(), fast?.close()]);
});

/** Emit a burst of `n` events; when every fast delivery is recorded: ms after the emit, and the last arrival. */
async function burst(n: number, first: number) {
  fast.received.length = 0;
  const since = await dbNow();
  const ids = Array.from({ length: n }, () => randomUUID());
  const t0 = Date.now();
  emitToWebhooks(server, ids.map((id, i) => ticketCreated(id, first + i)));
  await waitFor(`${n} fast deliveries recorded`, async () => (await succeeded(endpointIds.fast, since)) === n, 15_000);
  const recordedMs = Date.now() - t0;
  expect(fast.received).toHaveLength(n);
  for (const r of fast.received) verifyStandardWebhook(fastSecret, r.headers, r.body);
  return { ids, since, recordedMs, lastArrivalMs: Math.max(...fast.received.map((r) => r.at)) - t0 };
}

it('a burst for a slow and a fast endpoint: the fast deliveries arrive and are recorded less than 1 s later than without the slow one', { timeout: 90_000 }, async () => {
  // The same burst with the slow endpoint disabled first: what the fast one takes on this machine now.
  await sql(db, `update webhook_endpoints set enabled = false where id = $1`, [endpointIds.slow]);
  const alone = await burst(250, 1);
  await sql(db, `update webhook_endpoints set enabled = true where id = $1`, [endpointIds.slow]);
  const beside = await burst(250, 1001);
  const delay = { arrival: beside.lastArrivalMs - alone.lastArrivalMs, recorded: beside.recordedMs - alone.recordedMs };
  expect({ arrival: delay.arrival < 1000, recorded: delay.recorded < 1000 }, `alone ${JSON.stringify(alone)} · beside the slow one ${JSON.stringify(beside)}`.replace(/"ids":\[[^\]]*\],/g, '')).toEqual({ arrival: true, recorded: true });
  // The slow endpoint gets all of its deliveries too (each answered 200 after 4 s, 64 at a time).
  await dispatcherOf(server.services).idle();
  expect(await succeeded(endpointIds.slow, beside.since)).toBe(250);
  expect(new Set(slow.received.map((r) => JSON.parse(r.body).data.ticketId)).size).toBe(250);
});

it('attempts that come as jobs (redeliveries, overflow, the sweep) are independent per endpoint too', { timeout: 60_000 }, async () => {
  fast.received.length = 0;
  slow.received.length = 0;
  const since = await dbNow();
  const rows = await sql<{ id: string; endpoint_id: string }>(
    db,
    `insert into webhook_deliveries (id, tenant_id, endpoint_id, message_id, event_id, event_type, body)
     select gen_random_uuid(), $1, e.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), 'evt_' || replace(gen_random_uuid()::text, '-', ''), 'ticket.created',
            json_build_object('type', 'ticket.created', 'data', json_build_object('ticketId', gen_random_uuid()))::text
       from generate_series(1, 60) n, webhook_endpoints e where e.id = any($2::uuid[])
     returning id::text, endpoint_id::text`,
    [tenantId, [endpointIds.slow, endpointIds.fast]],
  );
  // Slow ones first: a batch of jobs fetched together holds both.
  const ordered = [...rows.filter((r) => r.endpoint_id === endpointIds.slow), ...rows.filter((r) => r.endpoint_id === endpointIds.fast)];
  const t0 = Date.now();
  await server.services.jobs.sendMany(JobName.DELIVER_WEBHOOK, ordered.map((r) => ({ data: { deliveryId: r.id, attempt: 0 } })));
  await waitFor('60 fast deliveries recorded', async () => (await succeeded(endpointIds.fast, since)) === 60, 15_000);
  const recordedMs = Date.now() - t0;
  // pg-boss fetches within ~1 s of the insert (NOTIFY, else polling every second).
  expect(recordedMs, `fast deliveries recorded after ${recordedMs} ms`).toBeLessThan(2500);
  expect(await succeeded(endpointIds.slow, since)).toBe(0);
  await waitFor('60 slow deliveries recorded', async () => (await succeeded(endpointIds.slow, since)) === 60, 30_000);
});
