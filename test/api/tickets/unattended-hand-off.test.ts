// Nothing falls through the cracks: a hand-off nobody can take now becomes a ticket (with the
// transcript), the customer's address gets the answers by e-mail (a real local SMTP server), and an
// approval about a ticket is written into the ticket's history.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { cloneDatabase, sql } from '../../helpers/db.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { asWidget } from '../../helpers/as.js';
import { until } from '../../helpers/ws.js';
import { startSmtp, type SmtpServer } from '../../helpers/smtp.js';

let server: TestServer;
let smtp: SmtpServer;
let db: string;
let northwind: string;
let agent: string;
let manager: string;

const CLOSED = '[[],[],[],[],[],[],[]]';

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ databaseUrl: await cloneDatabase('unattended'), env: { SMTP_URL: smtp.url } });
  db = server.services.config.DATABASE_URL!;
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  [agent, manager] = await Promise.all([login(server.graphqlUrl, DEMO.northwind.agent, DEMO.northwind.slug), login(server.graphqlUrl, DEMO.northwind.manager, DEMO.northwind.slug)]);
});
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

async function closedAndNobodyOnline() {
  await sql(db, `update business_calendars set weekly_hours = '${CLOSED}' where tenant_id = $1`, [northwind]);
  await sql(db, `update users set availability = 'OFFLINE' where tenant_id = $1`, [northwind]);
}

async function customerAsksForAPerson(text: string) {
  const me = await asWidget(server, 'northwind', 'Nora Nightowl');
  const started = await gql<{ startConversation: { conversationId: string } }>(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { subject: 'Broken zipper', body: text, idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: me.token });
  const conversationId = started.data!.startConversation.conversationId;
  const asked = await gql(server.graphqlUrl, `mutation($i: RequestHumanInput!) { requestHumanAgent(input: $i) { conversationId } }`, { i: { conversationId } }, { token: me.token });
  expect(asked.errors).toBeUndefined();
  await server.services.domainEvents.settled();
  return { ...me, conversationId };
}

const ticketsOf = (conversationId: string) =>
  sql<{ id: string; number: number; status: string; channel: string; escalation_context: { transcript?: { body: string }[] } | null }>(db, `select id, number, status, channel, escalation_context from tickets where conversation_id = $1`, [conversationId]);

