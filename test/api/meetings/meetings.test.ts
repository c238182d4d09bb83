// Meetings through the API: scheduling, the conflict rules (a table of edge cases), updates and
// SEQUENCE, cancel/complete/respond, recurrences in range reads, SQL per request, isolation,
// callbacks and what the widget sees.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAgent, asManager, asViewer, asWidget } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let harborManager: string;
let northwind: string;
let agentId: string;
let managerId: string;

const MEETING = `id title startsAt endsAt timezone occurrenceStart type status organizerId recurrence sequence version uid summary
  attendees { userId contactId name response }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { ${MEETING} } } }`;
const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { ${MEETING} } } }`;

async function contact(name = 'Case contact'): Promise<string> {
  const id = randomUUID();
  await sql(db, `insert into contacts (id, tenant_id, name, email) values ($1, $2, $3, $4)`, [id, northwind, name, `${id.slice(0, 8)}@example.com`]);
  return id;
}

async function person(name = 'Case person'): Promise<string> {
  const id = randomUUID();
  await sql(db, `insert into users (id, tenant_id, email, display_name, password_hash, role) values ($1, $2, $3, $4, 'x', 'AGENT')`, [id, northwind, `${id.slice(0, 8)}@staff.example.com`, name]);
  return id;
}

/** Schedules; the manager's meetings get a fresh organizer each (so cases never clash through them). */
async function schedule(token: string, input: Record<string, unknown>) {
  const organizer = token === manager && !input.organizerId ? { organizerId: await person('Fresh organizer') } : {};
  return gql(server.graphqlUrl, SCHEDULE, { i: { title: 'Meeting', timezone: 'Europe/Berlin', ...organizer, ...input } }, { token });
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [manager, agent, harborManager] = await Promise.all([asManager(server), asAgent(server), asManager(server, 'harbor')]);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
  const me = async (token: string) => (await gql(server.graphqlUrl, `{ viewer { user { id } } }`, {}, { token })).data!.viewer.user.id as string;
  [agentId, managerId] = await Promise.all([me(agent), me(manager)]);
});

describe('conflicts', () => {
  // [case, existing meeting, candidate, conflict?]
  const cases: [string, Record<string, unknown>, Record<string, unknown>, boolean][] = [
    ['touching after (10–11 then 11–12)', { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, { startsAt: '2027-03-01T11:00:00+01:00', endsAt: '2027-03-01T12:00:00+01:00' }, false],
    ['touching before (11–12 then 10–11)', { startsAt: '2027-03-01T11:00:00+01:00', endsAt: '2027-03-01T12:00:00+01:00' }, { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, false],
    ['containing', { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T12:00:00+01:00' }, { startsAt: '2027-03-01T10:30:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, true],
    ['contained', { startsAt: '2027-03-01T10:30:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T12:00:00+01:00' }, true],
    ['same start', { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T10:15:00+01:00' }, { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, true],
    ['partial overlap by a minute', { startsAt: '2027-03-01T10:00:00+01:00', endsAt: '2027-03-01T11:00:00+01:00' }, { startsAt: '2027-03-01T10:59:00+01:00', endsAt: '2027-03-01T11:30:00+01:00' }, true],
    ['across midnight', { startsAt: '2027-03-01T23:30:00+01:00', endsAt: '2027-03-02T00:30:00+01:00' }, { startsAt: '2027-03-02T00:00:00+01:00', endsAt: '2027-03-02T01:00:00+01:00' }, true],
    ['across midnight, touching', { startsAt: '2027-03-01T23:00:00+01:00', endsAt: '2027-03-02T00:00:00+01:00' }, { startsAt: '2027-03-02T00:00:00+01:00', endsAt: '2027-03-02T01:00:00+01:00' }, false],
    // 2027-03-28 02:00 CET → 03:00 CEST: 01:30–03:30 local is one real hour.
    ['across a DST change (spring)', { startsAt: '2027-03-28T01:30:00+01:00', endsAt: '2027-03-28T03:30:00+02:00' }, { startsAt: '2027-03-28T03:15:00+02:00', endsAt: '2027-03-28T04:00:00+02:00' }, true],
    ['across a DST change, touching in UTC', { startsAt: '2027-03-28T01:00:00+01:00', endsAt: '2027-03-28T03:00:00+02:00' }, { startsAt: '2027-03-28T01:00:00Z', endsAt: '2027-03-28T02:00:00Z' }, false],
    // Weekly 09:00 Berlin: after the switch the occurrence is 07:00Z, not 08:00Z.
    ['recurring occurrence after DST', { startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T10:00:00+01:00', recurrence: 'FREQ=WEEKLY;COUNT=4' }, { startsAt: '2027-04-05T07:30:00Z', endsAt: '2027-04-05T07:45:00Z' }, true],
    ['between recurring occurrences', { startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T10:00:00+01:00', recurrence: 'FREQ=WEEKLY;COUNT=4' }, { startsAt: '2027-04-05T08:00:00Z', endsAt: '2027-04-05T09:00:00Z' }, false],
    ['after the last occurrence (COUNT)', { startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T10:00:00+01:00', recurrence: 'FREQ=DAILY;COUNT=3' }, { startsAt: '2027-03-25T09:00:00+01:00', endsAt: '2027-03-25T10:00:00+01:00' }, false],
    ['an exception date does not block', { startsAt: '2027-03-22T09:00:00+01:00', endsAt: '2027-03-22T10:00:00+01:00', recurrence: 'FREQ=DAILY;COUNT=5', exceptionDates: ['2027-03-24T08:00:00Z'] }, { startsAt: '2027-03-24T09:00:00+01:00', endsAt: '2027-03-24T10:00:00+01:00' }, false],
    ['a recurring candidate hits a single meeting', { startsAt: '2027-03-10T09:30:00+01:00', endsAt: '2027-03-10T09:45:00+01:00' }, { startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T10:00:00+01:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270331T000000Z' }, true],
  ];

  it.each(cases)('%s', async (_name, existing, candidate, clash) => {
    const p = await person();
    const a = await schedule(manager, { ...existing, title: 'Existing', organizerId: p });
    expect(a.errors).toBeUndefined();
    const b = await schedule(manager, { ...candidate, title: 'Candidate', attendeeUserIds: [p], organizerId: await person('Other organizer') });
    if (clash) {
      expect(codeOf(b)).toBe('CONFLICT');
      expect(b.errors![0].message).toContain('Existing');
      expect(b.errors![0].message).toContain('Case person');
      expect(b.errors![0].extensions).toMatchObject({ meetingId: a.data!.scheduleMeeting.meeting.id, attendeeName: 'Case person', attendeeUserId: p });
      const forced = await schedule(manager, { ...candidate, title: 'Candidate', attendeeUserIds: [p], allowConflicts: true });
      expect(forced.errors).toBeUndefined();
    } else {
      expect(b.errors).toBeUndefined();
    }
  });

  it('cancelled meetings and declined invitations do not block', async () => {
    const c = await contact();
    const slot = { startsAt: '2027-05-03T10:00:00+02:00', endsAt: '2027-05-03T11:00:00+02:00' };
    const a = await schedule(manager, { ...slot, attendeeContactIds: [c] });
    await gql(server.graphqlUrl, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { status } } }`, { i: { id: a.data!.scheduleMeeting.meeting.id } }, { token: manager });
    expect((await schedule(manager, { ...slot, attendeeContactIds: [c] })).errors).toBeUndefined();

    const slot2 = { startsAt: '2027-05-04T10:00:00+02:00', endsAt: '2027-05-04T11:00:00+02:00' };
    const m = await schedule(manager, { ...slot2, attendeeUserIds: [agentId] });
    expect(codeOf(await schedule(agent, slot2))).toBe('CONFLICT');
    const r = await gql(server.graphqlUrl, `mutation($i: RespondToMeetingInput!) { respondToMeeting(input: $i) { meeting { attendees { userId response } } } }`, { i: { id: m.data!.scheduleMeeting.meeting.id, response: 'DECLINED' } }, { token: agent });
    expect(r.errors).toBeUndefined();
    expect(r.data!.respondToMeeting.meeting.attendees.find((x: { userId: string }) => x.userId === agentId).response).toBe('DECLINED');
    expect((await schedule(agent, slot2)).errors).toBeUndefined();
  });

  it('meetingConflicts answers the same without writing', async () => {
    const c = await contact();
    const a = await schedule(manager, { startsAt: '2027-06-01T10:00:00Z', endsAt: '2027-06-01T11:00:00Z', attendeeContactIds: [c], title: 'Blocker' });
    const r = await gql(server.graphqlUrl, `query($i: MeetingConflictsInput!) { meetingConflicts(input: $i) { meetingId meetingTitle contactId attendeeName } }`, { i: { startsAt: '2027-06-01T10:30:00Z', endsAt: '2027-06-01T11:30:00Z', contactIds: [c] } }, { token: agent });
    expect(r.data!.meetingConflicts).toEqual([{ meetingId: a.data!.scheduleMeeting.meeting.id, meetingTitle: 'Blocker', contactId: c, attendeeName: 'Case contact' }]);
  });
});

