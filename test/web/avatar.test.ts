// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Avatars: the picture when there is a URL, the initials when there is none or the image fails;
// the profile page previews a typed https URL, checks it before sending, and saves or removes it.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h } from 'vue';
import Avatar from '../../web/src/components/ui/Avatar.vue';
import ProfilePage from '../../web/src/profile/ProfilePage.vue';
import { provideSession } from '../../web/src/session.js';
import { toasts } from '../../web/src/toast.js';
import { scriptedClient } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
  toasts.splice(0);
});

describe('Avatar', () => {
  it('shows the image, falls back to the initials when it fails, and tries a new URL again', async () => {
    const w = mount(Avatar, { props: { name: 'Ada Lovelace', src: 'https://img.example/ada.png' } });
    mounted.push(w);
    expect(w.get('[data-testid="avatar-image"]').attributes('alt')).toBe('Ada Lovelace');
    await w.get('img').trigger('error');
    expect(w.find('img').exists()).toBe(false);
    expect(w.get('[data-testid="avatar-initials"]').text()).toBe('AL');
    await w.setProps({ src: 'https://img.example/ada-2.png' } as never);
    expect(w.get('img').attributes('src')).toBe('https://img.example/ada-2.png');
    await w.setProps({ src: null } as never);
    expect(w.get('[data-testid="avatar-initials"]').attributes('aria-label')).toBe('Ada Lovelace');
  });
});

describe('profile page avatar', () => {
  it('previews, refuses a non-https URL before sending, saves and removes', async () => {
    let avatarUrl: string | null = 'https://img.example/old.png';
    const api = scriptedClient({
      CalendarFeed: () => ({ viewer: { __typename: 'Viewer', calendarFeed: null } }),
      UpdateMyProfile: (v) => ((avatarUrl = v.input.avatarUrl || null), { updateMyProfile: { __typename: 'UserPayload', user: { __typename: 'User', id: 'me', displayName: 'Ada Agent', avatarUrl } } }),
    });
    const Host = defineComponent({
      setup() {
        provideSession({ viewer: computed(() => ({ kind: 'user', permissions: [], user: { id: 'me', displayName: 'Ada Agent', email: 'ada@x', role: 'AGENT', avatarUrl: 'https://img.example/old.png' } }) as never), can: () => false, signOut: async () => undefined });
        return () => h(ProfilePage);
      },
    });
    const w = mount(Host, { global: { plugins: [[urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    expect((w.get('#profile-avatar-url').element as HTMLInputElement).value).toBe('https://img.example/old.png');
    expect(w.get('[data-testid="profile-avatar-preview"]').attributes('src')).toBe('https://img.example/old.png');

    await w.get('#profile-avatar-url').setValue('http://img.example/new.png');
    expect(w.get('[data-testid="profile-avatar-preview"]').text()).toBe('AA');
    await w.get('[data-testid="profile-avatar"]').trigger('submit');
    await flushPromises();
    expect(api.ops.filter((o) => o.name === 'UpdateMyProfile')).toHaveLength(0);
    expect(w.text()).toContain('Use an https:// address of an image.');

    await w.get('#profile-avatar-url').setValue('https://img.example/new.png');
    expect(w.get('[data-testid="profile-avatar-preview"]').attributes('src')).toBe('https://img.example/new.png');
    await w.get('[data-testid="profile-avatar"]').trigger('submit');
    await flushPromises();
    expect(api.ops.filter((o) => o.name === 'UpdateMyProfile').map((o) => o.variables.input)).toEqual([{ avatarUrl: 'https://img.example/new.png' }]);
    expect(toasts.map((t) => t.message)).toContain('Picture saved.');

    await w.get('[data-testid="profile-avatar-remove"]').trigger('click');
    await flushPromises();
    expect(api.ops.filter((o) => o.name === 'UpdateMyProfile').at(-1)!.variables.input).toEqual({ avatarUrl: '' });
    expect(toasts.map((t) => t.message)).toContain('Picture removed: your initials are shown.');
  });
});
