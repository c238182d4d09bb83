// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Issue 14's admin pages in happy-dom against a scripted API: the shared humanizer (labels.ts),
// the audit log's field-by-field diff, the tenants form rules, the AI usage figures; the audit
// page (entries, diff on demand, "only this actor" filter), the tenants page (volume, suspend),
// and the Team page of a platform admin (tenant picker; the list and new users in that tenant).
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { codeOptions, humanize, humanizeLower } from '../../web/src/labels.js';
import { auditDiff, dayStart, fieldLabel, formatValue } from '../../web/src/audit/audit-diff.js';
import { newTenantErrors } from '../../web/src/tenants/tenants.js';
import { ms, percent, periodOf, usd } from '../../web/src/ai-usage/ai-usage.js';
import AuditLogPage from '../../web/src/audit/AuditLogPage.vue';
import TenantsPage from '../../web/src/tenants/TenantsPage.vue';
import TeamPage from '../../web/src/team/TeamPage.vue';
import AiUsagePage from '../../web/src/ai-usage/AiUsagePage.vue';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const stub = defineComponent({ render: () => null });
async function mountPage(component: Component, role: string, permissions: string[], script: Script, path = '/page') {
  const api = scriptedClient(script);
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/page', component: stub }, { path: '/', component: stub }] });
  await router.push(path);
  await router.isReady();
  const viewer = { kind: 'user', permissions, user: { id: 'me', displayName: 'Pat', email: 'p@x', role, availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(component);
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, router, ...api };
}

describe('labels.ts', () => {
  it('writes raw codes as words', () => {
    expect(humanize('TENANT_ADMIN')).toBe('Tenant admin');
    expect(humanize('CUSTOMER_ASKED')).toBe('Customer asked');
    expect(humanize('NOT_INDEXED')).toBe('Not indexed');
    expect(humanize('PLATFORM_ADMIN')).toBe('Platform admin');
    expect(humanize('FAQ')).toBe('FAQ');
    expect(humanize('API_KEY')).toBe('API key');
    expect(humanize('SLA_BREACHED')).toBe('SLA breached');
    expect(humanize('apikey.created')).toBe('API key created');
    expect(humanize('tenant.identity_secret_rotated')).toBe('Tenant identity secret rotated');
    expect(humanize('KnowledgeDocument')).toBe('Knowledge document');
    expect(humanize('ApiKey')).toBe('API key');
    expect(humanize('claude-sonnet-5-5')).toBe('claude-sonnet-5-5');
    expect(humanize(null)).toBe('');
    expect(humanizeLower('SLA_BREACHED')).toBe('SLA breached');
    expect(humanizeLower('RESOLVED')).toBe('resolved');
    expect(codeOptions(['OPEN', 'ON_HOLD'])).toEqual([{ value: 'OPEN', label: 'Open' }, { value: 'ON_HOLD', label: 'On hold' }]);
  });
});

describe('audit diff', () => {
  it('lists changed fields one by one, nested ones by path, values in words', () => {
    const rows = auditDiff(
      { name: 'Northwind', branding: { primaryColor: '#000000', position: 'right' }, status: 'ACTIVE', verified: false },
      { name: 'Northwind Audited', branding: { primaryColor: '#123456', position: 'right' }, status: 'SUSPENDED', verified: true },
    );
    expect(rows).toEqual([
      { field: 'Name', before: 'Northwind', after: 'Northwind Audited', change: 'changed' },
      { field: 'Branding › Primary color', before: '#000000', after: '#123456', change: 'changed' },
      { field: 'Status', before: 'Active', after: 'Suspended', change: 'changed' },
      { field: 'Verified', before: 'No', after: 'Yes', change: 'changed' },
    ]);
  });

  it('shows a creation as added fields and a deletion as removed ones', () => {
    expect(auditDiff(null, { slug: 'acme', scopes: ['users.view', 'kb.view'] })).toEqual([
      { field: 'Slug', before: '—', after: 'acme', change: 'added' },
      { field: 'Scopes', before: '—', after: 'users.view, kb.view', change: 'added' },
    ]);
    expect(auditDiff({ title: 'Old' }, null)).toEqual([{ field: 'Title', before: 'Old', after: '—', change: 'removed' }]);
    expect(fieldLabel('maxConcurrentChats')).toBe('Max concurrent chats');
    expect(fieldLabel('queue_id')).toBe('Queue ID');
    expect(formatValue([])).toBe('(none)');
    expect(formatValue('[redacted]')).toBe('[redacted]');
    expect(dayStart('2026-03-01', 1)).toBe(new Date(2026, 2, 2).toISOString());
    expect(dayStart('nope')).toBeNull();
  });
});

describe('tenants form and AI usage figures', () => {
  it('checks a new tenant like the API', () => {
    expect(newTenantErrors({ name: 'Acme', slug: 'acme', timezone: 'Europe/Berlin', adminName: 'Ann', adminEmail: 'ann@acme.test' })).toEqual({});
    expect(Object.keys(newTenantErrors({ name: ' ', slug: 'A!', timezone: 'Mars/Base', adminName: '', adminEmail: 'x' })).sort()).toEqual(['adminEmail', 'adminName', 'name', 'slug', 'timezone']);
  });

  it('writes money, latency and rates for people', () => {
    expect(usd(0)).toBe('$0');
    expect(usd(0.00025)).toBe('$0.0003');
    expect(usd(12.5)).toBe('$12.50');
    expect(ms(150)).toBe('150 ms');
    expect(ms(12_345)).toBe('12.3 s');
    expect(ms(null)).toBe('—');
    expect(percent(0.5)).toBe('50%');
    expect(percent(null)).toBe('—');
    const p = periodOf(7, new Date('2026-03-08T10:00:30Z'));
    expect(p).toEqual({ from: '2026-03-01T10:01:00.000Z', to: '2026-03-08T10:01:00.000Z' });
  });
});

const entry = (over: Record<string, unknown> = {}) => ({
  __typename: 'AuditLog',
  id: 'a1',
  tenantId: 't1',
  actorKind: 'USER',
  actorId: 'u1',
  actorName: 'Nora Admin',
  action: 'tenant.updated',
  resourceType: 'Tenant',
  resourceId: 't1',
  before: { name: 'Northwind' },
  after: { name: 'Northwind Audited' },
  ip: '127.0.0.1',
  requestId: 'req-1',
  at: '2026-03-01T10:00:00.000Z',
  ...over,
});
const logPage = (entries: unknown[]) => ({
  auditLogs: { __typename: 'AuditLogConnection', totalCount: entries.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: entries.map((node) => ({ __typename: 'AuditLogEdge', node })) },
});
const facets = { auditStats: { __typename: 'AuditStats', total: 1, byAction: [{ __typename: 'AuditCount', key: 'tenant.updated', count: 1 }], byResourceType: [{ __typename: 'AuditCount', key: 'Tenant', count: 1 }] } };

describe('the audit log page', () => {
  it('lists entries in words, opens a field-by-field diff and filters by one actor', async () => {
    const { w, ops } = await mountPage(AuditLogPage, 'TENANT_ADMIN', ['audit.view'], { AuditLogPage: () => logPage([entry()]), AuditLogFacets: () => facets });
    const item = w.get('[data-testid="audit-entry"]');
    expect(item.text()).toContain('Tenant updated');
    expect(item.text()).toContain('by Nora Admin');
    expect(w.find('[data-testid="audit-diff"]').exists()).toBe(false);
    await item.get('button[aria-expanded]').trigger('click');
    const cells = w.get('[data-testid="audit-diff"]').findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()));
    expect(cells).toEqual([['Name', 'Northwind', 'Northwind Audited']]);
    // No tenant picker nor tenant column for tenant members.
    expect(w.find('[data-testid="tenant-picker"]').exists()).toBe(false);
    expect(w.find('[data-testid="audit-tenant"]').exists()).toBe(false);

    await w.get('button[title="Only changes by Nora Admin"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="actor-filter"]').text()).toContain('Only changes by Nora Admin');
    expect(ops.filter((o) => o.name === 'AuditLogPage').at(-1)!.variables.filter).toEqual({ actorId: 'u1' });
    // The action list comes from the counts, in words.
    expect(w.findAll('option').map((o) => o.text())).toContain('Tenant updated (1)');
  });
});