describe('meetings', () => {
  it('schedules with the organizer as an accepted attendee; rejects bad input', async () => {
    const r = await schedule(agent, { startsAt: '2027-07-01T09:00:00+02:00', endsAt: '2027-07-01T09:30:00+02:00', attendeeUserIds: [managerId], type: 'REVIEW' });
    expect(r.errors).toBeUndefined();
    const m = r.data!.scheduleMeeting.meeting;
    expect(m).toMatchObject({ type: 'REVIEW', status: 'SCHEDULED', organizerId: agentId, sequence: 0, timezone: 'Europe/Berlin' });
    expect(m.attendees).toEqual(expect.arrayContaining([expect.objectContaining({ userId: agentId, response: 'ACCEPTED' }), expect.objectContaining({ userId: managerId, response: 'NEEDS_ACTION' })]));
    const bad = await schedule(agent, { startsAt: '2027-07-01T10:00:00Z', endsAt: '2027-07-01T09:00:00Z' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('endsAt');
    expect(codeOf(await schedule(agent, { startsAt: '2027-07-01T10:00:00Z', endsAt: '2027-07-01T11:00:00Z', timezone: 'Mars/Olympus' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule(agent, { startsAt: '2027-07-01T10:00:00Z', endsAt: '2027-07-01T11:00:00Z', recurrence: 'FREQ=MONTHLY' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule(await asViewer(server), { startsAt: '2027-07-01T10:00:00Z', endsAt: '2027-07-01T11:00:00Z' }))).toBe('FORBIDDEN');
  });

  it('a weekly 09:00 Europe/Berlin series stays 09:00 local across DST in range reads', async () => {
    const c = await contact();
    const r = await schedule(manager, { title: 'Weekly', startsAt: '2027-03-15T09:00:00+01:00', endsAt: '2027-03-15T09:30:00+01:00', recurrence: 'FREQ=WEEKLY;COUNT=6', attendeeContactIds: [c] });
    expect(r.errors).toBeUndefined();
    const q = await gql(server.graphqlUrl, `query($c: ID) { meetings(from: "2027-03-10T00:00:00Z", to: "2027-05-01T00:00:00Z", contactId: $c) { id startsAt endsAt occurrenceStart } }`, { c }, { token: agent });
    expect(q.errors).toBeUndefined();
    expect(q.data!.meetings.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      '2027-03-15T08:00:00.000Z', '2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-04-05T07:00:00.000Z', '2027-04-12T07:00:00.000Z', '2027-04-19T07:00:00.000Z',
    ]);
    // Leaving one out.
    const id = r.data!.scheduleMeeting.meeting.id;
    const u = await gql(server.graphqlUrl, UPDATE, { i: { id, exceptionDates: ['2027-03-29T07:00:00Z'] } }, { token: manager });
    expect(u.errors).toBeUndefined();
    const q2 = await gql(server.graphqlUrl, `query($c: ID) { meetings(from: "2027-03-10T00:00:00Z", to: "2027-05-01T00:00:00Z", contactId: $c) { startsAt } }`, { c }, { token: agent });
    expect(q2.data!.meetings).toHaveLength(5);
  });

  it('update: SEQUENCE + 1 and the UID stays; moving onto a busy attendee is CONFLICT; cancel and complete', async () => {
    const c = await contact();
    const blocker = await schedule(manager, { title: 'Blocker', startsAt: '2027-08-02T14:00:00+02:00', endsAt: '2027-08-02T15:00:00+02:00', attendeeContactIds: [c] });
    expect(blocker.errors).toBeUndefined();
    const r = await schedule(manager, { title: 'Move me', startsAt: '2027-08-02T10:00:00+02:00', endsAt: '2027-08-02T11:00:00+02:00', attendeeContactIds: [c] });
    const m = r.data!.scheduleMeeting.meeting;
    const moved = await gql(server.graphqlUrl, UPDATE, { i: { id: m.id, startsAt: '2027-08-02T12:00:00+02:00' } }, { token: manager });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateMeeting.meeting).toMatchObject({ uid: m.uid, sequence: 1, startsAt: '2027-08-02T10:00:00.000Z', endsAt: '2027-08-02T11:00:00.000Z' });
    // The attendees' copies of the range moved too (what conflict and free-slot reads filter on).
    const copies = await sql<{ starts_at: Date; until_at: Date }>(db, `select starts_at, until_at from meeting_attendees where meeting_id = $1`, [m.id]);
    expect(copies.map((c) => [c.starts_at.toISOString(), c.until_at.toISOString()])).toEqual(copies.map(() => ['2027-08-02T10:00:00.000Z', '2027-08-02T11:00:00.000Z']));
    const clash = await gql(server.graphqlUrl, UPDATE, { i: { id: m.id, startsAt: '2027-08-02T14:30:00+02:00' } }, { token: manager });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors![0].extensions!.meetingId).toBe(blocker.data!.scheduleMeeting.meeting.id);
    const cancelled = await gql(server.graphqlUrl, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { status sequence } } }`, { i: { id: m.id } }, { token: manager });
    expect(cancelled.data!.cancelMeeting.meeting).toEqual({ status: 'CANCELLED', sequence: 2 });
    expect(codeOf(await gql(server.graphqlUrl, UPDATE, { i: { id: m.id, title: 'x' } }, { token: manager }))).toBe('CONFLICT');
    const done = await gql(server.graphqlUrl, `mutation($i: CompleteMeetingInput!) { completeMeeting(input: $i) { meeting { status notes } } }`, { i: { id: blocker.data!.scheduleMeeting.meeting.id, status: 'NO_SHOW', notes: 'Nobody came' } }, { token: manager });
    expect(done.data!.completeMeeting.meeting).toEqual({ status: 'NO_SHOW', notes: 'Nobody came' });
  });

  it('meetings(from, to) costs the same number of SQL statements for 1 and for 30 meetings with attendees', async () => {
    const q = `query($u: ID) { meetings(from: "2027-10-04T00:00:00Z", to: "2027-10-11T00:00:00Z", attendeeId: $u) { id title startsAt organizerName attendees { name response } } }`;
    await schedule(manager, { title: 'Alone', startsAt: '2027-10-04T08:00:00Z', endsAt: '2027-10-04T08:30:00Z', attendeeUserIds: [agentId], allowConflicts: true });
    const one = await gql(server.graphqlUrl, q, { u: agentId }, { token: manager });
    expect(one.data!.meetings).toHaveLength(1);
    for (let i = 0; i < 29; i++) {
      await schedule(manager, { title: `M${i}`, startsAt: `2027-10-0${5 + (i % 5)}T${String(8 + (i % 8)).padStart(2, '0')}:00:00Z`, endsAt: `2027-10-0${5 + (i % 5)}T${String(8 + (i % 8)).padStart(2, '0')}:30:00Z`, attendeeUserIds: [agentId], attendeeContactIds: [await contact()], allowConflicts: true });
    }
    const many = await gql(server.graphqlUrl, q, { u: agentId }, { token: manager });
    expect(many.data!.meetings).toHaveLength(30);
    expect(many.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
    expect(many.extensions!.sqlStatements).toBeLessThanOrEqual(3);
  });

  it('a range read far ahead finds an endless series (no series end) and not a single meeting that ended before it', async () => {
    const endless = await schedule(manager, { title: 'Endless weekly', startsAt: '2027-01-04T15:00:00Z', endsAt: '2027-01-04T15:30:00Z', timezone: 'UTC', recurrence: 'FREQ=WEEKLY', allowConflicts: true });
    expect(endless.errors).toBeUndefined();
    const single = await schedule(manager, { title: 'Single, long ago', startsAt: '2027-01-04T16:00:00Z', endsAt: '2027-01-04T16:30:00Z', timezone: 'UTC', allowConflicts: true });
    const window = await gql(server.graphqlUrl, `{ meetings(from: "2028-06-05T00:00:00Z", to: "2028-06-12T00:00:00Z") { id startsAt occurrenceStart } }`, {}, { token: manager });
    const ids = window.data!.meetings.map((m: { id: string }) => m.id);
    expect(ids).toContain(endless.data!.scheduleMeeting.meeting.id);
    expect(ids).not.toContain(single.data!.scheduleMeeting.meeting.id);
    expect(window.data!.meetings.find((m: { id: string }) => m.id === endless.data!.scheduleMeeting.meeting.id).startsAt).toBe('2028-06-05T15:00:00.000Z');
  });

  it('meetings(conversationId:) is one SQL statement for any number of meetings; another tenant’s conversation is NOT_FOUND', async () => {
    const [{ id: conversationId }] = await sql<{ id: string }>(db, `select id::text from conversations where tenant_id = $1 order by created_at limit 1`, [northwind]);
    const q = `query($c: ID) { meetings(from: "2027-09-06T00:00:00Z", to: "2027-09-13T00:00:00Z", conversationId: $c) { id title organizerName } }`;
    // No meeting yet: the (empty) read, then the check that the conversation is the tenant's.
    const none = await gql(server.graphqlUrl, q, { c: conversationId }, { token: manager });
    expect(none.data!.meetings).toEqual([]);
    expect(none.extensions!.sqlStatements).toBe(2);
    for (let i = 0; i < 12; i++) {
      const r = await schedule(manager, { title: `Linked ${i}`, startsAt: `2027-09-0${6 + (i % 4)}T${String(8 + i).padStart(2, '0')}:00:00Z`, endsAt: `2027-09-0${6 + (i % 4)}T${String(8 + i).padStart(2, '0')}:30:00Z`, conversationId, allowConflicts: true });
      expect(r.errors).toBeUndefined();
    }
    const one = await gql(server.graphqlUrl, q.replace('2027-09-13', '2027-09-07'), { c: conversationId }, { token: manager });
    const many = await gql(server.graphqlUrl, q, { c: conversationId }, { token: manager });
    expect(one.data!.meetings.length).toBeGreaterThanOrEqual(1);
    expect(many.data!.meetings).toHaveLength(12);
    expect(one.extensions!.sqlStatements).toBe(1);
    expect(many.extensions!.sqlStatements).toBe(1);
    // Harbor naming Northwind's conversation: NOT_FOUND, not an empty list (nor Northwind's meetings).
    expect(codeOf(await gql(server.graphqlUrl, q, { c: conversationId }, { token: harborManager }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, q, { c: 'not-a-uuid' }, { token: manager }))).toBe('NOT_FOUND');
  });

  it('isolation: another tenant’s meeting is NOT_FOUND everywhere and never in its lists', async () => {
    const r = await schedule(manager, { title: 'Northwind secret', startsAt: '2027-11-01T10:00:00Z', endsAt: '2027-11-01T11:00:00Z' });
    const id = r.data!.scheduleMeeting.meeting.id;
    expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { meeting(id: $id) { id } }`, { id }, { token: harborManager }))).toBe('NOT_FOUND');
    for (const [m, t] of [['updateMeeting', 'UpdateMeetingInput'], ['cancelMeeting', 'MeetingIdInput'], ['completeMeeting', 'CompleteMeetingInput']]) {
      const x = await gql(server.graphqlUrl, `mutation($i: ${t}!) { ${m}(input: $i) { meeting { id } } }`, { i: { id } }, { token: harborManager });
      expect(codeOf(x)).toBe('NOT_FOUND');
    }
    expect(codeOf(await gql(server.graphqlUrl, `mutation($i: SummarizeMeetingContextInput!) { summarizeMeetingContext(input: $i) { meeting { id } } }`, { i: { meetingId: id } }, { token: harborManager }))).toBe('NOT_FOUND');
    const list = await gql(server.graphqlUrl, `{ meetings(from: "2027-10-30T00:00:00Z", to: "2027-11-03T00:00:00Z") { id } }`, {}, { token: harborManager });
    expect(list.data!.meetings.map((m: { id: string }) => m.id)).not.toContain(id);
    // Harbor cannot invite Northwind people nor ask for their free time.
    expect(codeOf(await schedule(harborManager, { startsAt: '2027-11-01T10:00:00Z', endsAt: '2027-11-01T11:00:00Z', attendeeUserIds: [agentId] }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, `query($u: [ID!]!) { freeSlots(userIds: $u, from: "2027-11-01T00:00:00Z", to: "2027-11-02T00:00:00Z", durationMinutes: 30) { startsAt } }`, { u: [agentId] }, { token: harborManager }))).toBe('NOT_FOUND');
  });
});

