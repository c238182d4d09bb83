// examples/partner runs in CI: the typed partner client lists tickets with a real API key,
// follows conversation updates and messages over graphql-ws against a started app, and its
// webhook verifier accepts what a Standard Webhooks sender signs and refuses tampering,
// replays and wrong secrets.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { until } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { PartnerClient, SwitchboardError } from '../../../examples/partner/src/client.js';
import { ConversationMessages, ConversationUpdates, OpenTickets } from '../../../examples/partner/src/operations.js';
import { describeTicket, openTickets, type PartnerTicket } from '../../../examples/partner/src/tickets.js';
import { sign, verifyWebhook, WebhookVerificationError } from '../../../examples/partner/src/webhook.js';

let server: TestServer;
let adminToken: string;
let agentToken: string;
let apiKey: string;
let db: string;

beforeAll(async () => {
  server = await startTestServer();
  db = await fileDatabaseUrl();
  adminToken = await login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
  agentToken = await login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug);
  // A tenant admin creates the partner's key through the API, as docs/api.md shows.
  const r = await gql(
    server.graphqlUrl,
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
    { i: { name: 'Partner example', scopes: ['tickets.view', 'conversations.view'] } },
    { token: adminToken },
  );
  apiKey = r.data!.createApiKey.secret;
  expect(apiKey).toMatch(/^sb_[A-Za-z0-9]+_[A-Za-z0-9_-]+$/);
});

