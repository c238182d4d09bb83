// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// What the console shows must be true (issue 11, items 12, 13, 15), on the console page against a
// scripted API:
// - the availability switch shows what the server says (the heartbeat restores ONLINE after the
//   sweeper took a silent agent OFFLINE; the viewer read at sign-in said OFFLINE);
// - a conversation assigned while the lists load leaves the Queue for Mine;
// - a VIEWER gets no Take over / Transfer / Resolve / composer, and t/r/f do nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import ConsolePage from '../../web/src/console/ConsolePage.vue';
import TransferDialog from '../../web/src/console/TransferDialog.vue';
import { TransferTargetsQuery } from '../../web/src/console/operations.js';
import { print } from 'graphql';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { conversationAbilities } from '../../web/src/console/abilities.js';
import { applyIfNewer } from '../../web/src/console/conversation-lists.js';
import { startTicker } from '../../web/src/console/ticker.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

type Conv = ReturnType<typeof conversation>;
const conversation = (id: string, over: Partial<{ status: string; handler: string; assignee: { id: string; displayName: string } | null; updatedAt: string; waitingSince: string | null }> = {}) => ({
  __typename: 'Conversation',
  id,
  subject: `Subject ${id}`,
  status: 'OPEN',
  handler: 'HUMAN',
  priority: 'NORMAL',
  channel: 'WIDGET',
  lastSeq: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  waitingSince: null as string | null,
  lastMessageAt: null,
  assignee: null as { id: string; displayName: string } | null,
  contact: { __typename: 'Contact', id: `contact-${id}`, name: 'Casey', email: null, vip: false, identified: false },
  ...over,
});

const page = (nodes: Conv[]) => ({
  conversations: { __typename: 'ConversationConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'ConversationEdge', node })) },
});

const PERMISSIONS: Record<string, string[]> = {
  AGENT: ['conversations.view', 'conversations.reply', 'users.view'],
  VIEWER: ['conversations.view', 'users.view'],
};

async function mountConsole(opts: { script: Script; role?: string; availability?: string; url?: string }) {
  const api = scriptedClient({
    ConsoleTransferTargets: () => ({ presence: [], queues: { __typename: 'QueueConnection', edges: [] } }),
    ...opts.script,
  });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/console', name: 'console', component: defineComponent({ render: () => null }) }] });
  await router.push(opts.url ?? '/console');
  await router.isReady();
  const role = opts.role ?? 'AGENT';
  const permissions = PERMISSIONS[role]!;
  const viewer = {
    kind: 'user',
    permissions,
    user: { id: 'me', displayName: 'Ada Agent', email: 'ada@x', role, availability: opts.availability ?? 'ONLINE' },
    tenant: null,
  } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(ConsolePage as Component);
    },
  });
  const w = mount(Host, {
    global: {
      plugins: [router, [urql, api.client]],
      stubs: { ContextSidebar: true, TeamPanel: true },
    },
    attachTo: document.body,
  });
  mounted.push(w);
  await flushPromises();
  return { w, ...api };
}

const presence = (availability: string) => ({ presence: { __typename: 'Presence', userId: 'me', availability } });
const tabCount = (w: VueWrapper, key: string) => w.get(`#tab-${key} .count`).text();
const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('availability switch (item 12)', () => {
  it('shows what the heartbeat answers, not the availability read at sign-in', async () => {
    // Away for more than 60 s: the sweeper took Ada OFFLINE (the viewer says so); her first
    // heartbeat restores ONLINE on the server and answers it.
    const { w } = await mountConsole({
      availability: 'OFFLINE',
      script: { ConsoleConversations: () => page([]), ConsoleHeartbeat: () => ({ heartbeat: { __typename: 'PresencePayload', ...presence('ONLINE') } }) },
    });
    expect((w.get('#availability').element as HTMLSelectElement).value).toBe('ONLINE');
  });

  it('shows the availability the server stored after a choice', async () => {
    const { w, ops } = await mountConsole({
      script: {
        ConsoleConversations: () => page([]),
        ConsoleHeartbeat: () => ({ heartbeat: { __typename: 'PresencePayload', ...presence('ONLINE') } }),
        ConsoleSetAvailability: () => ({ setAvailability: { __typename: 'PresencePayload', ...presence('BUSY') } }),
      },
    });
    await w.get('#availability').setValue('AWAY');
    await flushPromises();
    expect(ops.find((o) => o.name === 'ConsoleSetAvailability')?.variables).toEqual({ input: { availability: 'AWAY' } });
    expect((w.get('#availability').element as HTMLSelectElement).value).toBe('BUSY');
  });
});

