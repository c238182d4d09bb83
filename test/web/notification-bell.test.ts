// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The bell against a scripted API: unread badge and tab title from the server, a live
// notification bumps both, a click marks it read and opens its subject, "Mark all read",
// Escape closes and gives focus back; plus the pure link/title helpers.
import { afterEach, describe, expect, it } from 'vitest';
import { computed, defineComponent, h, type Component } from 'vue';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import urql from '@urql/vue';
import NotificationBell from '../../web/src/notifications/NotificationBell.vue';
import { subjectLink, titleWithCount } from '../../web/src/notifications/links.js';
import { provideSession, type SessionViewer } from '../../web/src/session.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const note = (id: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Notification', id, kind: 'ASSIGNED', title: `Title ${id}`, body: '', subjectKind: 'CONVERSATION', subjectId: `c-${id}`, readAt: null, createdAt: new Date().toISOString(), ...extra,
});

async function mountBell(script: Script) {
  const api = scriptedClient(script);
  const Empty = defineComponent({ render: () => null });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Empty }, { path: '/console', component: Empty }] });
  await router.push('/');
  await router.isReady();
  document.title = 'Home · Switchboard';
  const viewer = { __typename: 'Viewer', kind: 'user', permissions: [], user: { __typename: 'User', id: 'u-1', displayName: 'Ada', email: 'a@x', role: 'AGENT', availability: 'ONLINE' }, tenant: null } as unknown as SessionViewer;
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => viewer), can: () => true, signOut: async () => undefined });
      return () => h(NotificationBell as Component);
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, api, router };
}

const bell = (w: VueWrapper) => w.get('[data-testid="notification-bell"]');

describe('the bell', () => {
  it('shows the unread count in the badge and the tab title, and a live one bumps both', async () => {
    const { w, api } = await mountBell({ NotificationBell: () => ({ unreadNotificationCount: 2, notifications: { __typename: 'NotificationConnection', edges: [note('a'), note('b')].map((node) => ({ __typename: 'NotificationEdge', node })) } }) });
    expect(w.get('[data-testid="notification-count"]').text()).toBe('2');
    expect(bell(w).attributes('aria-label')).toBe('Notifications, 2 unread');
    expect(document.title).toBe('(2) Home · Switchboard');
    api.push('NotificationAdded', { notificationAdded: note('c') });
    await flushPromises();
    expect(w.get('[data-testid="notification-count"]').text()).toBe('3');
    expect(document.title).toBe('(3) Home · Switchboard');
  });

  it('opens with Enter/click, a click on an item marks it read and opens its subject; Escape closes and returns focus', async () => {
    let unread = 1;
    const { w, api, router } = await mountBell({
      NotificationBell: () => ({ unreadNotificationCount: unread, notifications: { __typename: 'NotificationConnection', edges: [{ __typename: 'NotificationEdge', node: note('a') }] } }),
      NotificationsMarkRead: (v) => {
        unread = 0;
        return { markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', markedIds: v.input.ids ?? ['a'], unreadCount: 0 } };
      },
    });
    await bell(w).trigger('click');
    await flushPromises();
    expect(bell(w).attributes('aria-expanded')).toBe('true');
    await w.get('.panel').trigger('keydown', { key: 'Escape' });
    await flushPromises();
    expect(w.find('.panel').exists()).toBe(false);
    expect(document.activeElement).toBe(bell(w).element);

    await bell(w).trigger('click');
    await flushPromises();
    await w.get('.item').trigger('click');
    await flushPromises();
    expect(api.ops.find((o) => o.name === 'NotificationsMarkRead')?.variables).toEqual({ input: { ids: ['a'] } });
    expect(router.currentRoute.value.fullPath).toBe('/console?c=c-a');
    expect(w.find('[data-testid="notification-count"]').exists()).toBe(false);
    expect(document.title).toBe('Home · Switchboard');
  });

  it('"Mark all read" clears the count; an empty list says so', async () => {
    const { w, api } = await mountBell({
      NotificationBell: () => ({ unreadNotificationCount: 0, notifications: { __typename: 'NotificationConnection', edges: [] } }),
      NotificationsMarkRead: () => ({ markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', markedIds: [], unreadCount: 0 } }),
    });
    await bell(w).trigger('click');
    await flushPromises();
    expect(w.get('.panel').text()).toContain('Nothing yet');
    expect(w.get('.panel-head button').attributes('disabled')).toBeDefined();
    expect(api.ops.some((o) => o.name === 'NotificationsMarkRead')).toBe(false);
  });
});

describe('helpers', () => {
  it('links each subject kind to its page', () => {
    expect(subjectLink('TICKET', 't1')).toBe('/tickets/t1');
    expect(subjectLink('CONVERSATION', 'c1')).toBe('/console?c=c1');
    expect(subjectLink('APPROVAL', 'a1')).toBe('/approvals/a1');
    expect(subjectLink(null, null)).toBeNull();
  });
  it('puts the count in front of the title, replacing an earlier one, capped at 99+', () => {
    expect(titleWithCount('Console · Switchboard', 3)).toBe('(3) Console · Switchboard');
    expect(titleWithCount('(3) Console · Switchboard', 4)).toBe('(4) Console · Switchboard');
    expect(titleWithCount('(3) Console · Switchboard', 0)).toBe('Console · Switchboard');
    expect(titleWithCount('X', 150)).toBe('(99+) X');
  });
});
