// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Tickets in the web app: the live SLA badge (a pure function of the ticket and "now"), filters
// ⇄ URL, saved views, live upserts, the timeline in words, the status actions and CONFLICT
// wording, the escalation package; and the pages themselves with a scripted API (rows, live new
// ticket on top, bulk assign with per-row failures, CONFLICT → message + reload, not found).
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { formatDuration, slaBadge, slaTargetBadges, type SlaFields } from '../../web/src/tickets/sla.js';
import {
  apiFilter, BUILT_IN_VIEWS, deleteView, emptyState, isView, loadViews, matchesState, queryFromState, saveView, stateFromQuery, upsertRow,
} from '../../web/src/tickets/filters.js';
import { describeChanges, describeEvent, type Names } from '../../web/src/tickets/timeline.js';
import { conflictMessage, parseTags, statusActions } from '../../web/src/tickets/actions.js';
import { readEscalationContext } from '../../web/src/tickets/escalation.js';
import { nowUsers } from '../../web/src/tickets/now.js';
import TicketsPage from '../../web/src/tickets/TicketsPage.vue';
import TicketDetailPage from '../../web/src/tickets/TicketDetailPage.vue';
import ConversationTicket from '../../web/src/tickets/ConversationTicket.vue';
import SlaBadge from '../../web/src/tickets/SlaBadge.vue';
import { navItems, routes } from '../../web/src/router.js';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { toasts } from '../../web/src/toast.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
  toasts.splice(0);
  localStorage.clear();
});

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('slaBadge', () => {
  const open = (over: Partial<SlaFields> = {}): SlaFields => ({ status: 'OPEN', ...over });
  it.each([
    ['no targets', open(), 'none', '—'],
    ['ok: the nearest open target counts down', open({ firstResponseDueAt: at(2 * HOUR + 14 * MIN + 30_000), slaFirstResponseState: 'ACTIVE', resolutionDueAt: at(30 * HOUR), slaResolutionState: 'ACTIVE' }), 'ok', '2h 14m'],
    ['at risk (marked by the clocks)', open({ resolutionDueAt: at(12 * MIN + 59_000), slaResolutionState: 'AT_RISK' }), 'at-risk', 'at risk 12m'],
    ['breached: past due', open({ resolutionDueAt: at(-5 * MIN), slaResolutionState: 'BREACHED' }), 'breached', 'breached 5m ago'],
    ['breached the moment the countdown reaches zero, before the clocks say so', open({ firstResponseDueAt: at(-1000), slaFirstResponseState: 'ACTIVE' }), 'breached', 'breached 1s ago'],
    ['a state not set yet (clocks not wired) counts as active', open({ resolutionDueAt: at(3 * 86_400_000 + 4 * HOUR) }), 'ok', '3d 4h'],
    ['finished targets are skipped for the nearest open one', open({ firstResponseDueAt: at(-HOUR), slaFirstResponseState: 'MET', resolutionDueAt: at(45 * MIN), slaResolutionState: 'ACTIVE' }), 'ok', '45m'],
    ['all finished, one missed', open({ firstResponseDueAt: at(-HOUR), slaFirstResponseState: 'MISSED', slaState: 'MISSED' }), 'breached', 'missed'],
    ['all met', open({ resolutionDueAt: at(-HOUR), slaResolutionState: 'MET', slaState: 'MET' }), 'done', 'met'],
    ['paused clocks do not count down', open({ status: 'PENDING', slaPausedAt: at(-HOUR), resolutionDueAt: at(HOUR), slaResolutionState: 'ACTIVE' }), 'paused', 'paused'],
    ['resolved tickets do not count down', open({ status: 'RESOLVED', resolutionDueAt: at(-HOUR), slaResolutionState: 'ACTIVE' }), 'done', 'stopped'],
  ])('%s', (_name, ticket, tone, text) => {
    expect(slaBadge(ticket, NOW)).toMatchObject({ tone, text });
  });

  it('names the target and its due time; the detail page gets one badge per target', () => {
    const t = open({ firstResponseDueAt: at(HOUR), slaFirstResponseState: 'ACTIVE', resolutionDueAt: at(-2 * HOUR), slaResolutionState: 'BREACHED' });
    expect(slaBadge(t, NOW)).toMatchObject({ target: 'resolution', dueAt: at(-2 * HOUR), text: 'breached 2h ago' });
    expect(slaTargetBadges(t, NOW).map((b) => `${b.label}: ${b.text}`)).toEqual(['First response: 1h', 'Resolution: breached 2h ago']);
  });

  it('formats durations rounded down', () => {
    expect([formatDuration(0), formatDuration(59_999), formatDuration(60_000), formatDuration(HOUR), formatDuration(HOUR + 59 * MIN + 59_000), formatDuration(86_400_000)]).toEqual(['0s', '59s', '1m', '1h', '1h 59m', '1d']);
  });
});