const tenantNode = (id: string, name: string, slug: string, status = 'ACTIVE') => ({
  __typename: 'Tenant',
  id,
  name,
  slug,
  status,
  timezone: 'UTC',
  createdAt: '2026-01-01T00:00:00.000Z',
  volume: { __typename: 'TenantVolume', conversations: 1200, tickets: 5, users: 6, documents: 22 },
});

describe('the tenants page', () => {
  it('lists tenants with status and volume, links their dashboards and suspends after confirmation', async () => {
    let status = 'ACTIVE';
    const { w, ops } = await mountPage(TenantsPage, 'PLATFORM_ADMIN', ['tenants.manage'], {
      PlatformTenants: () => ({ tenants: { __typename: 'TenantConnection', totalCount: 2, edges: [{ __typename: 'TenantEdge', node: tenantNode('t1', 'Northwind', 'northwind') }, { __typename: 'TenantEdge', node: tenantNode('t2', 'Harbor Bank', 'harbor-bank', status) }] } }),
      PlatformSuspendTenant: (v) => {
        status = 'SUSPENDED';
        return { suspendTenant: { __typename: 'UpdateTenantPayload', tenant: { __typename: 'Tenant', id: v.input.id, status } } };
      },
    });
    const table = w.get('table');
    expect(table.text()).toContain('Harbor Bank');
    expect(table.text()).toContain('1,200');
    expect(w.get('[data-testid="tenant-status-harbor-bank"]').text()).toBe('Active');
    expect(w.get('a[aria-label="Open the dashboard of Harbor Bank"]').attributes('href')).toBe('/?tenant=t2');

    await w.get('button[aria-label="Suspend Harbor Bank"]').trigger('click');
    await flushPromises();
    const confirm = Array.from(document.querySelectorAll('[role="dialog"] button')).find((b) => b.textContent?.trim() === 'Suspend') as HTMLButtonElement;
    expect(document.querySelector('[role="dialog"]')!.textContent).toContain('signed out at once');
    confirm.click();
    await flushPromises();
    expect(ops.find((o) => o.name === 'PlatformSuspendTenant')!.variables).toEqual({ input: { id: 't2' } });
    await flushPromises();
    expect(w.get('[data-testid="tenant-status-harbor-bank"]').text()).toBe('Suspended');
  });
});