describe('a hand-off nobody can take', () => {
  it('becomes one ticket with the transcript; public replies reach the customer by e-mail, internal notes do not', async () => {
    await closedAndNobodyOnline();
    const customer = await customerAsksForAPerson('My zipper broke on the second hike. Can I get a replacement?');
    const [ticket, ...more] = await ticketsOf(customer.conversationId);
    expect(more).toEqual([]);
    expect(ticket).toMatchObject({ status: 'OPEN', channel: 'WIDGET' });
    expect(ticket!.escalation_context!.transcript!.map((m) => m.body)).toContain('My zipper broke on the second hike. Can I get a replacement?');
    const [created] = await sql<{ actor_kind: string; action: string }>(db, `select actor_kind, action from ticket_events where ticket_id = $1 order by ticket_version`, [ticket!.id]);
    expect(created).toEqual({ actor_kind: 'SYSTEM', action: 'CREATED' });

    // Asking again (another hand-off of the same conversation) makes no second ticket.
    await gql(server.graphqlUrl, `mutation($i: RequestHumanInput!) { requestHumanAgent(input: $i) { conversationId } }`, { i: { conversationId: customer.conversationId } }, { token: customer.token });
    await server.services.domainEvents.settled();
    expect(await ticketsOf(customer.conversationId)).toHaveLength(1);

    const address = `nora-${randomUUID().slice(0, 6)}@example.test`;
    const left = await gql(server.graphqlUrl, `mutation($i: LeaveEmailForReplyInput!) { leaveEmailForReply(input: $i) { conversationId } }`, { i: { conversationId: customer.conversationId, email: address } }, { token: customer.token });
    expect(left.errors).toBeUndefined();

    const comment = (body: string, isPublic: boolean) => gql(server.graphqlUrl, `mutation($i: CommentOnTicketInput!) { commentOnTicket(input: $i) { ticket { id } } }`, { i: { id: ticket!.id, body, public: isPublic } }, { token: agent });
    expect((await comment('Checking the warranty terms first.', false)).errors).toBeUndefined();
    expect((await comment('Sorry about that! A replacement zipper kit is on its way, free of charge.', true)).errors).toBeUndefined();
    await server.services.domainEvents.settled();
    await until(() => smtp.mailTo(address).length > 0, 15_000, () => 'no reply mail arrived');
    await new Promise((r) => setTimeout(r, 300));
    const mails = smtp.mailTo(address);
    expect(mails).toHaveLength(1); // the internal note never left
    expect(mails[0]!.subject).toBe(`[#${ticket!.number}] Broken zipper`);
    expect(mails[0]!.text).toContain('A replacement zipper kit is on its way, free of charge.');
    expect(mails[0]!.text).not.toContain('warranty terms');
  });

  it('a message an agent writes in the conversation later is e-mailed too', async () => {
    await closedAndNobodyOnline();
    const customer = await customerAsksForAPerson('Is the Ridge 40 pack waterproof?');
    const address = `ria-${randomUUID().slice(0, 6)}@example.test`;
    await gql(server.graphqlUrl, `mutation($i: LeaveEmailForReplyInput!) { leaveEmailForReply(input: $i) { conversationId } }`, { i: { conversationId: customer.conversationId, email: address } }, { token: customer.token });
    const took = await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId: customer.conversationId } }, { token: agent });
    expect(took.errors).toBeUndefined();
    const sent = await gql(server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }`, { i: { conversationId: customer.conversationId, body: 'It is water-resistant; add the rain cover for storms.', clientMessageId: randomUUID() } }, { token: agent });
    expect(sent.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    await until(() => smtp.mailTo(address).length > 0, 15_000, () => 'no mail arrived');
    expect(smtp.mailTo(address)[0]!.text).toContain('add the rain cover for storms');
  });

  it('no ticket when the tenant turned it off, nor when someone is there to answer', async () => {
    await closedAndNobodyOnline();
    await sql(db, `update tenants set ticket_when_nobody_available = false where id = $1`, [northwind]);
    const off = await customerAsksForAPerson('Do you ship to Norway?');
    expect(await ticketsOf(off.conversationId)).toEqual([]);
    await sql(db, `update tenants set ticket_when_nobody_available = true where id = $1`, [northwind]);

    const allDay = JSON.stringify(Array.from({ length: 7 }, () => [{ start: '00:00', end: '24:00' }]));
    await sql(db, `update business_calendars set weekly_hours = $2 where tenant_id = $1`, [northwind, allDay]);
    await sql(db, `update users set availability = 'ONLINE', max_concurrent_chats = 0 where email = $1`, [DEMO.northwind.agent]); // online, but full: it waits, someone will come
    const waiting = await customerAsksForAPerson('Do you ship to Iceland?');
    expect(await ticketsOf(waiting.conversationId)).toEqual([]);
    await sql(db, `update users set availability = 'OFFLINE', max_concurrent_chats = 3 where email = $1`, [DEMO.northwind.agent]);
  });
});

describe('approvals about a ticket', () => {
  it('are written into the ticket history when requested and when decided; another tenant’s ticket is NOT_FOUND', async () => {
    const [{ id: ticketId }] = await sql<{ id: string }>(db, `select id from tickets where tenant_id = $1 order by number limit 1`, [northwind]);
    const requested = await gql<{ requestApproval: { approval: { id: string } } }>(
      server.graphqlUrl,
      `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { approval { id } } }`,
      { i: { ticketId, kind: 'REFUND', summary: 'Zipper kit refund', proposedAction: 'Refund 12.00 EUR', amount: 12, currency: 'EUR' } },
      { token: agent },
    );
    expect(requested.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const decided = await gql(server.graphqlUrl, `mutation($i: DecideApprovalInput!) { decideApproval(input: $i) { approval { status } } }`, { i: { id: requested.data!.requestApproval.approval.id, decision: 'REJECT', reason: 'Outside the warranty window' } }, { token: manager });
    expect(decided.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const history = await sql<{ action: string; comment: string }>(db, `select action, comment from ticket_events where ticket_id = $1 and action = 'APPROVAL' order by ticket_version`, [ticketId]);
    expect(history.map((h) => h.comment)).toEqual([
      expect.stringMatching(/^Approval #\d+ \(refund: Zipper kit refund\) requested\.$/),
      expect.stringMatching(/^Approval #\d+ \(refund: Zipper kit refund\) rejected: Outside the warranty window\.$/),
    ]);

    const [{ id: harborTicket }] = await sql<{ id: string }>(db, `select k.id from tickets k join tenants t on t.id = k.tenant_id where t.slug = 'harbor-bank' limit 1`);
    const foreign = await gql(server.graphqlUrl, `mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { approval { id } } }`, { i: { ticketId: harborTicket, kind: 'REFUND', summary: 'x', proposedAction: 'y' } }, { token: agent });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const listed = await gql(server.graphqlUrl, `query($f: ApprovalFilter) { approvalRequests(filter: $f) { totalCount } }`, { f: { ticketId: harborTicket } }, { token: manager });
    expect(codeOf(listed)).toBe('NOT_FOUND');
  });
});
