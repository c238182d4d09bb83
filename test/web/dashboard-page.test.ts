// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The dashboard page with a scripted API: live cards replaced by a kpisUpdated push, the period in
// the URL and in every read (as the tenant's day boundaries), a card's drill-down listing the
// conversations behind it, the operator table, the CSV export with the screen's period, what an
// agent (kpis.view only) sees, and the home page's choice (dashboard, welcome card, platform admin).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import DashboardPage from '../../web/src/dashboard/DashboardPage.vue';
import HomeSwitch from '../../web/src/dashboard/HomeSwitch.vue';
import { routes } from '../../web/src/router.js';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { toasts } from '../../web/src/toast.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

// No canvas here: the chart component is a placeholder (its numbers are in the hidden tables).
vi.mock('vue-echarts', async () => {
  const { defineComponent: define, h: render } = await import('vue');
  return { default: define({ name: 'VChart', props: ['option'], render: () => render('div', { class: 'vchart-stub' }) }) };
});

const mounted: VueWrapper[] = [];
// The charts are an async component (their own chunk): load the module once, up front, so each
// page gets it at once (the first transform of ECharts takes a while).
beforeAll(async () => {
  await import('../../web/src/dashboard/DashboardCharts.vue');
}, 60_000);
beforeEach(() => {
  // "Today" is 10 March 2026 in Los Angeles (only Date is faked: timers run as usual).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-10T18:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
  toasts.splice(0);
});

const DAY = '2026-03-10';
const kpis = (over: Record<string, unknown> = {}) => ({
  tenantId: 't1', computedAt: `${DAY}T10:00:00.000Z`, day: DAY, waitingCustomers: 1, longestWaitSeconds: 42, activeConversations: 5, humanHandledNow: 2,
  conversationsToday: 7, resolvedToday: 3, botResolvedToday: 1, avgFirstResponseSeconds: 200, avgResolutionSeconds: 1800, csatPercent: 75, csatResponses: 4,
  csatResponseRate: 100, fcrPercent: 66.667, aiResolutionRate: 25, slaAtRisk: 0, slaBreached: 1, agentsOnline: 2, ...over,
});
const points = (counts: number[], avg?: (number | null)[]) =>
  ({ points: counts.map((count, i) => ({ bucket: `2026-03-${String(4 + i).padStart(2, '0')}`, count, sum: 0, average: avg?.[i] ?? null })) });
const charts = () => ({
  hourlyStats: [{ hour: '2026-03-04T09:00:00.000Z', conversationsOpened: 3, resolutions: 1, botResolutions: 0, handoffs: 1 }],
  firstResponse: points([2, 0, 1, 0, 0, 0, 0], [200, null, 60]),
  resolutions: points([1, 2, 0, 0, 0, 0, 3]),
  botResolutions: points([0, 1, 0, 0, 0, 0, 1]),
  slaMet: points([1, 0, 0, 0, 0, 0, 0]),
  slaMissed: points([1, 0, 0, 0, 0, 0, 0]),
});
const operator = (key: string, name: string, over: Record<string, unknown> = {}) => ({
  key, name, team: null, conversationsHandled: 0, resolutions: 0, firstResponses: 0, replies: 0, transfers: 0, avgFirstResponseSeconds: null,
  avgResolutionSeconds: null, csatResponses: 0, csatPercent: null, onlineSeconds: 0, awaySeconds: 0, busySeconds: 0, ...over,
});
const drillRow = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  id, name, valueSeconds: 600, valueBusinessSeconds: 300, endedAt: `${DAY}T09:00:00.000Z`, channel: 'WIDGET', attributes: {}, conversationId: `c-${id}`,
  conversation: { id: `c-${id}`, subject: null, status: 'RESOLVED', contact: { id: 'k1', name: 'Casey Customer' } }, agent: { id: 'ada', displayName: 'Ada Agent' }, ...over,
});