describe('the Team page of a platform admin', () => {
  it('picks a tenant (the first by default) and lists and adds users there — never asking for a tenant id', async () => {
    const { w, ops, router } = await mountPage(TeamPage, 'PLATFORM_ADMIN', ['users.view', 'users.create'], {
      TenantChoices: () => ({ tenants: { __typename: 'TenantConnection', edges: [{ __typename: 'TenantEdge', node: { __typename: 'Tenant', id: 't1', name: 'Northwind', slug: 'northwind', status: 'ACTIVE' } }, { __typename: 'TenantEdge', node: { __typename: 'Tenant', id: 't2', name: 'Harbor Bank', slug: 'harbor-bank', status: 'SUSPENDED' } }] } }),
      TeamUsers: (v) => ({ users: { __typename: 'UserConnection', totalCount: 1, edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: `u-${v.tenantId}`, displayName: `Staff of ${v.tenantId}`, email: 'x@y.z', role: 'TENANT_ADMIN', team: null, maxConcurrentChats: 3, active: true, availability: 'ONLINE', lastLoginAt: null } }] } }),
      TeamPermissionMatrix: () => ({ permissionMatrix: { __typename: 'PermissionMatrix', permissions: [], roles: [] } }),
    });
    await flushPromises();
    expect(ops.filter((o) => o.name === 'TeamUsers').map((o) => o.variables.tenantId)).toEqual(['t1']);
    expect(w.text()).toContain('Staff of t1');
    expect(w.text()).toContain('Tenant admin');
    const picker = w.get('[data-testid="tenant-picker"] select');
    expect(picker.findAll('option').map((o) => o.text())).toEqual(['Northwind', 'Harbor Bank (suspended)']);
    await picker.setValue('t2');
    await flushPromises();
    expect(router.currentRoute.value.query.tenant).toBe('t2');
    await flushPromises();
    expect(w.text()).toContain('Staff of t2');
  });
});

describe('the AI usage page', () => {
  it('shows the totals and the breakdown tables', async () => {
    const fig = { calls: 6, failedCalls: 1, inputTokens: 4230, outputTokens: 410, costUsd: 0.01825, latencyP50Ms: 150, latencyP95Ms: 375, conversations: 2, handedOff: 1, handOffRate: 0.5 };
    const { w } = await mountPage(AiUsagePage, 'MANAGER', ['reports.view'], {
      AiUsagePage: (v) => ({
        aiUsage: {
          __typename: 'AiUsage',
          from: v.from,
          to: v.to,
          totals: { __typename: 'AiUsageFigures', ...fig },
          byPurpose: [{ __typename: 'AiUsageGroup', key: 'ANSWER', ...fig }],
          byModel: [{ __typename: 'AiUsageGroup', key: 'claude-sonnet-5-5', ...fig }],
        },
      }),
    });
    expect(w.get('[data-testid="ai-calls"]').text()).toBe('6');
    expect(w.get('[data-testid="ai-cost"]').text()).toBe('$0.02');
    expect(w.text()).toContain('50%');
    expect(w.text()).toContain('1 of 2 conversations');
    const tables = w.findAll('table');
    expect(tables[0]!.text()).toContain('Answer');
    expect(tables[1]!.text()).toContain('claude-sonnet-5-5');
  });
});

describe('reasons that start with a code', () => {
  it('are written in words, the detail kept', async () => {
    const { humanizeReason } = await import('../../web/src/labels.js');
    expect(humanizeReason('LOW_CONFIDENCE: retrieval evidence 0.31')).toBe('Low confidence: retrieval evidence 0.31');
    expect(humanizeReason('CUSTOMER_ASKED')).toBe('Customer asked');
    expect(humanizeReason('Customer wants a refund')).toBe('Customer wants a refund');
  });
});
