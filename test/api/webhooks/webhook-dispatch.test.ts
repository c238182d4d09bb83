// First attempts go out from the instance that saw the event, without a queue in between: a
// burst of events is written in a few multi-row inserts and every delivery arrives exactly once,
// without any pg-boss job; deliveries still waiting when the instance stops become jobs, and the
// next instance delivers them (once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { startReceiver, verifyStandardWebhook, waitFor, type Receiver } from '../../helpers/webhook-receiver.js';
import { emitToWebhooks, ticketCreatedEvent } from '../../helpers/webhook-events.js';
import { newWebhookSecret } from '../../../api/src/modules/webhooks/webhook-signature.js';
import { dispatcherOf } from '../../../api/src/modules/webhooks/webhook-dispatcher.js';

let server: TestServer;
let db: string;
let receiver: Receiver;
let tenantId: string;
let secret: string;

const ticketCreated = (ticketId: string, n: number) => ticketCreatedEvent(tenantId, ticketId, n);

const jobs = async () => Number((await sql<{ n: string }>(db, `select count(*) as n from pgboss.job where name = 'webhook-deliver'`))[0].n);
const ticketIdsReceived = () => receiver.received.map((r) => JSON.parse(r.body).data.ticketId as string);

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  receiver = await startReceiver();
  tenantId = (await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`))[0].id;
  secret = newWebhookSecret();
  await sql(db, `insert into webhook_endpoints (id, tenant_id, url, events, secret_sealed) values ($1, $2, $3, '{TICKET_CREATED}', $4)`, [randomUUID(), tenantId, receiver.url, server.services.secretBox.encrypt(secret)]);
});
afterAll(async () => {
  await server?.stop();
  await receiver?.close();
});

describe('first attempts', () => {
  it('a burst of 300 events: written in a few inserts, each delivered exactly once, signed, with no job queued', async () => {
    const before = await jobs();
    const ids = Array.from({ length: 300 }, () => randomUUID());
    emitToWebhooks(server, ids.map((id, i) => ticketCreated(id, i + 1)));
    await waitFor('300 deliveries', () => receiver.received.length >= 300, 20_000);
    await dispatcherOf(server.services).idle();
    expect(ticketIdsReceived().sort()).toEqual([...ids].sort());
    for (const r of receiver.received) verifyStandardWebhook(secret, r.headers, r.body);
    // Rows written together share their transaction's timestamp: 300 events, a handful of inserts.
    const inserts = await sql<{ n: string }>(db, `select count(distinct created_at) as n from webhook_deliveries where event_type = 'ticket.created'`);
    expect(Number(inserts[0].n)).toBeLessThan(30);
    const rows = await sql<{ status: string; attempts: number }>(db, `select status, attempts from webhook_deliveries where event_type = 'ticket.created'`);
    expect(rows.every((r) => r.status === 'SUCCEEDED' && r.attempts === 1)).toBe(true);
    expect(await jobs()).toBe(before);
  });

  it('deliveries still waiting when the instance stops become jobs, and the next instance delivers each once', async () => {
    receiver.received.length = 0;
    // A receiver that hangs: 4 batches of 100 first attempts are under way (they time out after
    // 5 s and get a retry timer), the other 50 wait in memory when the stop comes.
    let holding = true;
    receiver.answer = () => (holding ? 'hang' : { status: 200, body: 'ok' });
    const before = await jobs();
    const ids = Array.from({ length: 450 }, () => randomUUID());
    emitToWebhooks(server, ids.map((id, i) => ticketCreated(id, 1000 + i)));
    // (64 requests at once per receiver: the keep-alive agent's socket limit.)
    await waitFor('first attempts in flight', () => receiver.received.length >= 64, 15_000);
    await server.stop();
    expect(await jobs()).toBeGreaterThanOrEqual(before + 50);
    holding = false;
    const answeredFrom = receiver.received.length;
    server = await startTestServer({ databaseUrl: db });
    await waitFor('every delivery succeeded', async () => {
      const [r] = await sql<{ n: string }>(db, `select count(*) as n from webhook_deliveries where status = 'SUCCEEDED' and body::json->'data'->>'ticketId' = any($1)`, [ids]);
      return Number(r.n) === ids.length;
    }, 30_000);
    await dispatcherOf(server.services).idle();
    // Answered (200) exactly once per event, always under the event's one webhook-id.
    const answered = receiver.received.slice(answeredFrom).map((r) => JSON.parse(r.body).data.ticketId as string);
    expect(answered.sort()).toEqual([...ids].sort());
    const webhookIds = new Map<string, Set<string>>();
    for (const r of receiver.received) {
      const t = JSON.parse(r.body).data.ticketId as string;
      webhookIds.set(t, (webhookIds.get(t) ?? new Set()).add(String(r.headers['webhook-id'])));
    }
    for (const t of ids) expect(webhookIds.get(t)?.size).toBe(1);
  }, 90_000);
});