describe('filters ⇄ URL', () => {
  it('reads the query, dropping unknown values, and writes it back short', () => {
    const s = stateFromQuery({ status: 'pending,OPEN,bogus', priority: 'URGENT', queue: 'q1', assignee: 'mine', tag: 'VIP', sla: 'BREACHED,AT_RISK', q: ' kettle ', sort: 'PRIORITY' });
    expect(s).toEqual({ statuses: ['OPEN', 'PENDING'], priorities: ['URGENT'], queueId: 'q1', assignee: 'mine', tag: 'vip', slaStates: ['AT_RISK', 'BREACHED'], search: 'kettle', order: 'PRIORITY' });
    expect(queryFromState(s)).toEqual({ status: 'OPEN,PENDING', priority: 'URGENT', queue: 'q1', assignee: 'mine', tag: 'vip', sla: 'AT_RISK,BREACHED', q: 'kettle', sort: 'PRIORITY' });
    expect(stateFromQuery(queryFromState(s))).toEqual(s); // a link round-trips
    expect(queryFromState(emptyState())).toEqual({}); // defaults are left out
    expect(stateFromQuery({ sort: 'DROP TABLE' }).order).toBe('CREATED_AT_DESC');
  });

  it('maps to the API filter: mine, unassigned or a person', () => {
    expect(apiFilter(stateFromQuery({ assignee: 'mine', status: 'OPEN' }))).toEqual({ mine: true, statuses: ['OPEN'] });
    expect(apiFilter(stateFromQuery({ assignee: 'unassigned' }))).toEqual({ unassigned: true });
    expect(apiFilter(stateFromQuery({ assignee: 'u7', q: '#42', tag: 'x', sla: 'AT_RISK' }))).toEqual({ assigneeId: 'u7', search: '#42', tag: 'x', slaStates: ['AT_RISK'] });
    expect(apiFilter(emptyState())).toEqual({});
  });

  it('decides whether a live update belongs to the list like the API would', () => {
    const t = { number: 42, subject: 'Broken kettle lid', description: 'arrived cracked', status: 'OPEN', priority: 'HIGH', queueId: 'q1', assigneeId: null as string | null, tags: ['vip'], slaState: 'AT_RISK' };
    const m = (q: Record<string, string>, ticket = t) => matchesState(ticket, stateFromQuery(q), 'me');
    expect(m({})).toBe(true);
    expect(m({ status: 'OPEN,PENDING', priority: 'HIGH', queue: 'q1', tag: 'VIP', sla: 'AT_RISK,BREACHED' })).toBe(true);
    expect(m({ status: 'RESOLVED' })).toBe(false);
    expect(m({ assignee: 'unassigned' })).toBe(true);
    expect(m({ assignee: 'mine' })).toBe(false);
    expect(m({ assignee: 'mine' }, { ...t, assigneeId: 'me' })).toBe(true);
    expect(m({ assignee: 'u2' }, { ...t, assigneeId: 'u3' })).toBe(false);
    expect(m({ q: 'kett crack' })).toBe(true); // every word as a prefix, subject or description
    expect(m({ q: 'ettle' })).toBe(false);
    expect(m({ q: '#42' })).toBe(true);
  });

  it('upserts live rows: newer in place, new on top, non-matching out, stale ignored', () => {
    const row = (id: string, version: number, status = 'OPEN') => ({ id, version, number: 1, subject: id, status, priority: 'LOW', tags: [] as string[] });
    const rows = [row('a', 2), row('b', 1)];
    const open = (t: { status: string }) => t.status === 'OPEN';
    expect(upsertRow(rows, row('c', 1), open).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(upsertRow(rows, row('b', 2), open)[1]!.version).toBe(2);
    expect(upsertRow(rows, row('a', 1, 'RESOLVED'), open)).toBe(rows);
    expect(upsertRow(rows, row('a', 3, 'RESOLVED'), open).map((r) => r.id)).toEqual(['b']);
    expect(upsertRow(rows, row('z', 1, 'RESOLVED'), open)).toBe(rows);
  });
});

describe('saved views', () => {
  it('built-in views are links of filters', () => {
    const names = BUILT_IN_VIEWS.map((v) => v.name);
    expect(names).toEqual(['All tickets', 'My open tickets', 'Unassigned', 'Breached / at risk']);
    expect(apiFilter(stateFromQuery(BUILT_IN_VIEWS[1]!.query))).toEqual({ statuses: ['OPEN', 'PENDING', 'ESCALATED'], mine: true });
    expect(apiFilter(stateFromQuery(BUILT_IN_VIEWS[3]!.query))).toMatchObject({ slaStates: ['AT_RISK', 'BREACHED'] });
    expect(isView(stateFromQuery({ assignee: 'unassigned', status: 'ESCALATED,OPEN,PENDING' }), BUILT_IN_VIEWS[2]!)).toBe(true);
  });

  it('saves per user in localStorage, replaces by name, refuses blanks and built-in names, survives junk', () => {
    const s = stateFromQuery({ priority: 'URGENT', tag: 'vip' });
    expect(saveView(localStorage, 'u1', '  ', s)).toEqual({ error: 'Give the view a name.' });
    expect(saveView(localStorage, 'u1', 'unassigned', s)).toEqual({ error: 'A built-in view has this name.' });
    expect(saveView(localStorage, 'u1', 'VIP urgent', s)).toEqual({ views: [{ name: 'VIP urgent', query: { priority: 'URGENT', tag: 'vip' } }] });
    saveView(localStorage, 'u1', 'vip URGENT', stateFromQuery({ priority: 'HIGH' }));
    expect(loadViews(localStorage, 'u1')).toEqual([{ name: 'vip URGENT', query: { priority: 'HIGH' } }]);
    expect(loadViews(localStorage, 'u2')).toEqual([]); // another user on this browser
    expect(deleteView(localStorage, 'u1', 'vip URGENT')).toEqual([]);
    localStorage.setItem('switchboard.ticketViews.u3', '{not json');
    expect(loadViews(localStorage, 'u3')).toEqual([]);
  });
});

describe('the timeline in words', () => {
  const names: Names = { users: new Map([['u1', 'Ada Agent'], ['u2', 'Bo Brown']]), queues: new Map([['q1', 'General'], ['q2', 'Billing']]), me: 'u2' };
  const ev = (over: Record<string, unknown>) => ({ action: 'UPDATED', actorKind: 'USER', actorId: 'u1', actorName: 'Ada Agent', before: null, after: null, comment: null, public: false, ...over });

  it('writes before → after with names, tags as added/removed', () => {
    expect(describeChanges({ priority: 'MEDIUM', queueId: 'q1', status: 'OPEN', tags: ['a', 'b'] }, { priority: 'HIGH', queueId: 'q2', status: 'PENDING', tags: ['b', 'c'] }, names)).toEqual([
      'Priority: Medium → High',
      'Queue: General → Billing',
      'Status: Open → Pending',
      'Tags: added c; removed a',
    ]);
    expect(describeChanges({ queueId: null, subject: 'Old' }, { queueId: 'gone', subject: 'New' }, names)).toEqual(['Queue: none → a removed queue', 'Subject: “Old” → “New”']);
    expect(describeChanges({ status: 'OPEN', resolvedAt: null }, { status: 'RESOLVED', resolvedAt: 'x' }, names)).toEqual(['Status: Open → Resolved']);
  });

  it('says who did what; replies and notes differ', () => {
    expect(describeEvent(ev({ action: 'COMMENTED', public: true, comment: 'Hi' }), names)).toMatchObject({ title: 'Ada Agent replied to the customer', kind: 'reply' });
    expect(describeEvent(ev({ action: 'COMMENTED', public: false }), names)).toMatchObject({ title: 'Ada Agent added an internal note', kind: 'note' });
    expect(describeEvent(ev({ action: 'ASSIGNED', before: { assigneeId: null }, after: { assigneeId: 'u1' } }), names).title).toBe('Ada Agent took the ticket');
    expect(describeEvent(ev({ action: 'ASSIGNED', before: { assigneeId: 'u1' }, after: { assigneeId: 'u2' } }), names).title).toBe('Ada Agent assigned the ticket to you (was Ada Agent)');
    expect(describeEvent(ev({ action: 'ASSIGNED', actorId: 'u2', actorName: 'Bo Brown', before: { assigneeId: 'u1' }, after: { assigneeId: null } }), names).title).toBe('You unassigned the ticket (was Ada Agent)');
    expect(describeEvent(ev({ action: 'RESOLVED', actorKind: 'RULE', actorId: 'r1', actorName: null }), names).title).toBe('An automation rule resolved the ticket');
    expect(describeEvent(ev({ action: 'SLA_BREACHED', actorKind: 'SYSTEM', actorId: null, actorName: null, after: { target: 'FIRST_RESPONSE' } }), names)).toMatchObject({ title: 'The first response is overdue (breached)', kind: 'sla' });
    expect(describeEvent(ev({ action: 'CREATED', actorKind: 'API_KEY', actorName: 'Shop', after: { subject: 'x' } }), names).title).toBe('Shop created the ticket');
  });
});

describe('status actions, tags, conflicts, the escalation package', () => {
  it('offers only moves the lifecycle allows', () => {
    expect(statusActions('OPEN')).toEqual(['setPending', 'resolve', 'escalate', 'close']);
    expect(statusActions('ESCALATED')).toEqual(['setOpen', 'resolve', 'close']);
    expect(statusActions('RESOLVED')).toEqual(['reopen', 'close']);
    expect(statusActions('CLOSED')).toEqual([]);
    expect(parseTags(' VIP, vip ,, refund')).toEqual(['vip', 'refund']);
  });

  it('explains a CONFLICT in words', () => {
    expect(conflictMessage({ graphQLErrors: [{ message: 'Cannot resolve', extensions: { code: 'CONFLICT', currentStatus: 'RESOLVED' } }] })).toContain('it is now resolved');
    expect(conflictMessage({ graphQLErrors: [{ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 7 } }] })).toContain('changed this ticket while you were looking');
  });

  it('reads the escalation package defensively', () => {
    expect(readEscalationContext(null)).toBeNull();
    const transcript = Array.from({ length: 9 }, (_, i) => ({ seq: i + 1, author: i % 2 ? 'AI' : 'CUSTOMER', authorName: null, body: `m${i + 1}`, private: false }));
    const c = readEscalationContext({ conversationId: 'c1', handoff: { reason: 'LOW_CONFIDENCE', summary: 'Wants a refund' }, classification: { category: 'REFUND', confidence: 0.42, nested: { x: 1 } }, transcript, retrievalAttempts: [{ query: 'refund policy', decision: 'HANDOFF', confidence: 0.31, reason: null }] })!;
    expect(c).toMatchObject({ conversationId: 'c1', handoffReason: 'LOW_CONFIDENCE', summary: 'Wants a refund', transcriptCount: 9 });
    expect(c.classification).toEqual([{ label: 'category', value: 'REFUND' }, { label: 'confidence', value: '42%' }]);
    expect(c.excerpt.map((m) => `${m.who}:${m.body}`)).toEqual(['Assistant:m4', 'Customer:m5', 'Assistant:m6', 'Customer:m7', 'Assistant:m8', 'Customer:m9']);
    expect(c.attempts).toEqual([{ query: 'refund policy', decision: 'HANDOFF', confidence: 0.31, reason: null }]);
  });
});

