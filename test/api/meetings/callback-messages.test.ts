// A callback that is moved or cancelled tells the customer: exactly one SYSTEM message in the linked
// conversation per change, with the time in the customer's time zone stored on the meeting; a
// repeated event adds nothing; other changes (title) and other meeting types post nothing.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAgent, asWidget } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import type { DomainEvent } from '../../../api/src/events/domain-events.js';
import { customerTime } from '../../../api/src/modules/meetings/callback.service.js';

let server: TestServer;
let db: string;
let agent: string;

const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id startsAt version } } }`;
const CANCEL = `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { id status } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  agent = await asAgent(server);
});

async function conversation(name: string): Promise<string> {
  const customer = await asWidget(server, 'northwind', name);
  const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Please call me', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: customer.token });
  expect(started.errors).toBeUndefined();
  return started.data!.startConversation.conversationId as string;
}

const systemMessages = async (conversationId: string) =>
  (await sql<{ body: string; private: boolean }>(db, `select body, private from messages where conversation_id = $1 and author = 'SYSTEM' order by seq`, [conversationId])).map((m) => m.body);

/** Record the meeting events (to replay them: a repeated delivery must add nothing). */
function recordEvents() {
  const seen: DomainEvent[] = [];
  server.services.domainEvents.register({ name: 'test.meeting-updated', on: 'meeting.updated', handle: (e) => void seen.push(e) });
  server.services.domainEvents.register({ name: 'test.meeting-cancelled', on: 'meeting.cancelled', handle: (e) => void seen.push(e) });
  return seen;
}

describe('callback moved or cancelled', () => {
  let seen: DomainEvent[];
  beforeAll(() => {
    seen = recordEvents();
  });

  it('a move posts exactly one message in the customer’s time zone; a replayed event and a title change post none', async () => {
    const conversationId = await conversation('Moved Customer');
    const r = await gql(server.graphqlUrl, `mutation($i: ScheduleCallbackInput!) { scheduleCallback(input: $i) { meeting { id } } }`, { i: { conversationId, startsAt: '2028-01-10T14:00:00Z', customerTimezone: 'America/New_York', allowConflicts: true } }, { token: agent });
    expect(r.errors).toBeUndefined();
    const id = r.data!.scheduleCallback.meeting.id as string;
    await server.services.domainEvents.settled();
    const before = await systemMessages(conversationId);
    expect(before.at(-1)).toContain('We will call you back');

    const moved = await gql(server.graphqlUrl, UPDATE, { i: { id, startsAt: '2028-01-11T16:30:00Z', allowConflicts: true } }, { token: agent });
    expect(moved.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const after = await systemMessages(conversationId);
    expect(after).toHaveLength(before.length + 1);
    // 16:30Z is 11:30 in New York (EST) on Tuesday 11 January 2028.
    expect(after.at(-1)).toBe(`Your callback moved to ${customerTime(new Date('2028-01-11T16:30:00Z'), 'America/New_York')}.`);
    expect(after.at(-1)).toContain('11 January 2028 at 11:30 (America/New_York)');

    // The same event delivered again: nothing new.
    const ev = seen.filter((e) => e.name === 'meeting.updated' && (e.payload as { meetingId: string }).meetingId === id).at(-1)!;
    server.services.domainEvents.emit([ev]);
    await server.services.domainEvents.settled();
    expect(await systemMessages(conversationId)).toHaveLength(after.length);

    // A change that keeps the start: nothing.
    const renamed = await gql(server.graphqlUrl, UPDATE, { i: { id, title: 'Callback (renamed)' } }, { token: agent });
    expect(renamed.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    expect(await systemMessages(conversationId)).toHaveLength(after.length);

    // Moving back to the first time is a new change: one more message.
    await gql(server.graphqlUrl, UPDATE, { i: { id, startsAt: '2028-01-10T14:00:00Z', allowConflicts: true } }, { token: agent });
    await server.services.domainEvents.settled();
    const back = await systemMessages(conversationId);
    expect(back).toHaveLength(after.length + 1);
    expect(back.at(-1)).toContain('09:00 (America/New_York)');
  });

  it('a cancel posts exactly one message; cancelling again or a replayed event posts none', async () => {
    const conversationId = await conversation('Cancelled Customer');
    const r = await gql(server.graphqlUrl, `mutation($i: ScheduleCallbackInput!) { scheduleCallback(input: $i) { meeting { id } } }`, { i: { conversationId, startsAt: '2028-02-07T09:00:00Z', customerTimezone: 'Europe/Berlin', allowConflicts: true } }, { token: agent });
    expect(r.errors).toBeUndefined();
    const id = r.data!.scheduleCallback.meeting.id as string;
    await server.services.domainEvents.settled();
    const before = await systemMessages(conversationId);

    const c = await gql(server.graphqlUrl, CANCEL, { i: { id } }, { token: agent });
    expect(c.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const after = await systemMessages(conversationId);
    expect(after).toHaveLength(before.length + 1);
    // 09:00Z is 10:00 in Berlin (CET).
    expect(after.at(-1)).toBe(`Your callback on ${customerTime(new Date('2028-02-07T09:00:00Z'), 'Europe/Berlin')} was cancelled.`);
    expect(after.at(-1)).toContain('7 February 2028 at 10:00 (Europe/Berlin)');

    await gql(server.graphqlUrl, CANCEL, { i: { id } }, { token: agent });
    const ev = seen.filter((e) => e.name === 'meeting.cancelled' && (e.payload as { meetingId: string }).meetingId === id).at(-1)!;
    server.services.domainEvents.emit([ev]);
    await server.services.domainEvents.settled();
    expect(await systemMessages(conversationId)).toHaveLength(after.length);
  });

  it('another meeting type linked to the conversation posts nothing when moved or cancelled', async () => {
    const conversationId = await conversation('Demo Customer');
    const r = await gql(
      server.graphqlUrl,
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id type } } }`,
      { i: { title: 'Product demo', type: 'DEMO', timezone: 'Europe/Berlin', startsAt: '2028-03-06T10:00:00Z', endsAt: '2028-03-06T11:00:00Z', conversationId, allowConflicts: true } },
      { token: agent },
    );
    expect(r.errors).toBeUndefined();
    const id = r.data!.scheduleMeeting.meeting.id as string;
    await server.services.domainEvents.settled();
    const before = await systemMessages(conversationId);
    await gql(server.graphqlUrl, UPDATE, { i: { id, startsAt: '2028-03-07T10:00:00Z', allowConflicts: true } }, { token: agent });
    await gql(server.graphqlUrl, CANCEL, { i: { id } }, { token: agent });
    await server.services.domainEvents.settled();
    expect(seen.filter((e) => (e.payload as { meetingId: string }).meetingId === id).map((e) => e.name)).toEqual(['meeting.updated', 'meeting.cancelled']);
    expect(await systemMessages(conversationId)).toEqual(before);
  });
});