describe('partner example: tickets', () => {
  it('lists every open ticket of the key’s tenant with contact, assignee, queue and SLA, following pages to the end', async () => {
    const client = new PartnerClient({ url: server.url, apiKey });
    const all: PartnerTicket[] = [];
    for await (const t of openTickets(client, 3)) all.push(t); // small pages: the cursor is followed
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from tickets t join tenants x on x.id = t.tenant_id where x.slug = 'northwind' and t.status in ('OPEN', 'PENDING', 'ESCALATED')`);
    expect(n).toBeGreaterThan(3);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((t) => t.id)).size).toBe(n);
    const first = await client.request(OpenTickets, { first: 1 });
    expect(first.tickets.totalCount).toBe(n);
    // Related objects come along, exactly as stored (contact, assignee, queue, SLA state).
    const rows = await sql<{ id: string; contact: string | null; assignee: string | null; queue: string | null; sla: string | null }>(
      db,
      `select t.id::text, c.name as contact, u.display_name as assignee, q.name as queue, t.sla_state as sla
         from tickets t left join contacts c on c.id = t.contact_id left join users u on u.id = t.assignee_id left join queues q on q.id = t.queue_id
        where t.id = any($1::uuid[])`,
      [all.map((t) => t.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const t of all) {
      const r = byId.get(t.id)!;
      expect({ contact: t.contact?.name ?? null, assignee: t.assignee?.displayName ?? null, queue: t.queue?.name ?? null, sla: t.slaState ?? null }).toEqual({ contact: r.contact, assignee: r.assignee, queue: r.queue, sla: r.sla });
    }
    expect(all.some((t) => t.contact?.id && t.assignee?.displayName)).toBe(true);
    expect(describeTicket(all[0])).toMatch(/^#\d+ \[/);
    // Only the key's tenant: no harbor ticket.
    const [{ harbor }] = await sql<{ harbor: string[] }>(db, `select coalesce(array_agg(t.id::text), '{}') as harbor from tickets t join tenants x on x.id = t.tenant_id where x.slug = 'harbor-bank'`);
    expect(all.filter((t) => harbor.includes(t.id))).toEqual([]);
    await client.close();
  });

  it('surfaces the API’s error codes: a revoked or wrong key is UNAUTHENTICATED (HTTP 401)', async () => {
    const client = new PartnerClient({ url: server.url, apiKey: 'sb_nosuchkey_0000000000000000' });
    const err = await client.request(OpenTickets, { first: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwitchboardError);
    expect((err as SwitchboardError).code).toBe('UNAUTHENTICATED');
    expect((err as SwitchboardError).status).toBe(401);
  });
});

describe('partner example: subscriptions', () => {
  it('follows conversation updates and a conversation’s messages (replayed from seq 0, then live)', async () => {
    const client = new PartnerClient({ url: server.url, apiKey });
    const updates: { id: string; status: string; handler: string; assignee?: { displayName: string } | null }[] = [];
    const errors: unknown[] = [];
    const stopUpdates = client.subscribe(ConversationUpdates, {}, (e) => updates.push(e.conversationUpdated), (e) => errors.push(e));

    // A customer writes in through the widget, then an agent takes the conversation over.
    const widget = await widgetSession(server.graphqlUrl, db, 'northwind', 'Partner Example Customer');
    const started = await gql(
      server.graphqlUrl,
      'mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }',
      { i: { idempotencyKey: randomUUID(), subject: 'Broken zipper', body: 'My tent zipper broke.', clientMessageId: randomUUID() } },
      { token: widget.token },
    );
    const conversationId = started.data!.startConversation.conversationId as string;
    await new Promise((r) => setTimeout(r, 300)); // the socket is up and subscribed
    const took = await gql(
      server.graphqlUrl,
      'mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }',
      { i: { conversationId } },
      { token: agentToken },
    );
    expect(took.errors).toBeUndefined();
    await until(() => updates.some((u) => u.id === conversationId && u.status === 'OPEN'), 10_000, () => `updates: ${JSON.stringify(updates)} errors: ${JSON.stringify(errors)}`);
    const open = updates.find((u) => u.id === conversationId && u.status === 'OPEN')!;
    expect(open.handler).toBe('HUMAN');
    expect(open.assignee?.displayName).toBeTruthy();

    // Messages: everything after seq 0 is replayed, then the agent's reply arrives live.
    const messages: { seq: number; author: string; body: string }[] = [];
    const stopMessages = client.subscribe(ConversationMessages, { conversationId, afterSeq: 0 }, (e) => messages.push(e.messageAdded), (e) => errors.push(e));
    await until(() => messages.some((m) => m.author === 'CUSTOMER'), 10_000, () => JSON.stringify({ messages, errors }));
    const reply = await gql(
      server.graphqlUrl,
      'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }',
      { i: { conversationId, body: 'Sorry to hear that, a new one is on its way.', clientMessageId: randomUUID() } },
      { token: agentToken },
    );
    const replySeq = reply.data!.sendMessage.message.seq as number;
    await until(() => messages.some((m) => m.seq === replySeq), 10_000, () => JSON.stringify({ messages, errors }));
    const seqs = messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b)); // in order
    expect(new Set(seqs).size).toBe(seqs.length); // no duplicate at the replay/live seam
    expect(seqs[0]).toBe(1);
    expect(errors).toEqual([]);
    stopUpdates();
    stopMessages();
    await client.close();
  });
});

describe('partner example: webhook verification', () => {
  // The sender side, written here from the Standard Webhooks spec (not from the example's code).
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  function signed(body: string, opts: { id?: string; at?: number; key?: string } = {}) {
    const id = opts.id ?? `msg_${randomUUID()}`;
    const ts = opts.at ?? Math.floor(Date.now() / 1000);
    const key = Buffer.from((opts.key ?? secret).slice('whsec_'.length), 'base64');
    const sig = createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64');
    return { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': `v1,${sig}` };
  }
  const body = JSON.stringify({ type: 'ticket.created', version: 1, data: { ticketId: randomUUID(), number: 42 } });

  it('accepts a delivery signed per the spec and returns its id and parsed payload', () => {
    const headers = signed(body, { id: 'msg_1' });
    const v = verifyWebhook<{ type: string; data: { number: number } }>(secret, headers, body);
    expect(v.id).toBe('msg_1');
    expect(v.payload.type).toBe('ticket.created');
    expect(v.payload.data.number).toBe(42);
    // Also from fetch-style Headers and a raw Buffer body, and the example's own signer agrees.
    expect(verifyWebhook(secret, new Headers(headers), Buffer.from(body)).id).toBe('msg_1');
    expect(sign(secret, 'msg_1', Number(headers['webhook-timestamp']), body)).toBe(headers['webhook-signature']);
  });

  it('refuses a tampered body, a tampered id or timestamp, and a wrong secret', () => {
    const headers = signed(body);
    expect(() => verifyWebhook(secret, headers, body.replace('42', '43'))).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(secret, { ...headers, 'webhook-id': 'msg_other' }, body)).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook(secret, { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 1) }, body)).toThrow(WebhookVerificationError);
    const other = `whsec_${randomBytes(24).toString('base64')}`;
    expect(() => verifyWebhook(other, headers, body)).toThrow(/no webhook-signature matches/);
    expect(() => verifyWebhook(secret, { 'webhook-id': 'x', 'webhook-timestamp': headers['webhook-timestamp'] }, body)).toThrow(/missing webhook-signature/);
  });

  it('refuses deliveries outside the 5-minute tolerance (old replays and future timestamps)', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(() => verifyWebhook(secret, signed(body, { at: now - 301 }), body)).toThrow(/tolerance/);
    expect(() => verifyWebhook(secret, signed(body, { at: now + 301 }), body)).toThrow(/tolerance/);
    expect(verifyWebhook(secret, signed(body, { at: now - 290 }), body).payload).toBeTruthy();
  });

  it('during a secret rotation either secret verifies, and a header with two signatures passes when one matches', () => {
    const next = `whsec_${randomBytes(24).toString('base64')}`;
    const byOld = signed(body, { id: 'msg_rot' });
    const byNew = signed(body, { id: 'msg_rot', at: Number(byOld['webhook-timestamp']), key: next });
    expect(verifyWebhook([next, secret], byOld, body).id).toBe('msg_rot');
    expect(verifyWebhook([next, secret], byNew, body).id).toBe('msg_rot');
    const both = { ...byOld, 'webhook-signature': `${byNew['webhook-signature']} ${byOld['webhook-signature']}` };
    expect(verifyWebhook(next, both, body).id).toBe('msg_rot');
    expect(() => verifyWebhook(`whsec_${randomBytes(24).toString('base64')}`, both, body)).toThrow(WebhookVerificationError);
  });
});
