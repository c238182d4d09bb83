// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Approvals in the web app: the queue (mine first, then everyone's), the detail panel's decisions
// (Reject needs a reason, checked before sending; the API's CONFLICT is shown), live updates from
// approvalUpdated, the console's "Request approval" dialog, and the route guarded by approvals.decide.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import ApprovalsPage from '../../web/src/approvals/ApprovalsPage.vue';
import ConversationApprovals from '../../web/src/approvals/ConversationApprovals.vue';
import { navItems, routes } from '../../web/src/router.js';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { formatAmount, mergeUpdate, parseAmount, queueOrder, validateDecision, validateRequest, type Approval } from '../../web/src/approvals/approvals.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const user = (id: string, displayName: string) => ({ __typename: 'User', id, displayName });
function approval(n: number, over: Partial<Approval> = {}): Approval {
  return {
    __typename: 'ApprovalRequest',
    id: `ap-${n}`,
    number: n,
    kind: 'REFUND',
    summary: `Summary ${n}`,
    proposedAction: `Refund order ${n}`,
    amount: 40,
    currency: 'EUR',
    priority: 'MEDIUM',
    urgency: 'NORMAL',
    status: 'PENDING',
    version: 1,
    conversationId: `c-${n}`,
    ticketId: null,
    requestedByKind: 'USER',
    decisionReason: null,
    decidedAt: null,
    createdAt: `2026-01-0${n}T12:00:00.000Z`,
    requester: user('agent', 'Ada Agent'),
    approver: null,
    decidedBy: null,
    ...over,
  } as Approval;
}
const page = (nodes: Approval[]) => ({ approvalRequests: { __typename: 'ApprovalRequestConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'ApprovalRequestEdge', node })) } });
const detail = (a: Approval) => ({ approvalRequest: { ...a, escalatedTo: null, conversation: { __typename: 'Conversation', id: a.conversationId, subject: 'Broken kettle' }, history: [{ __typename: 'ApprovalEvent', id: 'e1', action: 'REQUESTED', actorKind: 'USER', actorName: 'Ada Agent', fromUserName: null, toUserName: null, reason: null, createdAt: a.createdAt }] } });
const deciders = { users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'boss', displayName: 'Milo Manager', role: 'MANAGER' } }, { __typename: 'UserEdge', node: { __typename: 'User', id: 'me', displayName: 'Nora Admin', role: 'TENANT_ADMIN' } }] } };

