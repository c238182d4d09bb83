// @vitest-environment happy-dom
// The console's GraphQL operations against a real API server, through the app's own
// urql client: the list queries, messages, the hand-off package, actions, presence,
// and the session refresh / logout of the shell.
/// <reference path="../../web/src/env.d.ts" />
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { print } from 'graphql';
import { mount } from '@vue/test-utils';
import urql from '@urql/vue';
import { createMemoryHistory } from 'vue-router';
import App from '../../web/src/App.vue';
import { createAppRouter } from '../../web/src/router.js';
import { startTestServer } from '../helpers/server.js';
import { DEMO } from '../helpers/graphql.js';
import { createUrqlSetup, type UrqlSetup } from '../../web/src/urql.js';
import { clearToken, setSession } from '../../web/src/auth.js';
import { LIST_KEYS, listQuery } from '../../web/src/console/conversation-lists.js';
import {
  AssistantContextQuery,
  ConversationsQuery,
  HeartbeatMutation,
  MessagesQuery,
  SetAvailabilityMutation,
  TakeOverMutation,
} from '../../web/src/console/operations.js';
import { ViewerDocument } from '../../web/src/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let urqlSetup: UrqlSetup;

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresAt } }`;

beforeAll(async () => {
  server = await startTestServer();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${server.url}/console`);
  urqlSetup = createUrqlSetup();
  const r = await urqlSetup.client
    .mutation(LOGIN, { input: { email: DEMO.northwind.agent, password: 'switchboard-demo', tenantSlug: DEMO.northwind.slug } })
    .toPromise();
  expect(r.error).toBeUndefined();
  setSession(r.data.login);
});

afterAll(async () => {
  // Close the WebSocket before the server goes, so no connection is cut mid-way.
  urqlSetup?.dispose();
  await urqlSetup?.ws.dispose();
  await new Promise((resolve) => setTimeout(resolve, 200));
  clearToken();
  await server?.stop();
});

const WAIT = { timeout: 15_000, interval: 20 };

describe('the app shell and pages against the API', () => {
  it('renders the console with role-aware navigation, the lists and (if any) a conversation', async () => {
    const warn = vi.spyOn(console, 'warn');
    const router = createAppRouter(createMemoryHistory());
    await router.push('/console');
    await router.isReady();
    const app = mount(App, { global: { plugins: [router, [urql, urqlSetup.client]] }, attachTo: document.body });
    try {
      await vi.waitFor(() => expect(app.findAll('[role="tab"]')).toHaveLength(3), WAIT);
      const nav = app.get('nav[aria-label="Main"]').text();
      expect(nav).toContain('Console');
      expect(nav).toContain('Knowledge');
      await vi.waitFor(() => expect(app.find('[role="status"]').exists()).toBe(false), WAIT);
      // The demo data has a WAITING conversation in the queue.
      const countOf = (tab: string) => Number(/(\d+)\s*$/.exec(app.get(`#tab-${tab}`).text())![1]);
      const mineBefore = countOf('mine');
      await app.get('#tab-queue').trigger('click');
      expect(app.get('#tab-queue').attributes('aria-selected')).toBe('true');
      const first = app.find('.conv-list button');
      expect(first.exists()).toBe(true);
      await first.trigger('click');
      await vi.waitFor(() => expect(router.currentRoute.value.query.c).toBeTruthy(), WAIT);
      await vi.waitFor(() => expect(app.findAll('[data-testid="message"]').length).toBeGreaterThan(0), WAIT);
      expect(app.find('aside[aria-label="Customer and hand-off"]').exists()).toBe(true);
      const seqs = app.findAll('[data-testid="message"]').map((m) => Number(m.attributes('data-seq')));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

      // "t" in the composer types; on the page it takes the conversation over.
      await app.get('#composer-input').trigger('keydown', { key: 't' });
      expect(countOf('mine')).toBe(mineBefore);
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true }));
      await vi.waitFor(() => expect(countOf('mine')).toBe(mineBefore + 1), WAIT);
      await vi.waitFor(() => expect(app.text()).toContain('You took over the conversation.'), WAIT);
      await router.push('/knowledge');
      await vi.waitFor(() => expect(app.find('h1#kb-title').exists()).toBe(true), WAIT);
      await vi.waitFor(() => expect(app.find('table').exists()).toBe(true), WAIT);
      expect(warn.mock.calls.filter((c) => String(c[0]).includes('[Vue warn]'))).toEqual([]);
    } finally {
      app.unmount();
      warn.mockRestore();
    }
  });
});

