// freeSlots on a fixture week (Mon 8 – Fri 12 February 2027, Europe/Berlin, 09:00–17:00, Wednesday
// a holiday) with three attendees: overlapping meetings merge, a daily recurring one blocks every
// day, declined and cancelled ones do not block, the buffer keeps distance, the holiday is closed.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asManager } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
let manager: string;
let northwind: string;
const users: string[] = [];

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }`;
const FREE = `query($u: [ID!]!, $b: Int, $d: Int!) { freeSlots(userIds: $u, from: "2027-02-07T23:00:00Z", to: "2027-02-12T23:00:00Z", durationMinutes: $d, bufferMinutes: $b, stepMinutes: 30, limit: 500) { startsAt endsAt } }`;

async function schedule(input: Record<string, unknown>) {
  const r = await gql(server.graphqlUrl, SCHEDULE, { i: { title: 'Busy', timezone: 'Europe/Berlin', allowConflicts: true, ...input } }, { token: manager });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.scheduleMeeting.meeting.id as string;
}

/** "Mon 09:00" style local labels of slot starts (Europe/Berlin). */
const label = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso)).replace(',', '');

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  manager = await asManager(server);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
  const day = [{ start: '09:00', end: '17:00' }];
  await sql(db, `update business_calendars set timezone = 'Europe/Berlin', weekly_hours = $2, holidays = $3 where tenant_id = $1 and queue_id is null`, [
    northwind,
    JSON.stringify([day, day, day, day, day, [], []]),
    JSON.stringify([{ date: '2027-02-10', name: 'Fixture holiday' }]),
  ]);
  for (const name of ['Una', 'Dos', 'Tres']) {
    const id = randomUUID();
    await sql(db, `insert into users (id, tenant_id, email, display_name, password_hash, role) values ($1, $2, $3, $4, 'x', 'AGENT')`, [id, northwind, `${name.toLowerCase()}-${id.slice(0, 6)}@staff.example.com`, name]);
    users.push(id);
  }
  const [u1, u2, u3] = users;
  // Monday: 10:00–11:00 (u1) and 10:30–12:00 (u2) overlap; every weekday 13:00–13:30 (u3, recurring).
  await schedule({ organizerId: u1, startsAt: '2027-02-08T10:00:00+01:00', endsAt: '2027-02-08T11:00:00+01:00' });
  await schedule({ organizerId: u2, startsAt: '2027-02-08T10:30:00+01:00', endsAt: '2027-02-08T12:00:00+01:00' });
  await schedule({ organizerId: u3, startsAt: '2027-02-08T13:00:00+01:00', endsAt: '2027-02-08T13:30:00+01:00', recurrence: 'FREQ=DAILY;COUNT=5' });
  // Tuesday: a whole-day meeting u1 declined, and a cancelled one of u2: neither blocks.
  const [{ id: managerId }] = await sql<{ id: string }>(db, `select id::text from users where tenant_id = $1 and role = 'MANAGER' limit 1`, [northwind]);
  const declined = await schedule({ organizerId: managerId, attendeeUserIds: [u1], startsAt: '2027-02-09T09:00:00+01:00', endsAt: '2027-02-09T17:00:00+01:00' });
  await sql(db, `update meeting_attendees set response = 'DECLINED' where meeting_id = $1 and user_id = $2`, [declined, u1]);
  const cancelled = await schedule({ organizerId: u2, startsAt: '2027-02-09T09:00:00+01:00', endsAt: '2027-02-09T17:00:00+01:00' });
  await gql(server.graphqlUrl, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { id } } }`, { i: { id: cancelled } }, { token: manager });
});

describe('freeSlots', () => {
  const weekday = (d: string) => [
    `${d} 09:00`, `${d} 09:30`, `${d} 10:00`, `${d} 10:30`, `${d} 11:00`, `${d} 11:30`, `${d} 12:00`,
    `${d} 13:30`, `${d} 14:00`, `${d} 14:30`, `${d} 15:00`, `${d} 15:30`, `${d} 16:00`,
  ];

  it('one hour for three attendees, no buffer: business hours minus every meeting, nothing on the holiday', async () => {
    const r = await gql(server.graphqlUrl, FREE, { u: users, b: 0, d: 60 }, { token: manager });
    expect(r.errors).toBeUndefined();
    const got = r.data!.freeSlots.map((s: { startsAt: string }) => label(s.startsAt));
    expect(got).toEqual([
      'Mon 09:00', 'Mon 12:00', 'Mon 13:30', 'Mon 14:00', 'Mon 14:30', 'Mon 15:00', 'Mon 15:30', 'Mon 16:00',
      ...weekday('Tue'),
      ...weekday('Thu'),
      ...weekday('Fri'),
    ]);
    for (const s of r.data!.freeSlots) expect(new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()).toBe(3600_000);
  });

  it('a 10-minute buffer keeps slots away from meetings', async () => {
    const r = await gql(server.graphqlUrl, FREE, { u: users, b: 10, d: 60 }, { token: manager });
    const mon = r.data!.freeSlots.map((s: { startsAt: string }) => label(s.startsAt)).filter((x: string) => x.startsWith('Mon'));
    // 09:00–10:00 would end 10 min too late; 12:00–13:00 too close on both sides; 13:30 too early.
    expect(mon).toEqual(['Mon 14:00', 'Mon 14:30', 'Mon 15:00', 'Mon 15:30', 'Mon 16:00']);
  });

  it('only the attendees asked for count', async () => {
    const r = await gql(server.graphqlUrl, FREE, { u: [users[2]], b: 0, d: 60 }, { token: manager });
    const mon = r.data!.freeSlots.map((s: { startsAt: string }) => label(s.startsAt)).filter((x: string) => x.startsWith('Mon'));
    // Only the recurring 13:00–13:30 blocks Tres.
    expect(mon).toEqual(['Mon 09:00', 'Mon 09:30', 'Mon 10:00', 'Mon 10:30', 'Mon 11:00', 'Mon 11:30', 'Mon 12:00', 'Mon 13:30', 'Mon 14:00', 'Mon 14:30', 'Mon 15:00', 'Mon 15:30', 'Mon 16:00']);
  });

  it('bad input and unknown users', async () => {
    expect(codeOf(await gql(server.graphqlUrl, FREE, { u: users, d: 2 }, { token: manager }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.graphqlUrl, FREE, { u: [randomUUID()], d: 30 }, { token: manager }))).toBe('NOT_FOUND');
  });
});