describe('heartbeat ticker', () => {
  it('ticks from a worker where there is one (not throttled in hidden tabs), else from a timer', () => {
    const made: { onmessage: (() => void) | null; terminated: boolean }[] = [];
    class FakeWorker {
      onmessage: (() => void) | null = null;
      terminated = false;
      constructor() {
        made.push(this);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    let ticks = 0;
    const stop = startTicker(20_000, () => ticks++);
    expect(made).toHaveLength(1);
    made[0]!.onmessage!();
    expect(ticks).toBe(1);
    stop();
    expect(made[0]!.terminated).toBe(true);

    vi.stubGlobal('Worker', undefined);
    vi.useFakeTimers();
    try {
      const stopTimer = startTicker(20_000, () => ticks++);
      vi.advanceTimersByTime(40_000);
      expect(ticks).toBe(3);
      stopTimer();
      vi.advanceTimersByTime(40_000);
      expect(ticks).toBe(3);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});

describe('conversation lists follow assignments (item 13)', () => {
  it('a conversation assigned to me while the lists load ends in Mine, not in the Queue', async () => {
    const waiting = conversation('c-1', { status: 'WAITING', waitingSince: '2026-01-01T00:00:00.000Z' });
    const assigned = conversation('c-1', { status: 'OPEN', assignee: { id: 'me', displayName: 'Ada Agent' }, updatedAt: '2026-01-01T00:00:05.000Z' });
    // The Queue read began before the assignment (it still sees c-1 waiting) and answers after
    // the event; Mine and All open were read before it too.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const { w, push } = await mountConsole({
      script: {
        ConsoleConversations: async (v) => {
          await released;
          return page(v.filter.statuses.length === 1 ? [waiting] : v.filter.mine ? [] : [waiting]);
        },
        ConsoleHeartbeat: () => ({ heartbeat: { __typename: 'PresencePayload', ...presence('ONLINE') } }),
      },
    });
    push('ConsoleConversationUpdated', { conversationUpdated: assigned });
    await flushPromises();
    release();
    await flushPromises();
    expect(tabCount(w, 'queue')).toBe('0');
    expect(tabCount(w, 'mine')).toBe('1');
    expect(tabCount(w, 'open')).toBe('1');

    // A colleague gets another waiting conversation: it leaves my Queue (it is not mine either).
    const other = conversation('c-2', { status: 'WAITING', waitingSince: '2026-01-01T00:00:06.000Z', updatedAt: '2026-01-01T00:00:06.000Z' });
    push('ConsoleConversationUpdated', { conversationUpdated: other });
    await flushPromises();
    expect(tabCount(w, 'queue')).toBe('1');
    push('ConsoleConversationUpdated', { conversationUpdated: { ...other, status: 'OPEN', waitingSince: null, assignee: { id: 'bo', displayName: 'Bo' }, updatedAt: '2026-01-01T00:00:07.000Z' } });
    await flushPromises();
    expect(tabCount(w, 'queue')).toBe('0');
    expect(tabCount(w, 'mine')).toBe('1');
    expect(tabCount(w, 'open')).toBe('2');
  });

  it('an older copy never moves a conversation back', () => {
    const lists = { queue: [], mine: [conversation('c-1', { assignee: { id: 'me', displayName: 'Ada' }, updatedAt: '2026-01-01T00:00:05.000Z' })], open: [] as Conv[] };
    const stale = conversation('c-1', { status: 'WAITING', updatedAt: '2026-01-01T00:00:01.000Z' });
    expect(applyIfNewer(lists, stale, 'me')).toBe(lists);
  });
});

describe('a VIEWER only reads (item 15)', () => {
  const assignedToBo = conversation('c-1', { status: 'OPEN', assignee: { id: 'bo', displayName: 'Bo' } });
  const script: Script = {
    ConsoleConversations: (v) => page(v.filter.mine ? [] : v.filter.statuses.length === 1 ? [] : [assignedToBo, conversation('c-2', { status: 'WAITING', handler: 'HUMAN' })]),
    ConsoleHeartbeat: () => ({ heartbeat: { __typename: 'PresencePayload', ...presence('ONLINE') } }),
    ConsoleMessages: () => ({ messages: { __typename: 'MessagePage', hasMore: false, messages: [] } }),
  };

  it('sees no Take over, Transfer, Resolve or composer, and t/r/f do nothing', async () => {
    const { w, ops } = await mountConsole({ role: 'VIEWER', script, url: '/console?c=c-2' });
    expect(w.find('.pane-header').exists()).toBe(true);
    const buttons = w.findAll('.actions button').map((b) => b.text());
    expect(buttons).toEqual([]);
    expect(w.find('#composer-input').exists()).toBe(false);
    expect(w.get('[data-testid="read-only"]').text()).toContain('cannot reply');
    for (const key of ['t', 'r', 'f']) press(key);
    await flushPromises();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(ops.filter((o) => /TakeOver|Resolve|Transfer/.test(o.name))).toEqual([]);
    expect(w.text()).not.toContain('take over');
  });

  it('an agent gets them, but no Take over for a conversation another agent has', async () => {
    const { w } = await mountConsole({ role: 'AGENT', script, url: '/console?c=c-2' });
    expect(w.findAll('.actions button').map((b) => b.text())).toEqual(['Take over', 'Resolve']);
    expect(w.find('#composer-input').exists()).toBe(true);
    expect(conversationAbilities(assignedToBo, 'me', (p) => PERMISSIONS.AGENT!.includes(p))).toMatchObject({ takeOver: false, transfer: false, resolve: true, reply: true });
    expect(conversationAbilities(assignedToBo, 'me', (p) => [...PERMISSIONS.AGENT!, 'conversations.assign'].includes(p))).toMatchObject({ takeOver: false, transfer: true });
  });
});

describe('the transfer dialog (item 15)', () => {
  it('offers agents and managers from the API, available first; someone OFFLINE is shown but cannot be chosen', async () => {
    const api = scriptedClient({
      ConsoleTransferTargets: () => ({
        presence: [
          { __typename: 'Presence', userId: 'cy', displayName: 'Cy Offline', availability: 'OFFLINE' },
          { __typename: 'Presence', userId: 'me', displayName: 'Ada Agent', availability: 'ONLINE' },
          { __typename: 'Presence', userId: 'bo', displayName: 'Bo Busy', availability: 'BUSY' },
          { __typename: 'Presence', userId: 'di', displayName: 'Di Online', availability: 'ONLINE' },
        ],
        queues: { __typename: 'QueueConnection', edges: [] },
      }),
    });
    const w = mount(TransferDialog as Component, {
      props: { open: true, conversation: conversation('c-1', { assignee: { id: 'me', displayName: 'Ada Agent' } }), myUserId: 'me' },
      global: { plugins: [[urql, api.client]] },
      attachTo: document.body,
    });
    mounted.push(w);
    await flushPromises();
    const query = api.ops.find((o) => o.name === 'ConsoleTransferTargets');
    expect(query).toBeDefined();
    expect(print(TransferTargetsQuery)).toContain('presence(takesConversations: true)'); // filtered by the API
    const options = Array.from(document.querySelectorAll<HTMLOptionElement>('#transfer-agent option')).filter((o) => o.value);
    expect(options.map((o) => [o.value, o.disabled])).toEqual([['di', false], ['bo', false], ['cy', true]]);
    expect(options[2]!.textContent).toContain('Offline');
  });
});