// --- Pages with a scripted API ---

const user = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });
function ticket(n: number, over: Record<string, unknown> = {}) {
  return {
    __typename: 'Ticket',
    id: `t-${n}`,
    number: n,
    subject: `Subject ${n}`,
    status: 'OPEN',
    priority: 'MEDIUM',
    version: 1,
    tags: [],
    channel: 'CONSOLE',
    createdAt: at(-n * HOUR),
    updatedAt: at(-n * HOUR),
    assigneeId: null,
    queueId: null,
    contactId: null,
    conversationId: null,
    slaState: null,
    slaFirstResponseState: null,
    slaNextResponseState: null,
    slaResolutionState: null,
    firstResponseDueAt: null,
    nextResponseDueAt: null,
    resolutionDueAt: null,
    slaPausedAt: null,
    contact: null,
    assignee: null,
    queue: null,
    ...over,
  };
}
const list = (nodes: unknown[], hasNextPage = false) => ({ tickets: { __typename: 'TicketConnection', edges: nodes.map((node) => ({ __typename: 'TicketEdge', node })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cur1' : null } } });
const pickers = { users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: user('me', 'Nora Admin') }, { __typename: 'UserEdge', node: user('ada', 'Ada Agent') }] }, queues: { __typename: 'QueueConnection', edges: [{ __typename: 'QueueEdge', node: { __typename: 'Queue', id: 'q1', name: 'General' } }] } };
const detailOf = (t: Record<string, unknown>, events: unknown[] = []) => ({ ticket: { ...t, description: 'It broke', category: null, intent: null, resolvedAt: null, closedAt: null, firstRespondedAt: null, escalationContext: null, events } });
const event = (id: string, over: Record<string, unknown>) => ({ __typename: 'TicketEvent', id, action: 'CREATED', actorKind: 'USER', actorId: 'ada', actorName: 'Ada Agent', before: null, after: null, comment: null, public: false, at: at(-HOUR), ticketVersion: 1, ...over });

const stub = defineComponent({ render: () => null });
async function mountWith(component: Component, permissions: string[], script: Script, path: string, props: Record<string, unknown> = {}) {
  const api = scriptedClient(script);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tickets', name: 'tickets', component: stub },
      { path: '/tickets/:id', name: 'ticket', component: stub },
      { path: '/console', name: 'console', component: stub },
    ],
  });
  await router.push(path);
  await router.isReady();
  const viewer = { kind: 'user', permissions, user: { id: 'me', displayName: 'Nora Admin', email: 'n@x', role: 'TENANT_ADMIN', availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(component, props);
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, router, ...api };
}
const ALL = ['tickets.view', 'tickets.create', 'tickets.update', 'tickets.assign'];

