// The .ics files parsed by ical.js: local times and UTC offsets on both sides of DST in
// Europe/Berlin and America/New_York, attendees with PARTSTAT, UID stable with SEQUENCE + 1,
// cancellation as METHOD:CANCEL; the per-user feed lists exactly the user's meetings and stops
// working after revocation.
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAgent, asManager } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';

let server: TestServer;
let db: string;
let manager: string;
let agent: string;
let harborManager: string;
let agentId: string;
let managerId: string;
let northwind: string;

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id uid sequence } } }`;

async function schedule(token: string, input: Record<string, unknown>): Promise<{ id: string; uid: string; sequence: number }> {
  const r = await gql(server.graphqlUrl, SCHEDULE, { i: { title: 'Meeting', allowConflicts: true, ...input } }, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.scheduleMeeting.meeting;
}

async function ics(path: string, token?: string): Promise<{ status: number; text: string; type: string | null }> {
  const res = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
  return { cal, method: cal.getFirstPropertyValue('method'), events };
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [manager, agent, harborManager] = await Promise.all([asManager(server), asAgent(server), asManager(server, 'harbor')]);
  const me = async (token: string) => (await gql(server.graphqlUrl, `{ viewer { user { id } } }`, {}, { token })).data!.viewer.user.id as string;
  [agentId, managerId] = await Promise.all([me(agent), me(manager)]);
  [{ id: northwind }] = await sql<{ id: string }>(db, `select id::text from tenants where slug = 'northwind'`);
});

describe('.ics per meeting', () => {
  it.each([
    // zone, local start, expected UTC offset (seconds), ISO instant
    ['Europe/Berlin', '2027-03-26T10:00:00+01:00', 3600, '2027-03-26T09:00:00.000Z'],
    ['Europe/Berlin', '2027-03-29T10:00:00+02:00', 7200, '2027-03-29T08:00:00.000Z'],
    ['Europe/Berlin', '2027-10-29T10:00:00+02:00', 7200, '2027-10-29T08:00:00.000Z'],
    ['Europe/Berlin', '2027-11-01T10:00:00+01:00', 3600, '2027-11-01T09:00:00.000Z'],
    ['America/New_York', '2027-03-12T10:00:00-05:00', -18000, '2027-03-12T15:00:00.000Z'],
    ['America/New_York', '2027-03-15T10:00:00-04:00', -14400, '2027-03-15T14:00:00.000Z'],
    ['America/New_York', '2027-11-05T10:00:00-04:00', -14400, '2027-11-05T14:00:00.000Z'],
    ['America/New_York', '2027-11-08T10:00:00-05:00', -18000, '2027-11-08T15:00:00.000Z'],
  ])('%s %s: local 10:00, offset %i', async (timezone, start, offset, instant) => {
    const m = await schedule(manager, { timezone, startsAt: start, endsAt: new Date(new Date(start).getTime() + 3600_000).toISOString() });
    const r = await ics(`/calendar/meetings/${m.id}.ics`, agent);
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/calendar');
    const { method, events, cal } = parse(r.text);
    expect(method).toBe('REQUEST');
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([timezone]);
    const [{ e }] = events;
    expect(e.startDate.zone?.tzid).toBe(timezone);
    expect(e.startDate.hour).toBe(10);
    expect(e.startDate.minute).toBe(0);
    expect(e.startDate.utcOffset()).toBe(offset);
    expect(e.startDate.toJSDate().toISOString()).toBe(instant);
    expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(3600_000);
  });

  it('a weekly series keeps 10:00 local across the DST change', async () => {
    const m = await schedule(manager, { timezone: 'Europe/Berlin', startsAt: '2027-03-19T10:00:00+01:00', endsAt: '2027-03-19T10:30:00+01:00', recurrence: 'FREQ=WEEKLY;COUNT=3' });
    const { events } = parse((await ics(`/calendar/meetings/${m.id}.ics`, agent)).text);
    const it = events[0].e.iterator();
    const starts: string[] = [];
    for (let t = it.next(); t && starts.length < 5; t = it.next()) starts.push(`${t.hour}:${t.utcOffset()} ${t.toJSDate().toISOString()}`);
    expect(starts).toEqual(['10:3600 2027-03-19T09:00:00.000Z', '10:3600 2027-03-26T09:00:00.000Z', '10:7200 2027-04-02T08:00:00.000Z']);
  });

  it('attendees with their PARTSTAT; UID stays and SEQUENCE grows by one per change; cancelled is METHOD:CANCEL', async () => {
    const contactId = randomUUID();
    await sql(db, `insert into contacts (id, tenant_id, name, email) values ($1, $2, 'Carla Customer', 'carla@example.com')`, [contactId, northwind]);
    const m = await schedule(manager, { timezone: 'Europe/Berlin', startsAt: '2027-06-01T10:00:00+02:00', endsAt: '2027-06-01T11:00:00+02:00', attendeeUserIds: [agentId], attendeeContactIds: [contactId] });
    const before = parse((await ics(`/calendar/meetings/${m.id}.ics`, agent)).text).events[0];
    expect(before.e.uid).toBe(m.uid);
    expect(before.e.sequence).toBe(0);
    const r = await gql(server.graphqlUrl, `mutation($i: RespondToMeetingInput!) { respondToMeeting(input: $i) { meeting { sequence } } }`, { i: { id: m.id, response: 'TENTATIVE' } }, { token: agent });
    expect(r.errors).toBeUndefined();
    const u = await gql(server.graphqlUrl, `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { sequence } } }`, { i: { id: m.id, startsAt: '2027-06-01T12:00:00+02:00', endsAt: '2027-06-01T13:00:00+02:00' } }, { token: manager });
    expect(u.errors).toBeUndefined();
    const after = parse((await ics(`/calendar/meetings/${m.id}.ics`, agent)).text).events[0];
    expect(after.e.uid).toBe(m.uid);
    expect(after.e.sequence).toBe(u.data!.updateMeeting.meeting.sequence);
    expect(after.e.sequence).toBe(r.data!.respondToMeeting.meeting.sequence + 1);
    expect(after.e.startDate.hour).toBe(12);
    const partstat = Object.fromEntries(after.v.getAllProperties('attendee').map((p) => [String(p.getFirstValue()).replace(/^mailto:/i, ''), p.getParameter('partstat')]));
    const [agentEmail] = (await sql<{ email: string }>(db, `select email from users where id = $1`, [agentId])).map((x) => x.email);
    const [managerEmail] = (await sql<{ email: string }>(db, `select email from users where id = $1`, [managerId])).map((x) => x.email);
    expect(partstat).toEqual({ [managerEmail]: 'ACCEPTED', [agentEmail]: 'TENTATIVE', 'carla@example.com': 'NEEDS-ACTION' });
    expect(String(after.v.getFirstPropertyValue('organizer'))).toMatch(new RegExp(managerEmail, 'i'));

    await gql(server.graphqlUrl, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { id } } }`, { i: { id: m.id } }, { token: manager });
    const cancelled = parse((await ics(`/calendar/meetings/${m.id}.ics`, agent)).text);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.events[0].e.uid).toBe(m.uid);
    expect(cancelled.events[0].e.sequence).toBe(after.e.sequence + 1);
    expect(cancelled.events[0].v.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('needs a staff token of the same tenant', async () => {
    const m = await schedule(manager, { startsAt: '2027-06-02T10:00:00Z', endsAt: '2027-06-02T11:00:00Z' });
    expect((await ics(`/calendar/meetings/${m.id}.ics`)).status).toBe(401);
    expect((await ics(`/calendar/meetings/${m.id}.ics`, 'garbage')).status).toBe(401);
    expect((await ics(`/calendar/meetings/${m.id}.ics`, harborManager)).status).toBe(404);
    expect((await ics(`/calendar/meetings/${randomUUID()}.ics`, agent)).status).toBe(404);
  });
});

