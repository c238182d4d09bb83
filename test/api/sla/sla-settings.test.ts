// Business calendars and SLA policies through GraphQL: the defaults every tenant gets, upsert and
// validation (BAD_USER_INPUT + field), .ics import, policy CRUD and reorder, permissions
// (reads tickets.view, writes automation.manage), tenant isolation, audit rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql, type GqlResult } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asViewer } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { loadSlaSetup, isOpenAt } from '../../../api/src/modules/sla/sla.reads.js';
import { matchSlaPolicy } from '../../../api/src/modules/sla/sla-matching.js';

let server: TestServer;
let db: string;
let admin: string;
let agent: string;
let viewer: string;
let harborAdmin: string;
let queue: { id: string; tenant_id: string };

const CAL = `id queueId name timezone openNow weeklyHours { weekday ranges { start end } } holidays { date name }`;
const POLICY = `id name position enabled fallback conditions { priorities queueIds vip tagsAny } firstResponseMinutes nextResponseMinutes resolutionMinutes businessHours calendarId atRiskShare`;
const CALENDARS = `{ businessCalendars { ${CAL} } }`;
const POLICIES = `{ slaPolicies { ${POLICY} } }`;
const UPSERT = `mutation($i: UpsertBusinessCalendarInput!) { upsertBusinessCalendar(input: $i) { businessCalendar { ${CAL} } } }`;
const IMPORT = `mutation($i: ImportHolidaysInput!) { importHolidays(input: $i) { imported recurrenceIgnored businessCalendar { ${CAL} } } }`;
const CREATE = `mutation($i: CreateSlaPolicyInput!) { createSlaPolicy(input: $i) { slaPolicy { ${POLICY} } } }`;
const UPDATE = `mutation($i: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $i) { slaPolicy { ${POLICY} } } }`;
const DELETE = `mutation($i: DeleteSlaPolicyInput!) { deleteSlaPolicy(input: $i) { deletedSlaPolicyId } }`;
const REORDER = `mutation($i: ReorderSlaPoliciesInput!) { reorderSlaPolicies(input: $i) { slaPolicies { id position } } }`;

const call = (token: string, query: string, i?: Record<string, unknown>) => gql(server.graphqlUrl, query, i ? { i } : {}, { token });
const ok = (r: GqlResult) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};
const bad = (r: GqlResult, field: string) => {
  expect(codeOf(r), JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions!.field).toBe(field);
};
const weekdays = (ranges: { start: string; end: string }[]) => ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({ weekday, ranges }));

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [admin, agent, viewer, harborAdmin] = await Promise.all([asAdmin(server), asAgent(server), asViewer(server), asAdmin(server, 'harbor')]);
  [queue] = await sql<{ id: string; tenant_id: string }>(db, `insert into queues (id, tenant_id, name) select gen_random_uuid(), id, 'SLA test queue' from tenants where slug = 'northwind' returning id::text, tenant_id::text`);
});

