// Every event of the closed webhook list, triggered through the real API (or, for the SLA events,
// the real SLA timers), delivered to a local receiver, signature-verified, and its payload checked
// against the documented shape (docs/api.md "Webhooks": the envelope and each type's `data`).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asManager, asWidget } from '../../helpers/as.js';
import { startReceiver, verifyStandardWebhook, waitFor, type Receiver } from '../../helpers/webhook-receiver.js';
import { OffsetClock } from '../../../api/src/clock.js';
import { WEBHOOK_EVENT_KEYS, WebhookEventType } from '../../../api/src/modules/webhooks/webhook-events.js';

const clock = new OffsetClock(0);
let server: TestServer;
let db: string;
let admin: string;
let agent: string;
let manager: string;
let receiver: Receiver;
let secret: string;
let tenantId: string;

// The documented shapes (docs/api.md). `?` = may be null; `[]` = array of strings.
type Spec = 'string' | 'string?' | 'number' | 'boolean' | 'string[]' | 'actor' | readonly string[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CONVERSATION = { conversationId: 'string', contactId: 'string', status: ['BOT', 'WAITING', 'OPEN', 'RESOLVED', 'CLOSED'], handler: ['AI', 'HUMAN'], assigneeId: 'string?', queueId: 'string?' } as const;
const TICKET = {
  ticketId: 'string', number: 'number', status: ['OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'CLOSED'], priority: ['LOW', 'MEDIUM', 'HIGH', 'URGENT'],
  queueId: 'string?', assigneeId: 'string?', contactId: 'string?', conversationId: 'string?', actor: 'actor',
} as const;
const SLA = { target: ['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION'], dueAt: 'string' } as const;
const MEETING = {
  meetingId: 'string', type: ['CALLBACK', 'DEMO', 'REVIEW', 'PLANNING', 'STANDUP', 'OTHER'], status: ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'],
  organizerId: 'string', attendeeUserIds: 'string[]', contactIds: 'string[]', conversationId: 'string?', ticketId: 'string?', startsAt: 'string', endsAt: 'string',
} as const;
const SHAPES: Record<string, Record<string, Spec>> = {
  'conversation.created': { ...CONVERSATION, channel: 'string' },
  'conversation.status_changed': { ...CONVERSATION, from: CONVERSATION.status, transition: ['HANDED_OFF', 'ASSIGNED', 'TRANSFERRED', 'HANDED_BACK', 'RESOLVED', 'REOPENED', 'CLOSED'] },
  'conversation.assigned': { ...CONVERSATION, previousAssigneeId: 'string?', via: ['AUTO', 'MANUAL'] },
  'message.created': { conversationId: 'string', messageId: 'string', seq: 'number', author: ['CUSTOMER', 'AI', 'AGENT', 'SYSTEM'], conversationStatus: CONVERSATION.status },
  'ticket.created': { ...TICKET, channel: 'string' },
  'ticket.updated': { ...TICKET, changed: 'string[]', from: TICKET.status },
  'ticket.escalated': { ...TICKET, from: TICKET.status, reason: 'string' },
  'ticket.sla_at_risk': { ...TICKET, ...SLA },
  'ticket.sla_breached': { ...TICKET, ...SLA },
  'meeting.scheduled': MEETING,
  'meeting.cancelled': MEETING,
  'csat.received': { conversationId: 'string', contactId: 'string', responseId: 'string?', rating: 'number', comment: 'string?', agentId: 'string?', aiOnly: 'boolean' },
  'approval.decided': { approvalId: 'string', decision: ['APPROVED', 'REJECTED', 'ESCALATED', 'REASSIGNED'], ticketId: 'string?', conversationId: 'string?', approverId: 'string?', requestedById: 'string?', actor: 'actor' },
};

function checkValue(path: string, spec: Spec, v: unknown) {
  if (Array.isArray(spec)) return expect(spec, `${path} = ${JSON.stringify(v)}`).toContain(v);
  switch (spec) {
    case 'string': return expect(typeof v, path).toBe('string');
    case 'string?': return expect(v === null || typeof v === 'string', `${path} = ${JSON.stringify(v)}`).toBe(true);
    case 'number': return expect(Number.isFinite(v), path).toBe(true);
    case 'boolean': return expect(typeof v, path).toBe('boolean');
    case 'string[]': return expect(Array.isArray(v) && v.every((x) => typeof x === 'string'), path).toBe(true);
    case 'actor': {
      expect(Object.keys(v as object).sort(), path).toEqual(['id', 'kind']);
      const a = v as { kind: string; id: string | null };
      expect(['USER', 'API_KEY', 'RULE', 'SYSTEM', 'CONTACT']).toContain(a.kind);
      return expect(a.id === null || typeof a.id === 'string', path).toBe(true);
    }
  }
}

/** The envelope and `data` of a payload match the documented shape exactly (no extra, no missing keys). */
function checkShape(payload: any) {
  expect(Object.keys(payload).sort()).toEqual(['createdAt', 'data', 'id', 'tenantId', 'type', 'version']);
  expect(payload.id).toMatch(/^evt_[0-9a-f]{32}$/);
  expect(payload.version).toBe(1);
  expect(payload.tenantId).toBe(tenantId);
  expect(new Date(payload.createdAt).toISOString()).toBe(payload.createdAt);
  const shape = SHAPES[payload.type];
  expect(shape, payload.type).toBeDefined();
  expect(Object.keys(payload.data).sort(), payload.type).toEqual(Object.keys(shape).sort());
  for (const [k, spec] of Object.entries(shape)) checkValue(`${payload.type}.data.${k}`, spec, payload.data[k]);
  for (const k of Object.keys(shape)) if (/Id$/.test(k) && payload.data[k] !== null) expect(payload.data[k], `${payload.type}.data.${k}`).toMatch(UUID);
}

const payloads = () => receiver.received.map((r) => verifyStandardWebhook(secret, r.headers, r.body) as any);
const one = (type: string, match: (data: any) => boolean = () => true) =>
  waitFor(type, () => payloads().find((p) => p.type === type && match(p.data)), 20_000);
function ok<T = any>(r: { data?: any; errors?: any }): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}
const call = async (token: string, query: string, i: Record<string, unknown>) => ok(await gql(server.graphqlUrl, query, { i }, { token }));

beforeAll(async () => {
  server = await startTestServer({ clock });
  db = server.services.config.DATABASE_URL!;
  [admin, agent, manager] = await Promise.all([asAdmin(server), asAgent(server), asManager(server)]);
  [{ id: tenantId }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
  receiver = await startReceiver();
  const created = await call(admin, `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`, { url: receiver.url, events: WEBHOOK_EVENT_KEYS });
  secret = created.createWebhookEndpoint.secret;
});
afterAll(async () => {
  clock.offsetMs = 0;
  await receiver?.close();
});

describe('every webhook event, through the real API', () => {
  it('the closed list is the documented one', () => {
    expect(Object.values(WebhookEventType).sort()).toEqual(Object.keys(SHAPES).sort());
  });

  it('conversation.created, message.created, conversation.assigned, conversation.status_changed, csat.received', async () => {
    const me = await asWidget(server);
    const start = ok(await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Hello there', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: me.token }));
    const conversationId = start.startConversation.conversationId;
    const byConv = (d: any) => d.conversationId === conversationId;
    const created = await one('conversation.created', byConv);
    expect(created.data).toMatchObject({ conversationId, channel: 'WIDGET' });
    const message = await one('message.created', byConv);
    expect(message.data).toMatchObject({ conversationId, author: 'CUSTOMER', seq: 1 });

    await call(agent, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { conversationId });
    const [{ id: agentId }] = await sql<{ id: string }>(db, `select id::text from users where email = 'agent@northwind.demo'`);
    const assigned = await one('conversation.assigned', byConv);
    expect(assigned.data).toMatchObject({ conversationId, assigneeId: agentId, status: 'OPEN', handler: 'HUMAN' });
    const toOpen = await one('conversation.status_changed', (d) => byConv(d) && d.status === 'OPEN');
    expect(toOpen.data).toMatchObject({ transition: 'ASSIGNED', assigneeId: agentId });
    expect(toOpen.data.from).not.toBe('OPEN');

    // An internal note is never sent; a public reply is.
    await call(agent, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }`, { conversationId, body: 'internal only', private: true, clientMessageId: randomUUID() });
    await call(agent, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }`, { conversationId, body: 'How can I help?', clientMessageId: randomUUID() });
    const reply = await one('message.created', (d) => byConv(d) && d.author === 'AGENT');
    expect(reply.data.seq).toBeGreaterThan(1);

    await call(agent, `mutation($i: ConversationIdInput!) { resolveConversation(input: $i) { conversationId } }`, { conversationId });
    const resolved = await one('conversation.status_changed', (d) => byConv(d) && d.status === 'RESOLVED');
    expect(resolved.data).toMatchObject({ from: 'OPEN', transition: 'RESOLVED' });

    ok(await gql(server.graphqlUrl, `mutation($i: SubmitCsatInput!) { submitCsat(input: $i) { conversationId } }`, { i: { conversationId, rating: 4, comment: 'Quick' } }, { token: me.token }));
    const csat = await one('csat.received', byConv);
    expect(csat.data).toMatchObject({ conversationId, rating: 4, comment: 'Quick', agentId, aiOnly: false, contactId: me.contactId });
    await server.services.domainEvents.settled();
    // One delivery per public message; the internal note (also by the agent) is not among them.
    const messages = payloads().filter((p) => p.type === 'message.created' && byConv(p.data));
    expect(messages.filter((m) => m.data.author === 'AGENT')).toHaveLength(1);
    expect(messages.filter((m) => m.data.author === 'CUSTOMER')).toHaveLength(1);
    const [{ n: stored }] = await sql<{ n: number }>(db, `select count(*)::int as n from messages where conversation_id = $1 and not private`, [conversationId]);
    expect(messages).toHaveLength(stored);
  });

  it('ticket.created, ticket.updated, ticket.escalated', async () => {
    const t = await call(agent, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number } } }`, { subject: 'Webhook ticket', priority: 'LOW' });
    const ticketId = t.createTicket.ticket.id;
    const byTicket = (d: any) => d.ticketId === ticketId;
    const created = await one('ticket.created', byTicket);
    expect(created.data).toMatchObject({ ticketId, number: t.createTicket.ticket.number, priority: 'LOW', status: 'OPEN', actor: { kind: 'USER' } });
    await call(agent, `mutation($i: UpdateTicketInput!) { updateTicket(input: $i) { ticket { id } } }`, { id: ticketId, priority: 'URGENT' });
    const updated = await one('ticket.updated', (d) => byTicket(d) && d.changed.includes('priority'));
    expect(updated.data).toMatchObject({ priority: 'URGENT', from: 'OPEN' });
    await call(agent, `mutation($i: EscalateTicketInput!) { escalateTicket(input: $i) { ticket { id } } }`, { id: ticketId, reason: 'Needs a specialist' });
    const escalated = await one('ticket.escalated', byTicket);
    expect(escalated.data).toMatchObject({ status: 'ESCALATED', from: 'OPEN', reason: 'Needs a specialist' });
  });

  it('meeting.scheduled, meeting.cancelled', async () => {
    const m = await call(agent, `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }`, {
      title: 'Webhook demo', type: 'DEMO', timezone: 'Europe/Berlin', startsAt: '2027-08-02T09:00:00Z', endsAt: '2027-08-02T09:30:00Z',
    });
    const meetingId = m.scheduleMeeting.meeting.id;
    const scheduled = await one('meeting.scheduled', (d) => d.meetingId === meetingId);
    expect(scheduled.data).toMatchObject({ type: 'DEMO', status: 'SCHEDULED', startsAt: '2027-08-02T09:00:00.000Z', endsAt: '2027-08-02T09:30:00.000Z' });
    await call(agent, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { status } } }`, { id: meetingId });
    const cancelled = await one('meeting.cancelled', (d) => d.meetingId === meetingId);
    expect(cancelled.data.status).toBe('CANCELLED');
  });

  it('approval.decided', async () => {
    const t = await call(agent, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }`, { subject: 'Refund request' });
    const ticketId = t.createTicket.ticket.id;
    const a = await call(agent, `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { approval { id } } }`, {
      ticketId, kind: 'REFUND', summary: 'Kettle arrived broken', proposedAction: 'Refund it', amount: 40, currency: 'EUR',
    });
    const approvalId = a.requestApproval.approval.id;
    await call(manager, `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { approval { id } } }`, { id: approvalId, decision: 'APPROVE' });
    const decided = await one('approval.decided', (d) => d.approvalId === approvalId);
    expect(decided.data).toMatchObject({ decision: 'APPROVED', ticketId, actor: { kind: 'USER' } });
  });

  it('ticket.sla_at_risk, ticket.sla_breached (the real SLA timers)', async () => {
    await call(admin, `mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { id } } }`, {
      name: 'Webhook SLA', businessHours: false, conditions: { tagsAny: ['whsla'] }, resolutionMinutes: 60, atRiskShare: 0.9975,
    });
    // The SLA clock runs 60 min − 3 s ahead: the new ticket is at risk at once and breached 3 s later.
    clock.offsetMs = 60 * 60_000 - 3000;
    try {
      const t = await call(agent, `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }`, { subject: 'SLA webhook', tags: ['whsla'] });
      const ticketId = t.createTicket.ticket.id;
      const atRisk = await one('ticket.sla_at_risk', (d) => d.ticketId === ticketId);
      expect(atRisk.data).toMatchObject({ target: 'RESOLUTION', actor: { kind: 'SYSTEM', id: null } });
      const breached = await one('ticket.sla_breached', (d) => d.ticketId === ticketId);
      expect(breached.data).toMatchObject({ target: 'RESOLUTION', dueAt: atRisk.data.dueAt });
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('every payload received matches its documented shape, and every type of the list was seen', async () => {
    await server.services.domainEvents.settled();
    const all = payloads();
    for (const p of all) checkShape(p);
    expect(new Set(all.map((p) => p.type))).toEqual(new Set(Object.values(WebhookEventType)));
    // One delivery row per payload, each delivered.
    const rows = await sql<{ status: string; n: number }>(db, `select status, count(*)::int as n from webhook_deliveries group by status`);
    expect(rows.find((r) => r.status === 'FAILED')).toBeUndefined();
  });
});
