// KPI reads: hand-computed figures from rollups, the CSV export equal to the series/tables it
// exports, access per role, tenant isolation, and one SQL statement per request whatever the size.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { asAdmin, asAgent, asApiKey, asManager, asPlatformAdmin, asViewer } from '../../helpers/as.js';
import { cellNumber, insertDaily, insertEvents, insertHourly, parseCsv } from './fixtures.js';

let server: TestServer;
let db: string;
let admin: string, manager: string, agent: string, viewer: string, platform: string, harborAdmin: string;
let northwind: string, harbor: string;
let ada: string, bob: string;
/** Northwind (Europe/Berlin): 1–10 Nov 2026 local, as instants. */
let from: string, to: string;

const SERIES = `query($m: KpiMetric!, $from: DateTimeISO!, $to: DateTimeISO!, $g: KpiGranularity, $d: KpiDimension, $b: Boolean, $t: ID) {
  kpiSeries(metric: $m, from: $from, to: $to, granularity: $g, dimension: $d, businessHoursOnly: $b, tenantId: $t) { metric granularity dimension businessHoursOnly points { bucket key count sum average } } }`;
const EXPORT = `query($i: ExportReportInput!) { exportReport(input: $i) { filename contentType rowCount csv } }`;
const PERF_FIELDS = `key name team conversationsHandled resolutions firstResponses replies transfers avgFirstResponseSeconds avgResolutionSeconds csatResponses csatPercent onlineSeconds awaySeconds busySeconds`;
const OPERATORS = `query($from: DateTimeISO!, $to: DateTimeISO!, $b: Boolean, $t: ID) { operatorPerformance(from: $from, to: $to, businessHoursOnly: $b, tenantId: $t) { ${PERF_FIELDS} } }`;
const TEAMS = `query($from: DateTimeISO!, $to: DateTimeISO!) { teamMetrics(from: $from, to: $to) { ${PERF_FIELDS} } }`;
const HOURLY = `query($from: DateTimeISO!, $to: DateTimeISO!, $t: ID) { hourlyStats(from: $from, to: $to, tenantId: $t) { hour conversationsOpened resolutions botResolutions handoffs firstResponses avgFirstResponseSeconds csatResponses } }`;
const EVENTS = `query($f: ReportingEventFilter, $first: Int, $after: String, $t: ID) { reportingEvents(filter: $f, first: $first, after: $after, tenantId: $t) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name valueSeconds endedAt agentId agent { displayName } conversationId conversation { id subject status } attributes } } } }`;
const LIVE = `query($t: ID) { liveKpis(tenantId: $t) { tenantId day waitingCustomers longestWaitSeconds activeConversations humanHandledNow conversationsToday resolvedToday botResolvedToday
  avgFirstResponseSeconds avgResolutionSeconds csatPercent csatResponses csatResponseRate fcrPercent aiResolutionRate slaAtRisk slaBreached agentsOnline } }`;