const stub = defineComponent({ render: () => null });
async function mountWith(component: Component, props: Record<string, unknown>, permissions: string[], script: Script, path = '/approvals') {
  const api = scriptedClient(script);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/approvals', name: 'approvals', component: stub },
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

describe('approval rules in the browser', () => {
  it('checks a request like the API', () => {
    const ok = { kind: 'REFUND', summary: 'S', proposedAction: 'P', amount: '', currency: 'EUR', priority: 'MEDIUM' };
    expect(validateRequest(ok)).toEqual({ amount: 'Enter the amount for this currency, or clear the currency.' });
    expect(validateRequest({ ...ok, currency: '' })).toEqual({});
    expect(validateRequest({ ...ok, amount: '40,5' })).toEqual({});
    expect(Object.keys(validateRequest({ ...ok, summary: ' ', proposedAction: '', amount: '1.234' }))).toEqual(['summary', 'proposedAction', 'amount']);
    expect(validateRequest({ ...ok, amount: '40', currency: 'euro' })).toEqual({ currency: 'A three-letter code, e.g. EUR.' });
    expect([parseAmount(''), parseAmount('40,50'), parseAmount('-1')]).toEqual([null, 40.5, NaN]);
  });

  it('a rejection needs a reason; an escalation a person', () => {
    expect(validateDecision('REJECT', '  ', '')).toHaveProperty('reason');
    expect(validateDecision('REJECT', 'too late', '')).toEqual({});
    expect(validateDecision('APPROVE', '', '')).toEqual({});
    expect(validateDecision('ESCALATE', '', '')).toHaveProperty('escalateTo');
  });

  it('orders the queue mine first, oldest first, and merges live updates by version', () => {
    const mine = [approval(3, { approver: user('me', 'Nora Admin') })];
    const all = [approval(4), approval(3, { approver: user('me', 'Nora Admin') }), approval(1), approval(2, { status: 'APPROVED' })];
    const q = queueOrder(mine, all);
    expect(q.mine.map((a) => a.number)).toEqual([3]);
    expect(q.others.map((a) => a.number)).toEqual([1, 4]);
    const list = [approval(1, { version: 3 })];
    expect(mergeUpdate(list, approval(1, { version: 2, status: 'APPROVED' }), () => true)).toBe(list); // stale
    expect(mergeUpdate(list, approval(1, { version: 4, status: 'APPROVED' }), (a) => a.status === 'PENDING')).toEqual([]);
    expect(formatAmount(approval(1, { amount: 40 }))).toBe('40.00 EUR');
  });
});

describe('the Approvals page', () => {
  it('is in the navigation for those who decide', () => {
    expect(navItems).toContainEqual({ name: 'approvals', label: 'Approvals', permission: 'approvals.decide' });
    expect(routes.find((r) => r.path === '/approvals')?.meta?.permission).toBe('approvals.decide');
  });

  it('shows mine first, then the others, with amount, priority and a link to the conversation', async () => {
    const mine = approval(2, { approver: user('me', 'Nora Admin'), priority: 'URGENT', urgency: 'HIGH' });
    const { w } = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide', 'tickets.view'], {
      ApprovalsList: (v) => page(v.filter.mine ? [mine] : [approval(1), mine]),
      ApprovalDeciders: () => deciders,
    });
    const mineList = w.get('[data-testid="approvals-mine"]');
    expect(mineList.text()).toContain('#2 Summary 2');
    expect(mineList.text()).toContain('40.00 EUR');
    expect(mineList.text()).toContain('Urgent');
    expect(mineList.text()).toContain('High urgency');
    expect(mineList.get('a').attributes('href')).toBe('/console?c=c-2');
    expect(w.get('[data-testid="approvals-others"]').text()).toContain('#1 Summary 1');
    expect(w.get('[data-testid="approvals-others"]').text()).not.toContain('#2');
  });

  it('says so when nothing waits, and offers a retry on error', async () => {
    const empty = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide'], { ApprovalsList: () => page([]), ApprovalDeciders: () => deciders });
    expect(empty.w.text()).toContain('Nothing waits for a decision');
    const failing = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide'], { ApprovalsList: () => ({ errors: [{ message: 'Boom', extensions: { code: 'INTERNAL' } }] }), ApprovalDeciders: () => deciders });
    expect(failing.w.get('[role="alert"]').text()).toContain('Boom');
    expect(failing.w.findAll('button').some((b) => b.text() === 'Try again')).toBe(true);
  });

  it('Reject without a reason is refused inline; with one it is sent; a CONFLICT is shown and the approval read again', async () => {
    const a = approval(1);
    let conflict = false;
    const { w, ops, router } = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide', 'tickets.view'], {
      ApprovalsList: (v) => page(v.filter.mine ? [] : [a]),
      ApprovalDeciders: () => deciders,
      ApprovalDetail: () => detail(a),
      DecideApproval: (v) =>
        conflict
          ? { errors: [{ message: 'Approval #1 was already approved', extensions: { code: 'CONFLICT', currentStatus: 'APPROVED' } }] }
          : { decideApproval: { __typename: 'ApprovalPayload', approval: { ...a, status: v.input.decision === 'REJECT' ? 'REJECTED' : 'APPROVED', version: 2, decisionReason: v.input.reason } } },
    });
    await w.get('[data-approval-id="ap-1"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.a).toBe('ap-1');
    const panel = w.get('[data-testid="approval-detail"]');
    expect(panel.text()).toContain('Refund order 1');
    expect(panel.text()).toContain('Ada Agent requested it');
    const button = (label: string) => panel.findAll('button').find((b) => b.text() === label)!;

    await button('Reject').trigger('click');
    await flushPromises();
    expect(panel.text()).toContain('Say why it is rejected');
    expect(ops.filter((o) => o.name === 'DecideApproval')).toEqual([]);

    await panel.get('#approval-reason').setValue('Outside the return window');
    await button('Reject').trigger('click');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'DecideApproval').map((o) => o.variables.input)).toEqual([{ id: 'ap-1', decision: 'REJECT', reason: 'Outside the return window', escalateToUserId: null }]);

    conflict = true;
    const detailReads = ops.filter((o) => o.name === 'ApprovalDetail').length;
    await w.get('[data-testid="approval-detail"] form').trigger('submit');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'DecideApproval')).toHaveLength(2);
    expect(ops.filter((o) => o.name === 'ApprovalDetail').length).toBeGreaterThan(detailReads);
  });

  it('escalate needs a manager, picked from the tenant’s deciders (not the current approver)', async () => {
    const a = approval(1, { approver: user('boss', 'Milo Manager') });
    const { w, ops } = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide'], {
      ApprovalsList: (v) => page(v.filter.mine ? [] : [a]),
      ApprovalDeciders: () => deciders,
      ApprovalDetail: () => detail(a),
      DecideApproval: (v) => ({ decideApproval: { __typename: 'ApprovalPayload', approval: { ...a, status: 'ESCALATED', version: 2, approver: user(v.input.escalateToUserId, 'Nora Admin') } } }),
    }, '/approvals?a=ap-1');
    const panel = w.get('[data-testid="approval-detail"]');
    expect(panel.find('#approval-reassign').exists()).toBe(false); // no tickets.assign
    const options = panel.findAll('#approval-escalate option').map((o) => o.text());
    expect(options).toEqual(['Choose a manager…', 'Nora Admin (admin)']);
    const escalate = panel.findAll('button').find((b) => b.text() === 'Escalate')!;
    await escalate.trigger('click');
    await flushPromises();
    expect(panel.text()).toContain('Choose whom to escalate to.');
    await panel.get('#approval-escalate').setValue('me');
    await escalate.trigger('click');
    await flushPromises();
    expect(ops.find((o) => o.name === 'DecideApproval')?.variables.input).toEqual({ id: 'ap-1', decision: 'ESCALATE', reason: null, escalateToUserId: 'me' });
  });

  it('live: a new request appears, a decided one leaves the open queue', async () => {
    const { w, push } = await mountWith(ApprovalsPage as Component, {}, ['approvals.decide'], {
      ApprovalsList: (v) => page(v.filter.mine ? [] : [approval(1)]),
      ApprovalDeciders: () => deciders,
    });
    push('ApprovalUpdated', { approvalUpdated: approval(5, { approver: user('me', 'Nora Admin') }) });
    await flushPromises();
    expect(w.get('[data-testid="approvals-mine"]').text()).toContain('#5 Summary 5');
    push('ApprovalUpdated', { approvalUpdated: approval(1, { status: 'APPROVED', version: 2 }) });
    await flushPromises();
    expect(w.find('[data-testid="approvals-others"]').exists()).toBe(false);
    expect(w.text()).toContain('No others.');
  });
});