const baseScript = (): Script => ({
  DashboardOwnTenant: () => ({ viewer: { tenant: { id: 't1', name: 'Northwind', timezone: 'America/Los_Angeles' } } }),
  DashboardTenant: ({ id }) => ({ tenant: { id, name: 'Contoso', slug: 'contoso', status: 'ACTIVE', timezone: 'Pacific/Auckland' } }),
  DashboardLiveKpis: () => ({ liveKpis: kpis() }),
  DashboardCharts: () => charts(),
  DashboardCsatRatings: () => ({ csatDistribution: [1, 0, 0, 1, 2] }),
  DashboardOperators: () => ({ operatorPerformance: [operator('ada', 'Ada Agent', { conversationsHandled: 3, resolutions: 3, avgFirstResponseSeconds: 200 }), operator('bo', 'Bo Agent', { conversationsHandled: 5, resolutions: 4, avgFirstResponseSeconds: 45 })] }),
  DashboardTeams: () => ({ teamMetrics: [operator('Support', 'Support', { team: 'Support', conversationsHandled: 8, resolutions: 7 }), operator('Returns', 'Returns', { team: 'Returns', conversationsHandled: 2 })] }),
  DashboardDrillDown: ({ filter }) => ({
    reportingEvents: {
      edges: filter.metric === 'BOT_RESOLVED' ? [{ node: drillRow('e9', 'bot_resolved', { valueSeconds: null, valueBusinessSeconds: null, agent: null }) }] : [{ node: drillRow('e1', 'resolution') }],
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  }),
  DashboardExportReport: ({ input }) => ({ exportReport: { filename: `report-${input.report}.csv`, contentType: 'text/csv; charset=utf-8', rowCount: 2, csv: 'key,name\n' } }),
  DashboardTenants: () => ({ tenants: { edges: [{ node: { id: 't2', name: 'Contoso', slug: 'contoso', status: 'SUSPENDED', timezone: 'UTC' } }] } }),
});

const stub = defineComponent({ render: () => null });
const REPORTS = ['kpis.view', 'reports.view', 'reports.export', 'conversations.view'];

async function mountAt(component: Component, path: string, opts: { permissions?: string[]; role?: string; tenant?: boolean; props?: Record<string, unknown>; script?: Script } = {}) {
  const permissions = opts.permissions ?? REPORTS;
  const api = scriptedClient(opts.script ?? baseScript());
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: stub },
      { path: '/console', name: 'console', component: stub },
      { path: '/tickets', name: 'tickets', component: stub },
    ],
  });
  await router.push(path);
  await router.isReady();
  const viewer = {
    kind: 'user', permissions,
    user: { id: 'me', displayName: 'Nora Admin', email: 'n@x', role: opts.role ?? 'TENANT_ADMIN', availability: 'ONLINE' },
    tenant: opts.tenant === false ? null : { name: 'Northwind', slug: 'northwind' },
  } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(component, opts.props ?? {});
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]]}, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  await flushPromises();
  // With reports, the page is complete once the charts have read their period.
  if (component === DashboardPage && permissions.includes('reports.view')) {
    await vi.waitFor(() => expect(api.ops.some((o) => o.name === 'DashboardCharts')).toBe(true), { timeout: 10_000 });
    await flushPromises();
  }
  return { w, router, ...api };
}

const value = (w: VueWrapper, id: string) => w.get(`[data-testid="kpi-${id}-value"]`).text();