const days = Array.from({ length: 10 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  [admin, manager, agent, viewer, platform, harborAdmin] = await Promise.all([
    asAdmin(server), asManager(server), asAgent(server), asViewer(server), asPlatformAdmin(server), asAdmin(server, 'harbor'),
  ]);
  const tenants = await sql<{ id: string; slug: string }>(db, `select id, slug from tenants`);
  northwind = tenants.find((t) => t.slug === 'northwind')!.id;
  harbor = tenants.find((t) => t.slug === 'harbor-bank')!.id;
  const users = await sql<{ id: string; email: string }>(db, `select id, email from users where tenant_id = $1`, [northwind]);
  ada = users.find((u) => u.email === 'agent@northwind.demo')!.id;
  bob = users.find((u) => u.email === 'agent2@northwind.demo')!.id;
  const [b] = await sql<{ f: Date; t: Date }>(db, `select ('2026-11-01'::timestamp at time zone 'Europe/Berlin') as f, ('2026-11-11'::timestamp at time zone 'Europe/Berlin') as t`);
  from = b.f.toISOString();
  to = b.t.toISOString();

  // Northwind: first responses per day (count i+1, sum 60·(i+1)·(i+1)), resolutions, per agent and team.
  await insertDaily(db, northwind, days.flatMap((day, i) => [
    { day, metric: 'first_response', count: i + 1, sum: 60 * (i + 1) * (i + 1), business: 30 * (i + 1) * (i + 1) },
    { day, metric: 'first_response', dimension: 'AGENT' as const, key: ada, count: i + 1, sum: 60 * (i + 1) * (i + 1), business: 10 * (i + 1) },
    { day, metric: 'resolution', count: 2, sum: 7200 },
    { day, metric: 'resolution', dimension: 'AGENT' as const, key: ada, count: 1, sum: 3000 },
    { day, metric: 'resolution', dimension: 'AGENT' as const, key: bob, count: 1, sum: 4200 },
    { day, metric: 'resolution', dimension: 'TEAM' as const, key: 'Support', count: 2, sum: 7200 },
    { day, metric: 'transferred', dimension: 'AGENT' as const, key: bob, count: 1 },
    { day, metric: 'agent_online', dimension: 'AGENT' as const, key: ada, count: 1, sum: 8 * 3600, business: 7 * 3600 },
  ]));
  // Outside the period (31 Oct, 11 Nov local): never counted.
  await insertDaily(db, northwind, [
    { day: '2026-10-31', metric: 'first_response', count: 1000, sum: 1 },
    { day: '2026-11-11', metric: 'first_response', count: 1000, sum: 1 },
  ]);
  // CSAT: Ada 3 ratings (5, 4, 2), Bob 1 (1); one on 31 Oct 23:30 Berlin (outside).
  await insertEvents(db, northwind, [
    { name: 'csat_received', endedAt: '2026-11-02T10:00:00Z', agentId: ada, team: 'Support', attributes: { rating: 5 } },
    { name: 'csat_received', endedAt: '2026-11-03T10:00:00Z', agentId: ada, team: 'Support', attributes: { rating: 4 } },
    { name: 'csat_received', endedAt: '2026-11-10T22:30:00Z', agentId: ada, team: 'Support', attributes: { rating: 2 } }, // 23:30 Berlin, 10 Nov: inside
    { name: 'csat_received', endedAt: '2026-11-04T10:00:00Z', agentId: bob, team: 'Support', attributes: { rating: 1 } },
    { name: 'csat_received', endedAt: '2026-10-31T23:30:00Z', agentId: ada, team: 'Support', attributes: { rating: 1 } }, // 1 Nov 00:30 Berlin (CET): inside
    { name: 'csat_received', endedAt: '2026-10-31T22:00:00Z', agentId: bob, team: 'Support', attributes: { rating: 5 } }, // 31 Oct 23:00 Berlin: outside
  ]);
  await insertHourly(db, northwind, [
    { hour: '2026-11-02T09:00:00Z', metric: 'conversation_opened', count: 4 },
    { hour: '2026-11-02T09:00:00Z', metric: 'first_response', count: 2, sum: 90 },
    { hour: '2026-11-02T11:00:00Z', metric: 'bot_resolved', count: 3 },
  ]);
  // Harbor: huge numbers on the same days, which must never show in Northwind's figures.
  await insertDaily(db, harbor, days.map((day) => ({ day, metric: 'first_response', count: 99999, sum: 99999 })));
  await insertHourly(db, harbor, [{ hour: '2026-11-02T09:00:00Z', metric: 'conversation_opened', count: 77777 }]);
  await insertEvents(db, harbor, [{ name: 'csat_received', endedAt: '2026-11-02T10:00:00Z', attributes: { rating: 5 } }]);
  // Warm each caller's auth cache: from then on a request costs only its own statements.
  for (const token of [admin, manager, agent, viewer, harborAdmin]) await gql(server.graphqlUrl, `{ liveKpis { day } }`, {}, { token });
  await gql(server.graphqlUrl, `query($t: ID) { liveKpis(tenantId: $t) { day } }`, { t: northwind }, { token: platform });
});

const series = (token: string, v: Record<string, unknown>) => gql(server.graphqlUrl, SERIES, { m: 'FIRST_RESPONSE', from, to, ...v }, { token });