describe('defaults', () => {
  it('every tenant starts with a default calendar (its timezone and business hours) and three policies', async () => {
    const cals = ok(await call(viewer, CALENDARS)).businessCalendars;
    expect(cals).toHaveLength(1);
    expect(cals[0]).toMatchObject({ queueId: null, timezone: 'Europe/Berlin' });
    expect(cals[0].weeklyHours[0]).toEqual({ weekday: 'MONDAY', ranges: [{ start: '08:00', end: '20:00' }] });
    expect(cals[0].weeklyHours[6].ranges).toEqual([]);
    const policies = ok(await call(agent, POLICIES)).slaPolicies;
    expect(policies.map((p: any) => [p.name, p.firstResponseMinutes, p.nextResponseMinutes, p.resolutionMinutes, p.fallback])).toEqual([
      ['Urgent', 30, 120, 480, false],
      ['High', 60, 240, 1440, false],
      ['Standard', 240, 480, 1440, true],
    ]);
    expect(policies[0].atRiskShare).toBeCloseTo(0.8, 5);
  });

  it('a newly registered tenant gets them too', async () => {
    const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { session { accessToken } } }`, {
      i: { slug: 'sla-new', companyName: 'SLA New', adminEmail: 'a@sla-new.test', adminName: 'A', password: 'correct horse battery staple', timezone: 'America/New_York' },
    });
    const token = ok(r).registerTenant.session.accessToken as string;
    const cals = ok(await call(token, CALENDARS)).businessCalendars;
    expect(cals).toHaveLength(1);
    expect(cals[0].timezone).toBe('America/New_York');
    expect(ok(await call(token, POLICIES)).slaPolicies).toHaveLength(3);
  });
});

describe('business calendars', () => {
  it('replaces the default calendar: several ranges a day, holidays; one audit row', async () => {
    const before = (await sql<{ n: number }>(db, 'select count(*)::int as n from audit_logs'))[0].n;
    const cal = ok(await call(admin, UPSERT, { timezone: 'Europe/Berlin', weeklyHours: weekdays([{ start: '13:00', end: '17:00' }, { start: '08:00', end: '12:00' }]), holidays: [{ date: '2026-12-25', name: 'Christmas' }] })).upsertBusinessCalendar.businessCalendar;
    expect(cal.weeklyHours[2].ranges).toEqual([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]);
    expect(cal.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas' }]);
    expect(ok(await call(admin, CALENDARS)).businessCalendars).toHaveLength(1);
    expect((await sql<{ n: number }>(db, 'select count(*)::int as n from audit_logs'))[0].n).toBe(before + 1);
  });

  it.each([
    ['a bad time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['overlapping ranges', { weeklyHours: weekdays([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }]) }, 'weeklyHours'],
    ['an inverted range', { weeklyHours: weekdays([{ start: '17:00', end: '08:00' }]) }, 'weeklyHours'],
    ['a malformed time', { weeklyHours: weekdays([{ start: '8:00', end: '12:00' }]) }, 'weeklyHours'],
    ['a day listed twice', { weeklyHours: [{ weekday: 'MONDAY', ranges: [] }, { weekday: 'MONDAY', ranges: [] }] }, 'weeklyHours'],
    ['no hours at all', { weeklyHours: [] }, 'weeklyHours'],
    ['a bad date', { holidays: [{ date: '2026-02-30' }] }, 'holidays'],
    ['an unknown queue', { queueId: '00000000-0000-4000-8000-000000000000' }, 'queueId'],
  ])('refuses %s', async (_n, patch, field) => {
    const before = ok(await call(admin, CALENDARS)).businessCalendars;
    bad(await call(admin, UPSERT, { timezone: 'Europe/Berlin', weeklyHours: weekdays([{ start: '08:00', end: '17:00' }]), ...patch }), field);
    expect(ok(await call(admin, CALENDARS)).businessCalendars).toEqual(before);
  });

  it('a queue gets its own calendar; isOpenAt uses it', async () => {
    const q = queue;
    const cal = ok(await call(admin, UPSERT, { queueId: q.id, name: 'Night desk', timezone: 'UTC', weeklyHours: [{ weekday: 'SATURDAY', ranges: [{ start: '00:00', end: '24:00' }] }] })).upsertBusinessCalendar.businessCalendar;
    expect(cal).toMatchObject({ queueId: q.id, name: 'Night desk' });
    expect(ok(await call(admin, CALENDARS)).businessCalendars.map((c: any) => c.queueId)).toEqual([null, q.id]);
    expect(await isOpenAt(server.services.readPool, q.tenant_id, q.id, new Date('2026-12-05T03:00:00Z'))).toBe(true); // Saturday
    expect(await isOpenAt(server.services.readPool, q.tenant_id, null, new Date('2026-12-05T03:00:00Z'))).toBe(false);
  });

  it('imports holidays from an .ics file: all-day, multi-day, UTC times, yearly fixed dates', async () => {
    const [cal] = ok(await call(admin, CALENDARS)).businessCalendars;
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:New Year\\, the first', 'RRULE:FREQ=YEARLY', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Christmas', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART:20270501T230000Z', 'SUMMARY:Late UTC', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270406', 'RRULE:FREQ=MONTHLY;BYDAY=1MO', 'SUMMARY:Odd', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const r = ok(await call(admin, IMPORT, { calendarId: cal.id, ics, replace: true })).importHolidays;
    const dates = r.businessCalendar.holidays.map((h: any) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01', '2028-01-01', '2027-05-02', '2027-04-06']));
    expect(dates).not.toContain('2026-12-27');
    expect(r.businessCalendar.holidays.find((h: any) => h.date === '2027-01-01').name).toBe('New Year, the first');
    expect(r.recurrenceIgnored).toBe(1);
    bad(await call(admin, IMPORT, { calendarId: cal.id, ics: 'hello' }), 'ics');
    bad(await call(admin, IMPORT, { calendarId: cal.id, ics: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261340\nEND:VEVENT\nEND:VCALENDAR' }), 'ics');
    expect(codeOf(await call(harborAdmin, IMPORT, { calendarId: cal.id, ics }))).toBe('NOT_FOUND');
  });

  it('writes need automation.manage; reads need tickets.view', async () => {
    expect(codeOf(await call(agent, UPSERT, { timezone: 'UTC', weeklyHours: weekdays([{ start: '08:00', end: '17:00' }]) }))).toBe('FORBIDDEN');
    expect(codeOf(await call(viewer, CREATE, { name: 'x' }))).toBe('FORBIDDEN');
    ok(await call(viewer, CALENDARS));
  });
});

describe('SLA policies', () => {
  it('create, update, reorder, delete; matching reads the stored order', async () => {
    const q = queue;
    const vip = ok(await call(admin, CREATE, { name: 'VIP billing', conditions: { vip: true, tagsAny: ['billing'], queueIds: [q.id] }, firstResponseMinutes: 15, resolutionMinutes: 240, businessHours: false, atRiskShare: 0.5 })).createSlaPolicy.slaPolicy;
    expect(vip).toMatchObject({ position: 3, fallback: false, businessHours: false, nextResponseMinutes: null, atRiskShare: 0.5, conditions: { vip: true, tagsAny: ['billing'], queueIds: [q.id], priorities: null } });
    const facts = { priority: 'URGENT', queueId: q.id, vip: true, tags: ['Billing'] };
    let setup = await loadSlaSetup(server.services.readPool, q.tenant_id);
    expect(matchSlaPolicy(setup.policies, facts)?.id).not.toBe(vip.id); // Urgent comes first
    const all = ok(await call(admin, POLICIES)).slaPolicies.map((p: any) => p.id);
    const order = [vip.id, ...all.filter((id: string) => id !== vip.id)];
    expect(ok(await call(admin, REORDER, { ids: order })).reorderSlaPolicies.slaPolicies.map((p: any) => p.id)).toEqual(order);
    setup = await loadSlaSetup(server.services.readPool, q.tenant_id);
    expect(matchSlaPolicy(setup.policies, facts)?.id).toBe(vip.id);
    expect(setup.calendars.defaultCalendar?.timezone).toBe('Europe/Berlin');

    const upd = ok(await call(admin, UPDATE, { id: vip.id, enabled: false, firstResponseMinutes: null, name: 'VIP (off)' })).updateSlaPolicy.slaPolicy;
    expect(upd).toMatchObject({ enabled: false, firstResponseMinutes: null, resolutionMinutes: 240, name: 'VIP (off)' });
    setup = await loadSlaSetup(server.services.readPool, q.tenant_id);
    expect(matchSlaPolicy(setup.policies, facts)?.id).not.toBe(vip.id);

    expect(ok(await call(admin, DELETE, { id: vip.id })).deleteSlaPolicy.deletedSlaPolicyId).toBe(vip.id);
    expect(ok(await call(admin, POLICIES)).slaPolicies).toHaveLength(3);
  });

  it.each([
    ['an empty name', { name: ' ' }, 'name'],
    ['a zero target', { name: 'x', firstResponseMinutes: 0 }, 'firstResponseMinutes'],
    ['an at-risk share of 1', { name: 'x', atRiskShare: 1 }, 'atRiskShare'],
    ['an unknown priority', { name: 'x', conditions: { priorities: ['CRITICAL'] } }, 'conditions.priorities'],
    ['another tenant’s queue', { name: 'x', conditions: { queueIds: ['00000000-0000-4000-8000-000000000000'] } }, 'conditions.queueIds'],
    ['an unknown calendar', { name: 'x', calendarId: '00000000-0000-4000-8000-000000000000' }, 'calendarId'],
  ])('refuses %s', async (_n, input, field) => {
    bad(await call(admin, CREATE, input), field);
    expect(ok(await call(admin, POLICIES)).slaPolicies).toHaveLength(3);
  });

  it('reorder must list every policy once; another tenant’s policy is NOT_FOUND and invisible', async () => {
    const ids = ok(await call(admin, POLICIES)).slaPolicies.map((p: any) => p.id);
    bad(await call(admin, REORDER, { ids: ids.slice(1) }), 'ids');
    bad(await call(admin, REORDER, { ids: [ids[0], ids[0], ids[1]] }), 'ids');
    const harborIds = ok(await call(harborAdmin, POLICIES)).slaPolicies.map((p: any) => p.id);
    expect(harborIds.some((id: string) => ids.includes(id))).toBe(false);
    expect(codeOf(await call(harborAdmin, UPDATE, { id: ids[0], name: 'stolen' }))).toBe('NOT_FOUND');
    expect(codeOf(await call(harborAdmin, DELETE, { id: ids[0] }))).toBe('NOT_FOUND');
    expect(codeOf(await call(harborAdmin, UPDATE, { id: 'nope', name: 'x' }))).toBe('NOT_FOUND');
    bad(await call(harborAdmin, REORDER, { ids }), 'ids');
    expect(ok(await call(admin, POLICIES)).slaPolicies.map((p: any) => p.name)).not.toContain('stolen');
  });
});