describe('the Tickets page', () => {
  it('is in the navigation for those who may view tickets', () => {
    expect(navItems).toContainEqual({ name: 'tickets', label: 'Tickets', permission: 'tickets.view' });
    expect(routes.find((r) => r.path === '/tickets/:id')?.meta?.permission).toBe('tickets.view');
  });

  it('lists the tickets with the filters of the URL, and a new ticket arrives live on top', async () => {
    const { w, ops, push } = await mountWith(TicketsPage as Component, ALL, {
      TicketsList: () => list([ticket(2, { priority: 'URGENT', assignee: user('ada', 'Ada Agent'), assigneeId: 'ada' }), ticket(1)], true),
      TicketPickers: () => pickers,
    }, '/tickets?status=OPEN&assignee=unassigned&q=kettle');
    const listOp = ops.find((o) => o.name === 'TicketsList')!;
    expect(listOp.variables).toMatchObject({ filter: { statuses: ['OPEN'], unassigned: true, search: 'kettle' }, orderBy: 'CREATED_AT_DESC', after: null });
    const numbers = () => w.findAll('tr[data-ticket-id]').map((r) => r.find('td:nth-child(2)').text());
    expect(numbers()).toEqual(['#2', '#1']);
    expect(w.text()).toContain('Ada Agent');
    push('TicketUpdated', { ticketUpdated: ticket(3, { subject: 'Brand new kettle' }) });
    await flushPromises();
    expect(numbers()).toEqual(['#3', '#2', '#1']);
    push('TicketUpdated', { ticketUpdated: ticket(4, { status: 'RESOLVED' }) }); // does not match status=OPEN
    await flushPromises();
    expect(numbers()).toEqual(['#3', '#2', '#1']);
    expect(w.find('[data-testid="load-more"]').exists()).toBe(true);
  });

  it('writes filter changes to the URL and loads the next page after the cursor', async () => {
    const { w, ops, router } = await mountWith(TicketsPage as Component, ALL, {
      TicketsList: (v) => (v.after ? list([ticket(1)]) : list([ticket(2)], true)),
      TicketPickers: () => pickers,
    }, '/tickets');
    await w.findAll('fieldset')[1]!.find('input').setValue(true); // Priority: Urgent
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ priority: 'URGENT' });
    expect(ops.filter((o) => o.name === 'TicketsList').at(-1)!.variables.filter).toEqual({ priorities: ['URGENT'] });
    await w.get('[data-testid="load-more"]').trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'TicketsList').at(-1)!.variables.after).toBe('cur1');
    expect(w.findAll('tr[data-ticket-id]').length).toBe(2);
    expect(w.text()).toContain('All 2 shown.');
  });

  it('saves the current filters as a view and offers it again', async () => {
    const { w } = await mountWith(TicketsPage as Component, ALL, { TicketsList: () => list([ticket(1)]), TicketPickers: () => pickers }, '/tickets?priority=HIGH');
    await w.get('[data-testid="save-view"]').trigger('click');
    await w.get('#tickets-view-name').setValue('Hot ones');
    await w.get('.save-view').trigger('submit');
    await flushPromises();
    expect(loadViews(localStorage, 'me')).toEqual([{ name: 'Hot ones', query: { priority: 'HIGH' } }]);
    expect((w.get('#tickets-view').element as HTMLSelectElement).value).toBe('Hot ones');
  });

  it('bulk-assigns the selected rows one by one and marks the rows that failed', async () => {
    const { w, ops } = await mountWith(TicketsPage as Component, ALL, {
      TicketsList: () => list([ticket(2), ticket(1)]),
      TicketPickers: () => pickers,
      AssignTicket: (v) =>
        v.input.id === 't-1'
          ? { errors: [{ message: 'Ticket not found', extensions: { code: 'NOT_FOUND' } }] }
          : { assignTicket: { __typename: 'TicketPayload', ticketEventId: 'e', ticket: ticket(2, { version: 2, assigneeId: 'me', assignee: user('me', 'Nora Admin') }) } },
    }, '/tickets');
    const rows = w.findAll('tr[data-ticket-id]');
    await rows[0]!.trigger('keydown', { key: ' ' }); // Space selects the focused row
    await rows[1]!.find('input[type="checkbox"]').setValue(true);
    expect(w.get('[data-testid="bulk-bar"]').text()).toContain('2 selected');
    await w.get('#tickets-bulk-assignee').setValue('me');
    await w.get('[data-testid="bulk-bar"] .button-primary').trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'AssignTicket').map((o) => o.variables.input)).toEqual([{ id: 't-2', assigneeId: 'me' }, { id: 't-1', assigneeId: 'me' }]);
    expect(w.get('tr[data-ticket-id="t-2"]').text()).toContain('You');
    expect(w.get('tr[data-ticket-id="t-1"]').text()).toContain('Not assigned: Ticket not found');
    expect(w.get('[data-testid="bulk-bar"]').text()).toContain('1 selected'); // the failed one stays selected
  });

  it('shares one ticker between all SLA badges', async () => {
    const t = ticket(1, { resolutionDueAt: new Date(Date.now() + HOUR + 30_000).toISOString(), slaResolutionState: 'ACTIVE' });
    const Two = defineComponent({ setup: () => () => h('div', [h(SlaBadge, { ticket: t }), h(SlaBadge, { ticket: t })]) });
    const w = mount(Two);
    mounted.push(w);
    expect(nowUsers()).toBe(2);
    expect(w.findAll('[data-sla="ok"]').map((b) => b.text())).toEqual(['1h', '1h']);
  });
});