describe('kpiSeries', () => {
  it('DAY buckets: the tenant-local days of the period, count, sum and sum ÷ count, in one statement', async () => {
    const r = await series(manager, { g: 'DAY' });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
    expect(r.data!.kpiSeries.points).toEqual(days.map((day, i) => ({ bucket: day, key: '', count: i + 1, sum: 60 * (i + 1) * (i + 1), average: 60 * (i + 1) })));
  });

  it('business hours sum business seconds; WEEK buckets start on Monday; AGENT keys are user ids', async () => {
    const b = await series(viewer, { g: 'DAY', b: true });
    expect(b.data!.kpiSeries.points[2]).toEqual({ bucket: '2026-11-03', key: '', count: 3, sum: 270, average: 90 });
    const w = await series(viewer, { g: 'WEEK' });
    // 1 Nov 2026 is a Sunday: weeks of 26 Oct (1 day), 2 Nov (7 days), 9 Nov (2 days).
    const sum = (a: number, z: number) => days.slice(a, z).reduce((s, _d, i) => s + 60 * (a + i + 1) ** 2, 0);
    const count = (a: number, z: number) => days.slice(a, z).reduce((s, _d, i) => s + a + i + 1, 0);
    expect(w.data!.kpiSeries.points).toEqual([
      { bucket: '2026-10-26', key: '', count: count(0, 1), sum: sum(0, 1), average: sum(0, 1) / count(0, 1) },
      { bucket: '2026-11-02', key: '', count: count(1, 8), sum: sum(1, 8), average: sum(1, 8) / count(1, 8) },
      { bucket: '2026-11-09', key: '', count: count(8, 10), sum: sum(8, 10), average: sum(8, 10) / count(8, 10) },
    ]);
    const a = await series(viewer, { g: 'MONTH', d: 'AGENT', m: 'RESOLUTION' });
    expect(a.data!.kpiSeries.points).toEqual(
      [{ key: ada, sum: 30000 }, { key: bob, sum: 42000 }].sort((x, y) => x.key.localeCompare(y.key)).map((p) => ({ bucket: '2026-11-01', key: p.key, count: 10, sum: p.sum, average: p.sum / 10 })),
    );
  });

  it('HOUR buckets read the hourly rollups (every hour present); other dimensions are refused', async () => {
    const r = await series(viewer, { g: 'HOUR', m: 'CONVERSATION_OPENED', from: '2026-11-02T08:00:00Z', to: '2026-11-02T11:00:00Z' });
    expect(r.data!.kpiSeries.points).toEqual([
      { bucket: '2026-11-02T08:00:00.000Z', key: '', count: 0, sum: 0, average: null },
      { bucket: '2026-11-02T09:00:00.000Z', key: '', count: 4, sum: 0, average: 0 },
      { bucket: '2026-11-02T10:00:00.000Z', key: '', count: 0, sum: 0, average: null },
    ]);
    expect(codeOf(await series(viewer, { g: 'HOUR', d: 'AGENT' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await series(viewer, { g: 'DAY', from: to, to: from }))).toBe('BAD_USER_INPUT');
  });
});

describe('operatorPerformance, teamMetrics, hourlyStats', () => {
  it('per agent: handled, averages (sum ÷ count), CSAT of the period\'s tenant-local days, online time', async () => {
    const r = await gql(server.graphqlUrl, OPERATORS, { from, to }, { token: viewer });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
    const rows = r.data!.operatorPerformance as Record<string, any>[];
    const a = rows.find((x) => x.key === ada)!;
    const b = rows.find((x) => x.key === bob)!;
    const frSum = days.reduce((s, _d, i) => s + 60 * (i + 1) ** 2, 0);
    expect(a).toMatchObject({ conversationsHandled: 10, resolutions: 10, firstResponses: 55, transfers: 0, avgFirstResponseSeconds: frSum / 55, avgResolutionSeconds: 3000, csatResponses: 4, csatPercent: 50, onlineSeconds: 80 * 3600 });
    expect(b).toMatchObject({ conversationsHandled: 20, resolutions: 10, transfers: 10, avgResolutionSeconds: 4200, csatResponses: 1, csatPercent: 0, avgFirstResponseSeconds: null, onlineSeconds: 0 });
    const bh = await gql(server.graphqlUrl, OPERATORS, { from, to, b: true }, { token: viewer });
    expect(bh.data!.operatorPerformance.find((x: any) => x.key === ada)).toMatchObject({ onlineSeconds: 70 * 3600, avgFirstResponseSeconds: 10 });
    const t = await gql(server.graphqlUrl, TEAMS, { from, to }, { token: viewer });
    expect(t.data!.teamMetrics).toEqual([expect.objectContaining({ key: 'Support', name: 'Support', resolutions: 20, avgResolutionSeconds: 3600, csatResponses: 5, csatPercent: 40 })]);
  });

  it('hourlyStats: every UTC hour of the period with its counts (Harbor\'s never)', async () => {
    const r = await gql(server.graphqlUrl, HOURLY, { from: '2026-11-02T09:00:00Z', to: '2026-11-02T12:00:00Z' }, { token: viewer });
    expect(r.extensions!.sqlStatements).toBe(1);
    expect(r.data!.hourlyStats).toEqual([
      { hour: '2026-11-02T09:00:00.000Z', conversationsOpened: 4, resolutions: 0, botResolutions: 0, handoffs: 0, firstResponses: 2, avgFirstResponseSeconds: 45, csatResponses: 0 },
      { hour: '2026-11-02T10:00:00.000Z', conversationsOpened: 0, resolutions: 0, botResolutions: 0, handoffs: 0, firstResponses: 0, avgFirstResponseSeconds: null, csatResponses: 0 },
      { hour: '2026-11-02T11:00:00.000Z', conversationsOpened: 0, resolutions: 0, botResolutions: 3, handoffs: 0, firstResponses: 0, avgFirstResponseSeconds: null, csatResponses: 0 },
    ]);
  });
});

describe('exportReport', () => {
  it('the CSV of a series holds exactly the chart\'s numbers (every granularity, dimension, business hours)', async () => {
    for (const v of [{ g: 'DAY' }, { g: 'WEEK', b: true }, { g: 'MONTH', d: 'AGENT', m: 'RESOLUTION' }, { g: 'HOUR', m: 'CONVERSATION_OPENED', from: '2026-11-02T00:00:00Z', to: '2026-11-03T00:00:00Z' }]) {
      const chart = await series(manager, v);
      const vars = { m: 'FIRST_RESPONSE', from, to, ...v } as Record<string, any>;
      const csv = await gql(server.graphqlUrl, EXPORT, { i: { report: 'SERIES', metric: vars.m, from: vars.from, to: vars.to, granularity: vars.g, dimension: vars.d, businessHoursOnly: vars.b } }, { token: manager });
      expect(csv.errors).toBeUndefined();
      expect(csv.extensions!.sqlStatements).toBe(1);
      const [header, ...rows] = parseCsv(csv.data!.exportReport.csv);
      expect(header).toEqual(['bucket', 'key', 'count', 'sum_seconds', 'average_seconds']);
      expect(csv.data!.exportReport.rowCount).toBe(rows.length);
      expect(rows.map((r) => ({ bucket: r[0], key: r[1], count: cellNumber(r[2]), sum: cellNumber(r[3]), average: cellNumber(r[4]) }))).toEqual(chart.data!.kpiSeries.points);
    }
  });

  it('the CSV of operator performance, teams and hourly stats equals the tables', async () => {
    const table = (await gql(server.graphqlUrl, OPERATORS, { from, to }, { token: manager })).data!.operatorPerformance as Record<string, any>[];
    const csv = await gql(server.graphqlUrl, EXPORT, { i: { report: 'OPERATORS', from, to } }, { token: manager });
    const [header, ...rows] = parseCsv(csv.data!.exportReport.csv);
    const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
    const fields = header.map(camel);
    expect(fields).toEqual(PERF_FIELDS.split(' '));
    const asObjects = rows.map((r) => Object.fromEntries(fields.map((f, i) => [f, ['key', 'name', 'team'].includes(f) ? (f === 'team' && r[i] === '' ? null : r[i]) : cellNumber(r[i])])));
    expect(asObjects).toEqual(table);
    expect(csv.data!.exportReport).toMatchObject({ contentType: 'text/csv; charset=utf-8', filename: expect.stringMatching(/^operator-performance_.*\.csv$/) });

    const hourly = (await gql(server.graphqlUrl, HOURLY, { from: '2026-11-02T00:00:00Z', to: '2026-11-03T00:00:00Z' }, { token: manager })).data!.hourlyStats as Record<string, any>[];
    const hcsv = await gql(server.graphqlUrl, EXPORT, { i: { report: 'HOURLY', from: '2026-11-02T00:00:00Z', to: '2026-11-03T00:00:00Z' } }, { token: manager });
    const [, ...hrows] = parseCsv(hcsv.data!.exportReport.csv);
    expect(hrows.map((r) => [r[0], ...r.slice(1).map(cellNumber)])).toEqual(hourly.map((h) => [h.hour, h.conversationsOpened, h.resolutions, h.botResolutions, h.handoffs, h.firstResponses, h.avgFirstResponseSeconds, h.csatResponses]));
    const teams = await gql(server.graphqlUrl, EXPORT, { i: { report: 'TEAMS', from, to } }, { token: manager });
    expect(parseCsv(teams.data!.exportReport.csv)[1].slice(0, 5)).toEqual(['Support', 'Support', 'Support', '20', '20']);
  });

  it('needs reports.export: a VIEWER (reports.view only) and an AGENT are refused', async () => {
    const i = { report: 'OPERATORS', from, to };
    expect(codeOf(await gql(server.graphqlUrl, EXPORT, { i }, { token: viewer }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, EXPORT, { i }, { token: agent }))).toBe('FORBIDDEN');
    expect((await gql(server.graphqlUrl, EXPORT, { i }, { token: admin })).errors).toBeUndefined();
    // A key scoped to export alone does not read the reports through the back door.
    const exportOnly = await asApiKey(server, ['reports.export']);
    expect(codeOf(await gql(server.graphqlUrl, EXPORT, { i }, { token: exportOnly }))).toBe('FORBIDDEN');
    const both = await asApiKey(server, ['reports.export', 'reports.view']);
    expect((await gql(server.graphqlUrl, EXPORT, { i }, { token: both })).errors).toBeUndefined();
  });
});

describe('reportingEvents (drill-down)', () => {
  it('lists the rows behind a number with their conversation and agent, newest first, one statement per page', async () => {
    const [contact] = await sql<{ id: string }>(db, `select id from contacts where tenant_id = $1 limit 1`, [northwind]);
    const convs: string[] = [];
    for (let i = 0; i < 30; i++) {
      const id = randomUUID();
      convs.push(id);
      await sql(db, `insert into conversations (id, tenant_id, contact_id, subject, status) values ($1, $2, $3, $4, 'RESOLVED')`, [id, northwind, contact.id, `Drill ${i}`]);
    }
    await insertEvents(db, northwind, convs.map((c, i) => ({ name: 'resolution', endedAt: new Date(Date.UTC(2026, 10, 5, 10, i)), value: 100 + i, conversationId: c, agentId: ada })));
    const small = await gql(server.graphqlUrl, EVENTS, { f: { metric: 'RESOLUTION', agentId: ada }, first: 2 }, { token: viewer });
    const big = await gql(server.graphqlUrl, EVENTS, { f: { metric: 'RESOLUTION', agentId: ada }, first: 25 }, { token: viewer });
    expect(big.errors).toBeUndefined();
    expect(small.extensions!.sqlStatements).toBe(1);
    expect(big.extensions!.sqlStatements).toBe(1);
    expect(big.data!.reportingEvents.totalCount).toBe(30);
    const nodes = big.data!.reportingEvents.edges.map((e: any) => e.node);
    expect(nodes[0]).toMatchObject({ name: 'resolution', valueSeconds: 129, agentId: ada, agent: { displayName: expect.any(String) }, conversation: { id: convs[29], subject: 'Drill 29', status: 'RESOLVED' } });
    const next = await gql(server.graphqlUrl, EVENTS, { f: { metric: 'RESOLUTION', agentId: ada }, first: 25, after: big.data!.reportingEvents.pageInfo.endCursor }, { token: viewer });
    expect(next.data!.reportingEvents.edges.map((e: any) => e.node.conversation.subject)).toEqual(['Drill 4', 'Drill 3', 'Drill 2', 'Drill 1', 'Drill 0']);
    const csat = await gql(server.graphqlUrl, EVENTS, { f: { metric: 'CSAT_RECEIVED', from, to } }, { token: viewer });
    expect(csat.data!.reportingEvents.totalCount).toBe(5);
    expect(codeOf(await gql(server.graphqlUrl, EVENTS, {}, { token: agent }))).toBe('FORBIDDEN');
  });
});

describe('liveKpis', () => {
  it('today from the rollups of the tenant-local day, now from current rows, one statement', async () => {
    const [{ day }] = await sql<{ day: string }>(db, `select (now() at time zone 'Europe/Berlin')::date::text as day`);
    await insertDaily(db, northwind, [
      { day, metric: 'conversation_opened', count: 12 },
      { day, metric: 'first_response', count: 4, sum: 480 },
      { day, metric: 'resolution', count: 6, sum: 6000 },
      { day, metric: 'bot_resolved', count: 2 },
      // FCR today is not decided yet (72 h): the card reads the 30 days ending 3 days ago.
      { day, metric: 'fcr', count: 3 },
      { day, metric: 'csat_received', count: 4 },
    ]);
    const [{ d3, d33, d34 }] = await sql<{ d3: string; d33: string; d34: string }>(
      db,
      `select ($1::date - 3)::text as d3, ($1::date - 33)::text as d33, ($1::date - 34)::text as d34`,
      [day],
    );
    await insertDaily(db, northwind, [
      { day: d3, metric: 'first_resolution', count: 6 },
      { day: d3, metric: 'fcr', count: 3 },
      { day: d33, metric: 'first_resolution', count: 2 },
      { day: d33, metric: 'fcr', count: 2 },
      // Outside the window: not counted.
      { day: d34, metric: 'first_resolution', count: 10 },
    ]);
    await insertEvents(db, northwind, [5, 4, 3, 1].map((rating) => ({ name: 'csat_received', endedAt: new Date(), attributes: { rating } })));
    const [now] = await sql<Record<string, number>>(db, `select
        (select count(*)::int from conversations where tenant_id = $1 and status = 'WAITING') as waiting,
        (select count(*)::int from conversations where tenant_id = $1 and status in ('BOT', 'WAITING', 'OPEN')) as active,
        (select count(*)::int from conversations where tenant_id = $1 and status = 'OPEN' and handler = 'HUMAN') as human,
        (select count(*)::int from users where tenant_id = $1 and active and availability = 'ONLINE') as online`, [northwind]);
    const r = await gql(server.graphqlUrl, LIVE, {}, { token: agent });
    expect(r.errors).toBeUndefined();
    expect(r.extensions!.sqlStatements).toBe(1);
    expect(r.data!.liveKpis).toMatchObject({
      tenantId: northwind, day, waitingCustomers: now.waiting, activeConversations: now.active, humanHandledNow: now.human, agentsOnline: now.online,
      conversationsToday: 12, resolvedToday: 6, botResolvedToday: 2, avgFirstResponseSeconds: 120, avgResolutionSeconds: 1000,
      csatResponses: 4, csatPercent: 50, csatResponseRate: (4 / 6) * 100, fcrPercent: (5 / 8) * 100, aiResolutionRate: (2 / 6) * 100,
    });
  });

  it('per-agent figures need conversations.manage: a manager reads them, a viewer gets FORBIDDEN on that field only', async () => {
    const q = `{ liveKpis { waitingCustomers agents { userId displayName availability activeConversations resolvedToday } } }`;
    const m = await gql(server.graphqlUrl, q, {}, { token: manager });
    expect(m.errors).toBeUndefined();
    expect(m.data!.liveKpis.agents.map((a: any) => a.userId)).toContain(ada);
    const v = await gql(server.graphqlUrl, q, {}, { token: viewer });
    expect(v.data!.liveKpis.agents).toBeNull();
    expect(v.data!.liveKpis.waitingCustomers).toBe(m.data!.liveKpis.waitingCustomers);
    expect(v.errors!.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['liveKpis.agents', 'FORBIDDEN']]);
  });
});

describe('isolation and platform admins', () => {
  it('another tenant\'s rows never appear; naming another tenant is NOT_FOUND for a member', async () => {
    const r = await series(harborAdmin, { g: 'DAY' });
    // Harbor's days are New York days: the period starts on 31 Oct there.
    expect(r.data!.kpiSeries.points.map((p: any) => p.count)).toEqual([0, ...days.map(() => 99999)]);
    for (const [q, v] of [[SERIES, { m: 'FIRST_RESPONSE', from, to }], [OPERATORS, { from, to }], [HOURLY, { from, to }], [EVENTS, {}], [LIVE, {}]] as const) {
      const other = await gql(server.graphqlUrl, q, { ...v, t: harbor }, { token: manager });
      expect(codeOf(other)).toBe('NOT_FOUND');
      expect(other.data ?? null).toBeNull();
    }
    const e = await gql(server.graphqlUrl, EVENTS, { f: { metric: 'CSAT_RECEIVED' }, first: 100 }, { token: harborAdmin });
    expect(e.data!.reportingEvents.totalCount).toBe(1);
  });

  it('platform admins name the tenant (a readable BAD_USER_INPUT without one); dashboardStats is theirs alone', async () => {
    const none = await series(platform, { g: 'DAY' });
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].message).toMatch(/Choose a tenant/);
    const h = await series(platform, { g: 'DAY', t: harbor });
    expect(h.data!.kpiSeries.points[1].count).toBe(99999);
    const live = await gql(server.graphqlUrl, LIVE, { t: northwind }, { token: platform });
    expect(live.data!.liveKpis.tenantId).toBe(northwind);

    const DASH = `{ dashboardStats { tenants activeTenants conversations documents tickets perTenant { tenantId name status conversations documents tickets users } } }`;
    const d = await gql(server.graphqlUrl, DASH, {}, { token: platform });
    expect(d.errors).toBeUndefined();
    expect(d.extensions!.sqlStatements).toBe(1);
    const [counts] = await sql<Record<string, number>>(db, `select (select count(*)::int from tenants) as tenants, (select count(*)::int from conversations) as conversations, (select count(*)::int from tickets) as tickets, (select count(*)::int from knowledge_documents) as documents`);
    expect(d.data!.dashboardStats).toMatchObject(counts);
    expect(d.data!.dashboardStats.perTenant.map((t: any) => t.tenantId)).toEqual(expect.arrayContaining([northwind, harbor]));
    expect(codeOf(await gql(server.graphqlUrl, DASH, {}, { token: admin }))).toBe('FORBIDDEN');
  });

  it('an AGENT sees the live figures but no reports', async () => {
    expect((await gql(server.graphqlUrl, LIVE, {}, { token: agent })).errors).toBeUndefined();
    expect(codeOf(await series(agent, { g: 'DAY' }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.graphqlUrl, OPERATORS, { from, to }, { token: agent }))).toBe('FORBIDDEN');
  });
});