describe('Request approval in the console', () => {
  it('checks the form, then sends requestApproval for the conversation', async () => {
    const { w, ops } = await mountWith(ConversationApprovals as Component, { conversationId: 'c-9' }, ['conversations.reply', 'tickets.view'], {
      ApprovalsList: () => page([approval(1, { status: 'REJECTED' })]),
      RequestApproval: (v) => ({ requestApproval: { __typename: 'ApprovalPayload', approval: approval(7, { summary: v.input.summary }) } }),
    }, '/console');
    expect(ops.find((o) => o.name === 'ApprovalsList')?.variables.filter).toEqual({ conversationId: 'c-9' });
    expect(w.text()).toContain('Rejected');
    expect(w.find('a[href^="/approvals"]').exists()).toBe(false); // no approvals.decide: no link to the page
    await w.get('[data-testid="request-approval"]').trigger('click');
    await flushPromises();
    const form = document.querySelector('#request-approval-form') as HTMLFormElement;
    const set = async (id: string, value: string) => {
      const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
      await flushPromises();
    };
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(document.body.textContent).toContain('Say in one line what this is about.');
    expect(ops.filter((o) => o.name === 'RequestApproval')).toEqual([]);
    await set('#request-approval-summary', 'Kettle arrived broken');
    await set('#request-approval-action', 'Refund in full');
    await set('#request-approval-amount', '40,00');
    await set('#request-approval-currency', 'eur');
    await set('#request-approval-priority', 'HIGH');
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    const sent = ops.find((o) => o.name === 'RequestApproval')!.variables.input;
    expect(sent).toMatchObject({ conversationId: 'c-9', kind: 'REFUND', summary: 'Kettle arrived broken', proposedAction: 'Refund in full', amount: 40, currency: 'EUR', priority: 'HIGH' });
    expect(sent.idempotencyKey).toEqual(expect.any(String));
  });

  it('follows the conversation’s approvals live (and ignores other conversations’)', async () => {
    const { w, push } = await mountWith(ConversationApprovals as Component, { conversationId: 'c-1' }, ['conversations.reply', 'tickets.view'], {
      ApprovalsList: () => page([approval(1)]),
    }, '/console');
    expect(w.text()).toContain('Pending');
    push('ApprovalUpdated', { approvalUpdated: approval(1, { status: 'APPROVED', version: 2 }) });
    push('ApprovalUpdated', { approvalUpdated: approval(2, { conversationId: 'c-other' }) });
    await flushPromises();
    expect(w.text()).toContain('Approved');
    expect(w.text()).not.toContain('Pending');
    expect(w.text()).not.toContain('#2');
  });

  it('is hidden from a viewer who can neither read approvals nor reply', async () => {
    const { w } = await mountWith(ConversationApprovals as Component, { conversationId: 'c-9' }, ['conversations.view'], {}, '/console');
    expect(w.find('[data-testid="conversation-approvals"]').exists()).toBe(false);
  });
});