describe('callbacks and the widget', () => {
  it('a callback from a conversation: CALLBACK meeting with agent and contact, message in the customer’s time zone, visible to that widget only', async () => {
    const customer = await asWidget(server, 'northwind', 'Callback Customer');
    const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Please call me', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: customer.token });
    const conversationId = started.data!.startConversation.conversationId as string;
    const seen: string[] = [];
    server.services.domainEvents.register({ name: 'test.meeting-scheduled', on: 'meeting.scheduled', handle: (e) => void seen.push(JSON.stringify(e.payload)) });
    const r = await gql(
      server.graphqlUrl,
      `mutation($i: ScheduleCallbackInput!) { scheduleCallback(input: $i) { meeting { id type organizerId customerTimezone conversationId attendees { userId contactId } } } }`,
      { i: { conversationId, startsAt: '2027-12-06T14:00:00Z', durationMinutes: 15, customerTimezone: 'America/New_York' } },
      { token: agent },
    );
    expect(r.errors).toBeUndefined();
    const m = r.data!.scheduleCallback.meeting;
    expect(m).toMatchObject({ type: 'CALLBACK', organizerId: agentId, customerTimezone: 'America/New_York', conversationId });
    expect(m.attendees).toEqual(expect.arrayContaining([expect.objectContaining({ userId: agentId }), expect.objectContaining({ contactId: customer.contactId })]));
    await server.services.domainEvents.settled();
    const ev = JSON.parse(seen.find((s) => s.includes(m.id))!);
    expect(ev).toMatchObject({ meetingId: m.id, type: 'CALLBACK', organizerId: agentId, contactIds: [customer.contactId], conversationId, startsAt: '2027-12-06T14:00:00.000Z', endsAt: '2027-12-06T14:15:00.000Z' });
    expect(ev.attendeeUserIds).toContain(agentId);
    const [msg] = await sql<{ body: string; private: boolean }>(db, `select body, private from messages where conversation_id = $1 and author = 'SYSTEM' order by seq desc limit 1`, [conversationId]);
    expect(msg.private).toBe(false);
    expect(msg.body).toContain('09:00');
    expect(msg.body).toContain('America/New_York');

    const mine = await gql(server.graphqlUrl, `{ myConversations { id callback { id startsAt endsAt timezone status } } }`, {}, { token: customer.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myConversations.find((c: { id: string }) => c.id === conversationId).callback).toEqual({ id: m.id, startsAt: '2027-12-06T14:00:00.000Z', endsAt: '2027-12-06T14:15:00.000Z', timezone: 'America/New_York', status: 'SCHEDULED' });
    // Another customer sees no callback (and not that conversation).
    const other = await asWidget(server, 'northwind', 'Other Customer');
    await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Hi', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: other.token });
    const theirs = await gql(server.graphqlUrl, `{ myConversations { id callback { id } } }`, {}, { token: other.token });
    expect(theirs.data!.myConversations.every((c: { id: string; callback: unknown }) => c.id !== conversationId && c.callback === null)).toBe(true);
    // Widget clients cannot read meetings.
    expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { meeting(id: $id) { id } }`, { id: m.id }, { token: customer.token }))).toBe('FORBIDDEN');

    // The offline summary of the conversation says it is offline.
    const s = await gql(server.graphqlUrl, `mutation($i: SummarizeMeetingContextInput!) { summarizeMeetingContext(input: $i) { meeting { summary } } }`, { i: { meetingId: m.id } }, { token: agent });
    expect(s.errors).toBeUndefined();
    expect(s.data!.summarizeMeetingContext.meeting.summary).toMatch(/^Offline summary/);
    expect(s.data!.summarizeMeetingContext.meeting.summary).toContain('Please call me');
  });

  it('a conflicting callback is CONFLICT naming the agent’s meeting', async () => {
    const customer = await asWidget(server, 'northwind', 'Busy Customer');
    const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { body: 'Call me', idempotencyKey: randomUUID(), clientMessageId: randomUUID() } }, { token: customer.token });
    await schedule(agent, { title: 'Agent busy', startsAt: '2027-12-07T14:00:00Z', endsAt: '2027-12-07T15:00:00Z' });
    const r = await gql(server.graphqlUrl, `mutation($i: ScheduleCallbackInput!) { scheduleCallback(input: $i) { meeting { id } } }`, { i: { conversationId: started.data!.startConversation.conversationId, startsAt: '2027-12-07T14:30:00Z' } }, { token: agent });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('Agent busy');
  });
});