describe('calendar feed', () => {
  it('lists exactly the user’s meetings of their tenant, and 404 once revoked or rotated', async () => {
    const mine1 = await schedule(agent, { startsAt: '2027-09-01T10:00:00Z', endsAt: '2027-09-01T11:00:00Z', title: 'Mine (organizer)' });
    const mine2 = await schedule(manager, { startsAt: '2027-09-02T10:00:00Z', endsAt: '2027-09-02T11:00:00Z', attendeeUserIds: [agentId], title: 'Mine (attendee)' });
    const notMine = await schedule(manager, { startsAt: '2027-09-03T10:00:00Z', endsAt: '2027-09-03T11:00:00Z', title: 'Not mine' });
    await schedule(harborManager, { startsAt: '2027-09-01T10:00:00Z', endsAt: '2027-09-01T11:00:00Z', title: 'Harbor' });

    const viewer0 = await gql(server.graphqlUrl, `{ viewer { calendarFeedUrl calendarFeed { active } } }`, {}, { token: agent });
    expect(viewer0.data!.viewer).toEqual({ calendarFeedUrl: null, calendarFeed: { active: false } });
    const rot = await gql(server.graphqlUrl, `mutation { rotateCalendarFeed { feed { url active } } }`, {}, { token: agent });
    expect(rot.errors).toBeUndefined();
    const url = rot.data!.rotateCalendarFeed.feed.url as string;
    expect(url).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]+\.ics$/);
    const viewer1 = await gql(server.graphqlUrl, `{ viewer { calendarFeedUrl } }`, {}, { token: agent });
    expect(viewer1.data!.viewer.calendarFeedUrl).toBe(url);
    const token = url.split('/').pop()!.replace(/\.ics$/, '');
    // Only the hash is stored.
    const [row] = await sql<{ token_hash: string }>(db, `select token_hash from calendar_feeds where user_id = $1`, [agentId]);
    expect(row.token_hash).not.toContain(token);

    const path = new URL(url).pathname;
    const feed = await ics(path);
    expect(feed.status).toBe(200);
    const uids = parse(feed.text).events.map((x) => x.e.uid).sort();
    const expected = (await sql<{ uid: string }>(db, `select m.uid from meetings m join meeting_attendees a on a.meeting_id = m.id where a.user_id = $1`, [agentId])).map((x) => x.uid).sort();
    expect(uids).toEqual(expected);
    expect(uids).toContain(mine1.uid);
    expect(uids).toContain(mine2.uid);
    expect(uids).not.toContain(notMine.uid);

    const rotated = await gql(server.graphqlUrl, `mutation { rotateCalendarFeed { feed { url } } }`, {}, { token: agent });
    expect((await ics(path)).status).toBe(404);
    const path2 = new URL(rotated.data!.rotateCalendarFeed.feed.url).pathname;
    expect((await ics(path2)).status).toBe(200);
    const revoked = await gql(server.graphqlUrl, `mutation { revokeCalendarFeed { feed { url active } } }`, {}, { token: agent });
    expect(revoked.data!.revokeCalendarFeed.feed).toEqual({ url: null, active: false });
    expect((await ics(path2)).status).toBe(404);
    expect((await ics('/calendar/feed/not-a-real-token-at-all-xxxxxxxx.ics')).status).toBe(404);
  });
});