describe('the dashboard page', () => {
  it('shows the live cards and replaces them on a kpisUpdated push, without a reload', async () => {
    const { w, ops, push } = await mountAt(DashboardPage as Component, '/');
    expect(w.get('h1').text()).toBe('Dashboard — Northwind');
    expect(w.find('[data-testid="signed-in-as"]').exists()).toBe(true);
    expect(value(w, 'conversationsToday')).toBe('7');
    expect(value(w, 'resolvedToday')).toBe('4');
    expect(value(w, 'avgFirstResponse')).toBe('3m 20s');
    expect(value(w, 'csat')).toBe('75.0%');
    expect(value(w, 'fcr')).toBe('66.7%');
    expect(w.get('[data-testid="kpi-slaBreached"]').classes()).toContain('tone-danger');
    expect(ops.filter((o) => o.name === 'DashboardKpisUpdated')).toHaveLength(1);
    expect(ops.find((o) => o.name === 'DashboardLiveKpis')!.variables).toEqual({ tenantId: null });

    push('DashboardKpisUpdated', { kpisUpdated: kpis({ computedAt: `${DAY}T10:00:05.000Z`, resolvedToday: 4, csatPercent: 80, csatResponses: 5 }) });
    await flushPromises();
    expect(value(w, 'resolvedToday')).toBe('5');
    expect(value(w, 'csat')).toBe('80.0%');
    expect(w.get('[data-testid="kpi-csat-sub"]').text()).toBe('5 ratings · response rate 100.0%');
    // A push that changed figures reads the period's charts and table again (today is in the period).
    const reads = () => ops.filter((o) => o.name === 'DashboardCharts').length;
    await vi.waitFor(() => expect(reads()).toBe(2));
    expect(ops.filter((o) => o.name === 'DashboardOperators')).toHaveLength(2);
    // One that changed nothing does not.
    push('DashboardKpisUpdated', { kpisUpdated: kpis({ computedAt: `${DAY}T10:00:06.000Z`, resolvedToday: 4, csatPercent: 80, csatResponses: 5 }) });
    await new Promise((r) => setTimeout(r, 20));
    await flushPromises();
    expect(reads()).toBe(2);
    // An older computation arriving late does not undo it.
    push('DashboardKpisUpdated', { kpisUpdated: kpis({ computedAt: `${DAY}T09:59:00.000Z`, resolvedToday: 1 }) });
    await flushPromises();
    expect(value(w, 'resolvedToday')).toBe('5');
  });

  it('reads the period of the URL as the tenant’s days; the toggle and presets rewrite the URL', async () => {
    const { w, ops, router } = await mountAt(DashboardPage as Component, '/?from=2026-03-04&to=2026-03-10&bh=1');
    const chartsOp = ops.find((o) => o.name === 'DashboardCharts')!;
    // America/Los_Angeles: PST until 8 March, PDT after.
    expect(chartsOp.variables).toMatchObject({ from: '2026-03-04T08:00:00.000Z', to: '2026-03-11T07:00:00.000Z', granularity: 'DAY', businessHoursOnly: true, tenantId: null });
    expect(ops.find((o) => o.name === 'DashboardOperators')!.variables).toMatchObject({ from: '2026-03-04T08:00:00.000Z', businessHoursOnly: true });
    expect(w.get('[data-testid="business-hours"]').attributes('aria-checked')).toBe('true');
    expect(w.get('[data-testid="range-7d"]').attributes('aria-pressed')).toBe('true');
    await w.get('[data-testid="business-hours"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    await w.get('[data-testid="range-today"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: DAY, to: DAY });
    expect(ops.filter((o) => o.name === 'DashboardCharts').at(-1)!.variables).toMatchObject({ granularity: 'HOUR', from: '2026-03-10T07:00:00.000Z', to: '2026-03-11T07:00:00.000Z' });
  });

  it('renders the charts’ numbers (hidden tables) and the CSAT distribution from the ratings', async () => {
    const { w } = await mountAt(DashboardPage as Component, '/?from=2026-03-04&to=2026-03-10');
    const csat = w.get('[data-testid="chart-csatDistribution"]');
    expect(csat.text()).toContain('4 ratings');
    expect(csat.findAll('tbody tr').map((r) => r.text())).toEqual(['1 – very unhappy1', '2 – unhappy0', '3 – neutral0', '4 – happy1', '5 – very happy2']);
    const frt = w.get('[data-testid="chart-firstResponseTrend"]');
    expect(frt.findAll('tbody td').map((t) => t.text()).slice(0, 3)).toEqual(['3m 20s', '—', '1m']);
    const sla = w.get('[data-testid="chart-slaMet"]');
    expect(sla.get('tbody td').text()).toBe('50.0%');
    // 7 days: conversations by hour of the day in the tenant's zone (09:00 UTC = 01:00 PST)
    const perHour = w.get('[data-testid="chart-conversationsPerHour"]');
    expect(perHour.text()).toContain('Conversations by hour of day');
    expect(perHour.findAll('tbody tr')[1]!.text()).toBe('01:003');
  });

  it('drills from a card to the conversations behind it, with links to them', async () => {
    const { w, ops } = await mountAt(DashboardPage as Component, '/');
    await w.get('[data-testid="kpi-resolvedToday-value"]').trigger('click');
    await flushPromises();
    const drill = document.querySelector('[data-testid="drill-down"]')!;
    expect(drill).not.toBeNull();
    const op = ops.filter((o) => o.name === 'DashboardDrillDown').at(-1)!;
    // Today in Los Angeles (PDT).
    expect(op.variables.filter).toEqual({ metric: 'RESOLUTION', from: '2026-03-10T07:00:00.000Z', to: '2026-03-11T07:00:00.000Z' });
    const rows = drill.querySelectorAll('[data-testid="drill-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('Chat with Casey Customer');
    expect(rows[0]!.textContent).toContain('Ada Agent');
    expect(rows[0]!.textContent).toContain('Chat widget');
    expect(rows[0]!.textContent).toContain('10m');
    expect(drill.querySelector('[data-testid="drill-conversation-link"]')!.getAttribute('href')).toBe('/console?c=c-e1');
    // The AI tab
    const aiTab = Array.from(drill.querySelectorAll('button')).find((b) => b.textContent?.includes('Resolved by AI')) as HTMLButtonElement;
    aiTab.click();
    await flushPromises();
    expect(ops.filter((o) => o.name === 'DashboardDrillDown').at(-1)!.variables.filter.metric).toBe('BOT_RESOLVED');
    expect(document.querySelectorAll('[data-testid="drill-row"]')).toHaveLength(1);
  });

  it('lists operators (busiest first, sortable) and drills into an agent’s numbers for the period', async () => {
    const { w, ops } = await mountAt(DashboardPage as Component, '/?from=2026-03-04&to=2026-03-10&bh=1');
    const names = () => w.findAll('[data-testid="operator-table"] tbody th').map((t) => t.text());
    expect(names()).toEqual(['Bo Agent', 'Ada Agent']);
    await w.get('[data-testid="sort-avgFirstResponseSeconds"]').trigger('click');
    expect(names()).toEqual(['Ada Agent', 'Bo Agent']);
    await w.get('[data-testid="operator-ada"] button').trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'DashboardDrillDown').at(-1)!.variables.filter).toEqual({ metric: 'RESOLUTION', from: '2026-03-04T08:00:00.000Z', to: '2026-03-11T07:00:00.000Z', agentId: 'ada' });
    // business hours: the business value of the event
    expect(document.querySelector('[data-testid="drill-row"]')!.textContent).toContain('5m');
    // Per team: the same figures from teamMetrics (no drill-down: events are filtered by agent).
    await w.get('[data-testid="performance-by-team"]').trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'DashboardTeams')!.variables).toMatchObject({ from: '2026-03-04T08:00:00.000Z', businessHoursOnly: true });
    expect(w.get('#operators-title').text()).toBe('Team metrics');
    expect(names()).toEqual(['Support', 'Returns']);
    expect(w.findAll('[data-testid="operator-table"] thead th').map((t) => t.text().replace(/[↕▲▼]/g, '').trim()).slice(0, 2)).toEqual(['Team', 'Handled']);
    expect(w.find('[data-testid="operator-table"] tbody button').exists()).toBe(false);
  });

  it('exports the chosen report for the screen’s period', async () => {
    const { w, ops } = await mountAt(DashboardPage as Component, '/?from=2026-03-04&to=2026-03-10&bh=1');
    await w.get('[data-testid="export-report"]').trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'DashboardExportReport')!.variables.input).toEqual({
      report: 'OPERATORS', from: '2026-03-04T08:00:00.000Z', to: '2026-03-11T07:00:00.000Z', businessHoursOnly: true,
    });
    await w.get('[data-testid="export-kind"] select').setValue('first-response');
    await w.get('[data-testid="export-report"]').trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'DashboardExportReport').at(-1)!.variables.input).toMatchObject({ report: 'SERIES', metric: 'FIRST_RESPONSE', granularity: 'DAY', dimension: 'TENANT' });
    expect(toasts.at(-1)?.message).toContain('2 rows exported');
  });

  it('an agent (kpis.view only) sees the cards, without reports, drill-downs or export', async () => {
    const { w, ops } = await mountAt(DashboardPage as Component, '/', { permissions: ['kpis.view', 'conversations.view'] });
    expect(value(w, 'conversationsToday')).toBe('7');
    expect(w.get('[data-testid="kpi-conversationsToday-value"]').element.tagName).toBe('P');
    expect(w.find('[data-testid="export-report"]').exists()).toBe(false);
    expect(w.find('[data-testid="operator-table"]').exists()).toBe(false);
    expect(ops.map((o) => o.name)).not.toContain('DashboardCharts');
  });
});

