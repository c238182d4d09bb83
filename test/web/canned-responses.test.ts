// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Canned responses (issue 11, item 16): the page that manages them (list, create, edit, delete,
// shared ones only for conversations.manage), linked in the navigation; in the console, `/` with
// none says so with a link to the page, and a chosen response is INSERTED into the composer,
// variables filled in by the API, for the agent to edit — never sent at once.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import ConversationPane from '../../web/src/console/ConversationPane.vue';
import CannedResponsesPage from '../../web/src/canned-responses/CannedResponsesPage.vue';
import { navItems, routes } from '../../web/src/router.js';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { validateCanned } from '../../web/src/canned-responses/canned-responses.js';
import { matchCanned } from '../../web/src/console/canned.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const stub = defineComponent({ render: () => null });
function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/console', name: 'console', component: stub },
      { path: '/canned-responses', name: 'canned-responses', component: stub },
    ],
  });
}

const conversation = {
  __typename: 'Conversation',
  id: 'c-1',
  subject: 'Order 1234',
  status: 'OPEN',
  handler: 'HUMAN',
  priority: 'NORMAL',
  channel: 'WIDGET',
  lastSeq: 0,
  updatedAt: '2026-01-01T12:00:00.000Z',
  waitingSince: null,
  lastMessageAt: null,
  assignee: { __typename: 'User', id: 'me', displayName: 'Ada Agent' },
  contact: { __typename: 'Contact', id: 'k-1', name: 'Carla', email: null, vip: false, identified: false },
};
const ALL = { takeOver: false, handBack: true, transfer: true, resolve: true, reopen: false, reply: true };
const canned = (shortcut: string, body: string, over: Record<string, unknown> = {}) => ({ __typename: 'CannedResponse', id: `cr-${shortcut}`, shortcut, title: null, body, shared: true, ...over });
const cannedPage = (nodes: ReturnType<typeof canned>[]) => ({ cannedResponses: { __typename: 'CannedResponseConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'CannedResponseEdge', node })) } });

async function mountPane(script: Script) {
  const api = scriptedClient({ ConsoleMessages: () => ({ messages: { __typename: 'MessagePage', hasMore: false, messages: [] } }), ...script });
  const router = makeRouter();
  await router.push('/console');
  await router.isReady();
  const w = mount(ConversationPane as Component, {
    props: { conversation, myUserId: 'me', busy: false, abilities: ALL },
    global: { plugins: [router, [urql, api.client]] },
    attachTo: document.body,
  });
  mounted.push(w);
  await flushPromises();
  return { w, ops: api.ops };
}

async function type(w: VueWrapper, text: string) {
  await w.get('#composer-input').setValue(text);
  await flushPromises();
}
const enter = async (w: VueWrapper) => {
  await w.get('#composer-input').trigger('keydown', { key: 'Enter' });
  await flushPromises();
};

describe('canned responses in the composer', () => {
  it('"/" with none says so and links to the page; Enter sends nothing', async () => {
    const { w, ops } = await mountPane({ ConsoleCannedResponses: () => cannedPage([]) });
    await type(w, '/');
    const empty = w.get('[data-testid="canned-empty"]');
    expect(empty.text()).toContain('No canned responses yet.');
    expect(empty.get('a').attributes('href')).toBe('/canned-responses');
    await enter(w);
    expect(ops.filter((o) => o.name === 'ConsoleSendMessage')).toEqual([]);

    await type(w, '/zzz');
    expect(w.find('[data-testid="canned-empty"]').exists()).toBe(true);
  });

  it('"/" + Enter inserts the rendered response into the composer to edit; Enter then sends the edited text', async () => {
    const { w, ops } = await mountPane({
      ConsoleCannedResponses: () => cannedPage([canned('thanks', 'Thanks {{contact.name}}!', { title: 'Thank the customer' })]),
      ConsoleRenderCannedResponse: () => ({ renderCannedResponse: 'Thanks Carla!' }),
      ConsoleSendMessage: (v) => ({
        sendMessage: {
          __typename: 'SendMessagePayload',
          message: { __typename: 'Message', id: 'm-1', seq: 1, author: 'AGENT', authorName: 'Ada Agent', body: v.input.body, private: false, confidence: null, offline: false, createdAt: '2026-01-01T12:00:01.000Z', clientMessageId: v.input.clientMessageId, citations: [] },
        },
      }),
    });
    await type(w, '/tha');
    const option = w.get('#canned-list [role="option"]');
    expect(option.text()).toContain('/thanks');
    expect(option.text()).toContain('Thank the customer');
    await enter(w);
    expect(ops.find((o) => o.name === 'ConsoleRenderCannedResponse')?.variables).toEqual({ conversationId: 'c-1', shortcut: 'thanks' });
    expect((w.get('#composer-input').element as HTMLTextAreaElement).value).toBe('Thanks Carla!');
    expect(ops.filter((o) => /Send|Apply/.test(o.name))).toEqual([]);

    await type(w, 'Thanks Carla! Your refund is on its way.');
    await enter(w);
    expect(ops.filter((o) => o.name === 'ConsoleSendMessage').map((o) => o.variables.input.body)).toEqual(['Thanks Carla! Your refund is on its way.']);
  });

  it('matches on the title too', () => {
    const list = [canned('a1', 'one', { title: 'Refund timeline' }), canned('b2', 'two')];
    expect(matchCanned(list, 'refund').map((c) => c.shortcut)).toEqual(['a1']);
  });
});

describe('the Canned responses page', () => {
  const rows = [
    canned('greet', 'Hello {{contact.name}}', { title: 'Greeting', shared: true }),
    canned('mine', 'My own text', { shared: false }),
  ];

  async function mountPage(permissions: string[], script: Script = {}) {
    const api = scriptedClient({ CannedResponsesList: () => cannedPage(rows), ...script });
    const router = makeRouter();
    await router.push('/canned-responses');
    await router.isReady();
    const viewer = { kind: 'user', permissions, user: { id: 'me', displayName: 'Ada', email: 'a@x', role: 'AGENT', availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
    const Host = defineComponent({
      setup() {
        provideSession({ viewer: computed(() => viewer), can: (p) => permissions.includes(p), signOut: async () => undefined });
        return () => h(CannedResponsesPage as Component);
      },
    });
    const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    return { w, ops: api.ops };
  }

  it('is in the navigation for everyone who replies', () => {
    expect(navItems).toContainEqual({ name: 'canned-responses', label: 'Canned responses', permission: 'conversations.reply' });
    expect(routes.find((r) => r.path === '/canned-responses')?.meta?.permission).toBe('conversations.reply');
  });

  it('an agent lists them, edits and deletes personal ones only, and creates personal ones', async () => {
    const { w, ops } = await mountPage(['conversations.reply'], {
      CannedResponsesCreate: (v) => ({ createCannedResponse: { __typename: 'CannedResponsePayload', cannedResponse: { __typename: 'CannedResponse', id: 'cr-new', shortcut: v.input.shortcut } } }),
      CannedResponsesUpdate: (v) => ({ updateCannedResponse: { __typename: 'CannedResponsePayload', cannedResponse: { __typename: 'CannedResponse', id: v.input.id, shortcut: v.input.shortcut } } }),
      CannedResponsesDelete: (v) => ({ deleteCannedResponse: { __typename: 'DeleteCannedResponsePayload', deletedCannedResponseId: v.input.id } }),
    });
    const text = w.text();
    expect(text).toContain('/greet');
    expect(text).toContain('Greeting');
    expect(text).toContain('/mine');
    expect(w.find('[aria-label="Edit /greet"]').exists()).toBe(false); // shared: managers only
    expect(text).toContain('Managed by managers');

    // Create: the form checks the shortcut first, then sends; no "shared" choice for an agent.
    await w.findAll('button').find((b) => b.text() === 'New response')!.trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('New canned response');
    expect(document.body.textContent).not.toContain('Shared with the whole team');
    const inputs = () => Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#canned-form input, #canned-form textarea'));
    const set = async (i: number, value: string) => {
      const el = inputs()[i]!;
      el.value = value;
      el.dispatchEvent(new Event('input'));
      await flushPromises();
    };
    await set(0, 'Bad Shortcut!');
    await set(2, 'Refunds take 5 days, {{contact.name}}.');
    (document.querySelector('#canned-form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(document.body.textContent).toContain('Use 1–40 of a-z');
    expect(ops.filter((o) => o.name === 'CannedResponsesCreate')).toEqual([]);
    await set(0, '/refund');
    await set(1, 'Refund timeline');
    (document.querySelector('#canned-form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(ops.find((o) => o.name === 'CannedResponsesCreate')?.variables).toEqual({
      input: { shortcut: 'refund', title: 'Refund timeline', body: 'Refunds take 5 days, {{contact.name}}.', shared: false },
    });

    // Edit the personal one.
    await w.get('[aria-label="Edit /mine"]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Edit canned response');
    await set(2, 'My edited text');
    (document.querySelector('#canned-form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(ops.find((o) => o.name === 'CannedResponsesUpdate')?.variables).toEqual({ input: { id: 'cr-mine', shortcut: 'mine', title: '', body: 'My edited text' } });

    // Delete, confirmed.
    await w.get('[aria-label="Delete /mine"]').trigger('click');
    await flushPromises();
    const confirm = Array.from(document.querySelectorAll('[role="dialog"] button')).find((b) => b.textContent?.trim() === 'Delete') as HTMLButtonElement;
    confirm.click();
    await flushPromises();
    expect(ops.find((o) => o.name === 'CannedResponsesDelete')?.variables).toEqual({ input: { id: 'cr-mine' } });
  });

  it('a manager may change shared ones and create shared ones', async () => {
    const { w } = await mountPage(['conversations.reply', 'conversations.manage']);
    expect(w.find('[aria-label="Edit /greet"]').exists()).toBe(true);
    await w.findAll('button').find((b) => b.text() === 'New response')!.trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('Shared with the whole team');
  });

  it('checks the form like the API', () => {
    expect(validateCanned({ shortcut: '/ok-1', title: '', body: 'x', shared: false })).toEqual({});
    expect(Object.keys(validateCanned({ shortcut: '', title: 'x'.repeat(121), body: ' ', shared: false })).sort()).toEqual(['body', 'shortcut', 'title']);
  });
});
