// The dashboard's own GraphQL documents (web/src/dashboard/operations.ts) against a real API
// server: each one is valid, within the query limits, and answered for the roles that see it —
// a tenant admin (everything), an agent (the live cards only; reports are refused), and a
// platform admin naming a tenant (read-only dashboard).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { codeOf, gql } from '../helpers/graphql.js';
import { sql } from '../helpers/db.js';
import { asAdmin, asAgent, asPlatformAdmin } from '../helpers/as.js';
import {
  CsatRatingsQuery, DashboardChartsQuery, DashboardOwnTenantQuery, DrillDownQuery, ExportReportQuery, LiveKpisQuery, OperatorPerformanceQuery, TeamMetricsQuery,
} from '../../web/src/dashboard/operations.js';
import { DashboardTenantQuery, DashboardTenantsQuery } from '../../web/src/dashboard/tenant-operations.js';
import { EXPORT_CHOICES, exportInput } from '../../web/src/dashboard/export.js';
import { rangeInstants } from '../../web/src/dashboard/range.js';

let server: TestServer;
let admin: string, agent: string, platform: string;
let northwind: string;

const run = (doc: unknown, variables: Record<string, unknown>, token: string) => gql(server.graphqlUrl, print(doc as DocumentNode), variables, { token });

beforeAll(async () => {
  server = await startTestServer();
  [admin, agent, platform] = await Promise.all([asAdmin(server), asAgent(server), asPlatformAdmin(server)]);
  const [t] = await sql<{ id: string }>(server.services.config.DATABASE_URL!, `select id from tenants where slug = 'northwind'`);
  northwind = t!.id;
});
afterAll(async () => {
  await server?.stop();
});

describe('the dashboard operations against the API', () => {
  const period = rangeInstants({ from: '2026-02-08', to: '2026-03-09' }, 'Europe/Berlin');

  it('a tenant admin gets every read of the page', async () => {
    const own = await run(DashboardOwnTenantQuery, {}, admin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.viewer.tenant.timezone).toBeTruthy();
    const live = await run(LiveKpisQuery, { tenantId: null }, admin);
    expect(live.errors).toBeUndefined();
    expect(live.data!.liveKpis).toMatchObject({ tenantId: northwind, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    for (const granularity of ['DAY', 'HOUR']) {
      const p = granularity === 'DAY' ? period : rangeInstants({ from: '2026-03-08', to: '2026-03-09' }, 'Europe/Berlin');
      const charts = await run(DashboardChartsQuery, { ...p, granularity, businessHoursOnly: true, tenantId: null }, admin);
      expect(charts.errors).toBeUndefined();
      expect(charts.data!.firstResponse.points.length).toBeGreaterThan(0);
    }
    const ops = await run(OperatorPerformanceQuery, { ...period, businessHoursOnly: false, tenantId: null }, admin);
    expect(ops.errors).toBeUndefined();
    expect(Array.isArray(ops.data!.operatorPerformance)).toBe(true);
    const teams = await run(TeamMetricsQuery, { ...period, businessHoursOnly: true, tenantId: null }, admin);
    expect(teams.errors).toBeUndefined();
    const ratings = await run(CsatRatingsQuery, { ...period, tenantId: null }, admin);
    expect(ratings.errors).toBeUndefined();
    const drill = await run(DrillDownQuery, { filter: { metric: 'RESOLUTION', ...period }, first: 50, after: null, tenantId: null }, admin);
    expect(drill.errors).toBeUndefined();
    expect(drill.data!.reportingEvents.edges).toEqual(expect.any(Array));
    for (const choice of EXPORT_CHOICES) {
      const r = await run(ExportReportQuery, { input: exportInput(choice, { ...period, granularity: 'DAY', businessHoursOnly: true }) }, admin);
      expect(r.errors, choice.id).toBeUndefined();
      expect(r.data!.exportReport.csv.split('\n')[0]).toContain(',');
    }
  });

  it('an agent gets the live cards; the reports are refused (the page does not ask for them)', async () => {
    const live = await run(LiveKpisQuery, { tenantId: null }, agent);
    expect(live.errors).toBeUndefined();
    const charts = await run(DashboardChartsQuery, { ...period, granularity: 'DAY', businessHoursOnly: false, tenantId: null }, agent);
    expect(codeOf(charts)).toBe('FORBIDDEN');
  });

  it('a platform admin picks a tenant and reads its dashboard with tenantId', async () => {
    const list = await run(DashboardTenantsQuery, { search: null }, platform);
    expect(list.errors).toBeUndefined();
    expect(list.data!.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(northwind);
    const one = await run(DashboardTenantQuery, { id: northwind }, platform);
    expect(one.data!.tenant.timezone).toBeTruthy();
    const live = await run(LiveKpisQuery, { tenantId: northwind }, platform);
    expect(live.errors).toBeUndefined();
    expect(live.data!.liveKpis.tenantId).toBe(northwind);
    const charts = await run(DashboardChartsQuery, { ...period, granularity: 'DAY', businessHoursOnly: false, tenantId: northwind }, platform);
    expect(charts.errors).toBeUndefined();
    const ops = await run(OperatorPerformanceQuery, { ...period, businessHoursOnly: false, tenantId: northwind }, platform);
    expect(ops.errors).toBeUndefined();
    const exp = await run(ExportReportQuery, { input: exportInput(EXPORT_CHOICES[0]!, { ...period, granularity: 'DAY', businessHoursOnly: false, tenantId: northwind }) }, platform);
    expect(exp.errors).toBeUndefined();
  });
});