describe('the home page', () => {
  it('is the dashboard route', () => {
    expect(routes.find((r) => r.path === '/')?.name).toBe('home');
  });

  it('shows the dashboard with kpis.view and the welcome card without it', async () => {
    const a = await mountAt(HomeSwitch as Component, '/');
    await vi.waitFor(() => expect(a.w.find('[data-testid="kpi-conversationsToday"]').exists()).toBe(true));
    const b = await mountAt(HomeSwitch as Component, '/', { permissions: ['conversations.view'] });
    expect(b.w.get('h1').text()).toBe('Welcome');
    expect(b.ops).toHaveLength(0);
  });

  it('platform admin: a tenant picker, and ?tenant=<id> opens that tenant’s dashboard read-only', async () => {
    const a = await mountAt(HomeSwitch as Component, '/', { role: 'PLATFORM_ADMIN', tenant: false, permissions: [...REPORTS, 'tenants.manage'] });
    await vi.waitFor(() => expect(a.w.find('[data-testid="tenant-dashboard-contoso"]').exists()).toBe(true));
    expect(a.w.get('[data-testid="tenant-picker"]').text()).toContain('Suspended');
    expect(a.w.get('[data-testid="tenant-dashboard-contoso"]').attributes('href')).toBe('/?tenant=t2');

    const b = await mountAt(HomeSwitch as Component, '/?tenant=t2', { role: 'PLATFORM_ADMIN', tenant: false, permissions: [...REPORTS, 'tenants.manage'] });
    await vi.waitFor(() => expect(b.w.find('[data-testid="read-only-banner"]').exists()).toBe(true));
    await vi.waitFor(() => expect(b.w.get('h1').text()).toBe('Dashboard — Contoso'));
    expect(b.ops.find((o) => o.name === 'DashboardLiveKpis')!.variables).toEqual({ tenantId: 't2' });
    expect(b.ops.find((o) => o.name === 'DashboardKpisUpdated')!.variables).toEqual({ tenantId: 't2' });
    expect(b.ops.map((o) => o.name)).not.toContain('DashboardOwnTenant');
    await vi.waitFor(() => expect(b.ops.find((o) => o.name === 'DashboardCharts')?.variables).toMatchObject({ tenantId: 't2' }));
    // Period changes keep the tenant.
    await b.w.get('[data-testid="range-30d"]').trigger('click');
    await flushPromises();
    expect(b.router.currentRoute.value.query.tenant).toBe('t2');
  });
});
