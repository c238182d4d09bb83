// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The console's `f` ("forward") shortcut opens the transfer dialog for the selected conversation,
// like the Transfer button: not while typing, and not for a resolved conversation. The console
// page runs against a scripted API; the panes that do not take part are stubbed.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import ConsolePage from '../../web/src/console/ConsolePage.vue';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { scriptedClient } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const conversation = (id: string, status: string) => ({
  __typename: 'Conversation',
  id,
  subject: `Subject ${id}`,
  status,
  handler: 'AGENT',
  priority: 'NORMAL',
  channel: 'WIDGET',
  lastSeq: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  waitingSince: null,
  lastMessageAt: null,
  assignee: { __typename: 'User', id: 'me', displayName: 'Ada Agent' },
  contact: { __typename: 'Contact', id: `contact-${id}`, name: 'Casey', email: null, vip: false, identified: false },
});

async function mountConsole(selectedId: string) {
  const convs = [conversation('c-open', 'OPEN'), conversation('c-done', 'RESOLVED')];
  const api = scriptedClient({
    ConsoleConversations: () => ({
      conversations: { __typename: 'ConversationConnection', totalCount: convs.length, edges: convs.map((node) => ({ __typename: 'ConversationEdge', node })) },
    }),
    ConsoleTransferTargets: () => ({ presence: [], queues: { __typename: 'QueueConnection', edges: [] } }),
    ConsoleHeartbeat: () => ({ heartbeat: { __typename: 'PresencePayload', presence: { __typename: 'Presence', userId: 'me', availability: 'ONLINE' } } }),
  });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/console', name: 'console', component: defineComponent({ render: () => null }) }] });
  await router.push(`/console?c=${selectedId}`);
  await router.isReady();
  const viewer = { kind: 'user', permissions: [], user: { id: 'me', displayName: 'Ada Agent', email: 'ada@x', role: 'AGENT', availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: () => true, signOut: async () => undefined });
      return () => h(ConsolePage as Component);
    },
  });
  const w = mount(Host, {
    global: {
      plugins: [router, [urql, api.client]],
      stubs: { ConversationPane: { template: '<div><input data-testid="composer" /></div>' }, ContextSidebar: true, TeamPanel: true },
    },
    attachTo: document.body,
  });
  mounted.push(w);
  await flushPromises();
  return { w, ops: api.ops };
}

const press = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const dialog = () => document.querySelector('[role="dialog"]');

describe('transfer shortcut', () => {
  it('f opens the transfer dialog for the selected conversation, but not while typing', async () => {
    const { w, ops } = await mountConsole('c-open');
    expect(dialog()).toBeNull();

    press(w.get('[data-testid="composer"]').element, 'f');
    await flushPromises();
    expect(dialog()).toBeNull();

    press(document.body, 'f');
    await flushPromises();
    expect(dialog()?.textContent).toContain('Transfer conversation');
    expect(ops.some((o) => o.name === 'ConsoleTransferTargets')).toBe(true);
    expect(w.text()).toContain('f transfer'); // the hint under the lists
  });

  it('does nothing for a resolved conversation (it has no Transfer button either)', async () => {
    await mountConsole('c-done');
    press(document.body, 'f');
    await flushPromises();
    expect(dialog()).toBeNull();
  });
});
