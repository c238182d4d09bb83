// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The profile page with a scripted API: the name is saved with updateMyProfile; a password change
// is checked here first (length, repeat) and keeps the session with the new tokens; the calendar
// feed is created (its URL shown) and revoked.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h } from 'vue';
import ProfilePage from '../../web/src/profile/ProfilePage.vue';
import { provideSession } from '../../web/src/session.js';
import { getToken, setToken } from '../../web/src/auth.js';
import { toasts } from '../../web/src/toast.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
  toasts.splice(0);
  setToken(null);
});

async function mountProfile(script: Script) {
  const api = scriptedClient(script);
  const permissions = ['meetings.view'];
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => ({ kind: 'user', permissions, user: { id: 'me', displayName: 'Ada Agent', email: 'ada@x', role: 'AGENT' } }) as never), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(ProfilePage);
    },
  });
  const w = mount(Host, { global: { plugins: [[urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, ...api };
}
const feed = (active: boolean) => ({ __typename: 'CalendarFeed', active, url: active ? 'https://sb.example/calendar/feed/abc.ics' : null, createdAt: active ? '2026-12-07T10:00:00Z' : null });

describe('profile page', () => {
  it('saves the name, checks and changes the password, creates and revokes the feed', async () => {
    let active = false;
    const { w, ops } = await mountProfile({
      CalendarFeed: () => ({ viewer: { __typename: 'Viewer', calendarFeed: feed(active) } }),
      UpdateMyProfile: (v) => ({ updateMyProfile: { __typename: 'UserPayload', user: { __typename: 'User', id: 'me', displayName: v.input.displayName } } }),
      ChangeMyPassword: () => ({ changeMyPassword: { __typename: 'SessionPayload', accessToken: 'new-token', refreshToken: 'r2', expiresAt: '2026-12-07T11:00:00Z' } }),
      RotateCalendarFeed: () => ((active = true), { rotateCalendarFeed: { __typename: 'CalendarFeedPayload', feed: feed(true) } }),
      RevokeCalendarFeed: () => ((active = false), { revokeCalendarFeed: { __typename: 'CalendarFeedPayload', feed: feed(false) } }),
    });
    await w.get('#profile-name').setValue('Ada A.');
    await w.get('[data-testid="profile-name"]').trigger('submit');
    await flushPromises();
    expect(ops.find((o) => o.name === 'UpdateMyProfile')!.variables.input).toEqual({ displayName: 'Ada A.' });

    await w.get('#profile-current-password').setValue('old-password');
    await w.get('#profile-new-password').setValue('short');
    await w.get('#profile-repeat-password').setValue('other');
    await w.get('[data-testid="profile-password"]').trigger('submit');
    await flushPromises();
    expect(w.text()).toContain('At least 10 characters.');
    expect(w.text()).toContain('The two new passwords differ.');
    expect(ops.some((o) => o.name === 'ChangeMyPassword')).toBe(false);
    await w.get('#profile-new-password').setValue('a-long-new-password');
    await w.get('#profile-repeat-password').setValue('a-long-new-password');
    await w.get('[data-testid="profile-password"]').trigger('submit');
    await flushPromises();
    expect(ops.find((o) => o.name === 'ChangeMyPassword')!.variables.input).toEqual({ currentPassword: 'old-password', newPassword: 'a-long-new-password' });
    expect(getToken()).toBe('new-token');

    expect(w.find('[data-testid="feed-url"]').exists()).toBe(false);
    await w.get('[data-testid="feed-rotate"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="feed-url"]').text()).toBe('https://sb.example/calendar/feed/abc.ics');
    await w.get('[data-testid="feed-revoke"]').trigger('click');
    await flushPromises();
    expect(w.find('[data-testid="feed-url"]').exists()).toBe(false);
    expect(w.text()).toContain('No feed yet.');
  });
});