describe('the ticket page', () => {
  it('shows the timeline with replies and notes apart, and posts an internal note by default', async () => {
    const t = ticket(5, { version: 3 });
    const { w, ops } = await mountWith(TicketDetailPage as Component, ALL, {
      TicketDetail: () => detailOf(t, [event('e1', {}), event('e2', { action: 'COMMENTED', public: true, comment: 'We are on it', ticketVersion: 2 }), event('e3', { action: 'COMMENTED', comment: 'Check the warehouse', ticketVersion: 3 })]),
      TicketPickers: () => pickers,
      CommentOnTicket: () => ({ commentOnTicket: { __typename: 'TicketPayload', ticketEventId: 'e4', ticket: { ...t, version: 4 } } }),
    }, '/tickets/t-5');
    expect(w.get('[data-testid="ticket-header"]').text()).toContain('#5 Subject 5');
    const entries = w.findAll('[data-testid="ticket-timeline"] > li');
    expect(entries.map((e) => e.attributes('data-kind'))).toEqual(['change', 'reply', 'note']);
    expect(entries[1]!.text()).toContain('Customer sees this');
    expect(entries[2]!.text()).toContain('Internal');
    await w.get('#ticket-comment').setValue('Only for staff');
    await w.get('[data-testid="ticket-composer"]').trigger('submit');
    await flushPromises();
    expect(ops.find((o) => o.name === 'CommentOnTicket')!.variables.input).toEqual({ id: 't-5', body: 'Only for staff', public: false });
  });

  it('on CONFLICT says someone else got there first and reloads the ticket', async () => {
    let reads = 0;
    const { w, ops } = await mountWith(TicketDetailPage as Component, ALL, {
      TicketDetail: () => (reads++ === 0 ? detailOf(ticket(5, { version: 3 })) : detailOf(ticket(5, { version: 4, status: 'RESOLVED' }))),
      TicketPickers: () => pickers,
      ResolveTicket: () => ({ errors: [{ message: 'Cannot resolve a ticket that is RESOLVED', extensions: { code: 'CONFLICT', currentStatus: 'RESOLVED' } }] }),
    }, '/tickets/t-5');
    await w.get('[data-action="resolve"]').trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'ResolveTicket')!.variables.input).toEqual({ id: 't-5', expectedVersion: 3 });
    expect(w.get('[data-testid="ticket-conflict"]').text()).toContain('Someone else changed this ticket first: it is now resolved');
    expect(w.get('[data-testid="ticket-status"]').text()).toBe('Resolved');
    expect(w.find('[data-action="reopen"]').exists()).toBe(true);
  });

  it('shows "not found" for an unknown or another tenant’s ticket, never data', async () => {
    const { w } = await mountWith(TicketDetailPage as Component, ALL, {
      TicketDetail: () => ({ errors: [{ message: 'Ticket not found', extensions: { code: 'NOT_FOUND' } }] }),
      TicketPickers: () => pickers,
    }, '/tickets/other-tenant');
    expect(w.get('[data-testid="ticket-not-found"]').text()).toContain('Ticket not found');
    expect(w.find('[data-testid="ticket-header"]').exists()).toBe(false);
  });

  it('escalates with a reason, showing first which escalation rule would match and what it would do', async () => {
    const { w, ops } = await mountWith(TicketDetailPage as Component, ALL, {
      TicketDetail: () => detailOf(ticket(5, { version: 2 })),
      TicketPickers: () => pickers,
      TicketEscalationPreview: () => ({
        ticketEscalationPreview: { __typename: 'EscalationPreview', ticketId: 't-5', canEscalate: true, rules: [{ __typename: 'EscalationPreviewRule', ruleId: 'r1', name: 'VIP and urgent → Senior support', effects: ['Queue → Senior support'] }] },
      }),
      EscalateTicket: () => ({ escalateTicket: { __typename: 'TicketPayload', ticketEventId: 'e', ticket: ticket(5, { version: 3, status: 'ESCALATED' }) } }),
    }, '/tickets/t-5');
    await w.get('[data-action="escalate"]').trigger('click');
    await flushPromises();
    const preview = document.querySelector('[data-slot="escalation-preview"]')!;
    expect(preview.querySelector('[data-testid="preview-rule"]')?.textContent).toContain('VIP and urgent → Senior support');
    expect(preview.textContent).toContain('Queue → Senior support');
    expect(ops.some((o) => o.name === 'EscalateTicket')).toBe(false); // previewing changed nothing
    const form = document.querySelector<HTMLFormElement>('#escalate-ticket-form')!;
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(document.body.textContent).toContain('Say why it needs escalating');
    const reason = document.querySelector<HTMLTextAreaElement>('#escalate-reason')!;
    reason.value = 'Needs billing';
    reason.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(ops.find((o) => o.name === 'EscalateTicket')!.variables.input).toEqual({ id: 't-5', expectedVersion: 2, reason: 'Needs billing' });
  });
});