describe('csatDistribution', () => {
  const Q = `query($from: DateTimeISO!, $to: DateTimeISO!, $tenantId: ID) { csatDistribution(from: $from, to: $to, tenantId: $tenantId) }`;
  // 1 Nov 00:00 to 11 Nov 00:00 Berlin (CET): the fixture's ratings 5, 4, 2, 1, 1 inside; 23:00 on 31 Oct outside.
  const period = { from: '2026-10-31T23:00:00Z', to: '2026-11-10T23:00:00Z' };

  it('counts the ratings of the period by score in one statement, only the caller\'s tenant', async () => {
    const r = await gql(server.graphqlUrl, Q, period, { token: viewer });
    expect(r.errors).toBeUndefined();
    expect(r.data!.csatDistribution).toEqual([2, 1, 0, 1, 1]);
    expect(r.extensions!.sqlStatements).toBe(1);
    const other = await gql(server.graphqlUrl, Q, period, { token: harborAdmin });
    expect(other.data!.csatDistribution).toEqual([0, 0, 0, 0, 1]);
    expect(codeOf(await gql(server.graphqlUrl, Q, { ...period, tenantId: northwind }, { token: harborAdmin }))).toBe('NOT_FOUND');
    expect((await gql(server.graphqlUrl, Q, { ...period, tenantId: northwind }, { token: platform })).data!.csatDistribution).toEqual([2, 1, 0, 1, 1]);
    expect(codeOf(await gql(server.graphqlUrl, Q, period, { token: agent }))).toBe('FORBIDDEN');
  });
});