describe('console operations against the API', () => {
  it('the viewer holds conversations.view; the three lists load', async () => {
    const v = await urqlSetup.client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(v.error).toBeUndefined();
    expect(v.data?.viewer.permissions).toContain('conversations.view');
    for (const key of LIST_KEYS) {
      const { filter, orderBy } = listQuery(key);
      const r = await urqlSetup.client.query(ConversationsQuery, { filter, orderBy, first: 50 }, { requestPolicy: 'network-only' }).toPromise();
      expect(r.error, key).toBeUndefined();
      expect(Array.isArray(r.data?.conversations.edges)).toBe(true);
    }
  });

  it('messages, hand-off package and take-over work on a conversation, when the demo data has one', async () => {
    const r = await urqlSetup.client
      .query(ConversationsQuery, { ...listQuery('open'), first: 5 }, { requestPolicy: 'network-only' })
      .toPromise();
    const conv = r.data?.conversations.edges[0]?.node;
    if (!conv) return; // no open conversation in the demo data
    const m = await urqlSetup.client.query(MessagesQuery, { conversationId: conv.id, afterSeq: 0, first: 100 }, { requestPolicy: 'network-only' }).toPromise();
    expect(m.error).toBeUndefined();
    const seqs = m.data!.messages.messages.map((x) => x.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const ctx = await urqlSetup.client.query(AssistantContextQuery, { conversationId: conv.id }, { requestPolicy: 'network-only' }).toPromise();
    expect(ctx.error).toBeUndefined();
    const t = await urqlSetup.client.mutation(TakeOverMutation, { input: { conversationId: conv.id } }).toPromise();
    if (!t.error) expect(t.data?.takeOverConversation.conversation?.handler).toBe('HUMAN');
    else expect(t.error.graphQLErrors[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('availability and heartbeat', async () => {
    const a = await urqlSetup.client.mutation(SetAvailabilityMutation, { input: { availability: 'AWAY' } }).toPromise();
    expect(a.error).toBeUndefined();
    expect(a.data?.setAvailability.presence.availability).toBe('AWAY');
    const h = await urqlSetup.client.mutation(HeartbeatMutation, {}).toPromise();
    expect(h.error).toBeUndefined();
  });

  // `everywhere` has a schema default, but the server requires it in the input object: send it.
  it('the documents the shell sends are valid (refresh and logout)', async () => {
    const r = await urqlSetup.client
      .mutation(LOGIN, { input: { email: DEMO.northwind.agent, password: 'switchboard-demo', tenantSlug: DEMO.northwind.slug } })
      .toPromise();
    const refreshToken = r.data.login.refreshToken as string;
    const refreshed = await urqlSetup.client
      .mutation(`mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken expiresAt } }`, { input: { refreshToken } })
      .toPromise();
    expect(refreshed.error).toBeUndefined();
    const out = await urqlSetup.client
      .mutation(`mutation($input: LogoutInput!) { logout(input: $input) { ok } }`, { input: { refreshToken: refreshed.data.refreshSession.refreshToken, everywhere: false } })
      .toPromise();
    expect(out.error).toBeUndefined();
    expect(out.data.logout.ok).toBe(true);
    expect(print(ViewerDocument)).toContain('permissions');
  });
});