describe('the console’s ticket section', () => {
  it('links the conversation’s ticket when there is one', async () => {
    const { w } = await mountWith(ConversationTicket as Component, ALL, { ConversationTickets: () => list([{ __typename: 'Ticket', id: 't-9', number: 9, status: 'OPEN', subject: 'Kettle' }]) }, '/console', { conversationId: 'c1' });
    expect(w.get('[data-ticket-link="9"]').attributes('href')).toBe('/tickets/t-9');
    expect(w.find('[data-testid="create-ticket-from-conversation"]').exists()).toBe(false);
  });

  it('creates one from the conversation with an idempotency key, shows the link and a toast', async () => {
    const { w, ops } = await mountWith(ConversationTicket as Component, ALL, {
      ConversationTickets: (v) => (v.conversationId === 'c1' ? list([]) : null),
      CreateTicketFromConversation: () => ({ createTicketFromConversation: { __typename: 'TicketPayload', ticket: ticket(12, { conversationId: 'c1' }) } }),
    }, '/console', { conversationId: 'c1' });
    await w.get('[data-testid="create-ticket-from-conversation"]').trigger('click');
    await flushPromises();
    const input = ops.find((o) => o.name === 'CreateTicketFromConversation')!.variables.input;
    expect(input.conversationId).toBe('c1');
    expect(input.idempotencyKey).toMatch(/.{8,}/);
    expect(w.get('[data-ticket-link="12"]').attributes('href')).toBe('/tickets/t-12');
    expect(toasts.at(-1)).toMatchObject({ message: 'Ticket #12 created.', link: { to: '/tickets/t-12', label: 'Open ticket #12' } });
  });
});
