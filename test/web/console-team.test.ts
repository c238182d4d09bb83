// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The console's Team panel: colleagues' availability from `presence`, kept live by
// `presenceChanged`, read again after a reconnect.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { shallowRef } from 'vue';
import { print, type DocumentNode } from 'graphql';
import TeamPanel from '../../web/src/console/TeamPanel.vue';
import { applyPresence, sortTeam } from '../../web/src/console/presence.js';
import { socketReconnects } from '../../web/src/urql.js';

const p = (userId: string, displayName: string, availability: string) => ({ userId, displayName, availability, lastSeenAt: null });

describe('presence helpers', () => {
  it('sorts colleagues (not me) available first, then by name; events replace or add', () => {
    const list = [p('u1', 'Zoe', 'AWAY'), p('me', 'Me', 'ONLINE'), p('u2', 'Bob', 'OFFLINE'), p('u3', 'Ann', 'ONLINE')];
    expect(sortTeam(list, 'me').map((m) => m.displayName)).toEqual(['Ann', 'Zoe', 'Bob']);
    const next = applyPresence(list, p('u2', 'Bob', 'ONLINE'));
    expect(next).toHaveLength(4);
    expect(list[2]!.availability).toBe('OFFLINE'); // not mutated
    expect(sortTeam(next, 'me').map((m) => m.displayName)).toEqual(['Ann', 'Bob', 'Zoe']);
    expect(applyPresence(list, p('u4', 'New', 'BUSY'))).toHaveLength(5);
  });
});

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount();
});

describe('TeamPanel', () => {
  it('lists colleagues with their availability and updates live', async () => {
    let presence = [p('me', 'Ada Agent', 'ONLINE'), p('u1', 'Bea', 'AWAY'), p('u2', 'Cal', 'ONLINE')];
    let queries = 0;
    const subs: { name: string; cb: (r: unknown) => void; closed: boolean }[] = [];
    const client = {
      query: () => ({ toPromise: async () => (queries++, { data: { presence } }) }),
      mutation: () => ({ toPromise: async () => ({ data: undefined }) }),
      subscription: (doc: DocumentNode) => ({
        subscribe(cb: (r: unknown) => void) {
          const s = { name: /subscription\s+(\w+)/.exec(print(doc))?.[1] ?? '?', cb, closed: false };
          subs.push(s);
          return { unsubscribe: () => (s.closed = true) };
        },
      }),
    };
    const w = mount(TeamPanel, { props: { myUserId: 'me' }, global: { provide: { $urql: shallowRef(client) } } });
    mounted.push(w);
    await flushPromises();

    const rows = () => w.findAll('li.member').map((li) => `${li.get('.member-name').text()}:${li.attributes('data-availability')}`);
    expect(rows()).toEqual(['Cal:ONLINE', 'Bea:AWAY']);
    expect(w.get('summary').text()).toContain('1/2 online');

    const sub = subs.find((s) => s.name === 'ConsolePresenceChanged' && !s.closed)!;
    sub.cb({ data: { presenceChanged: p('u1', 'Bea', 'ONLINE') } });
    sub.cb({ data: { presenceChanged: p('u2', 'Cal', 'OFFLINE') } });
    await flushPromises();
    expect(rows()).toEqual(['Bea:ONLINE', 'Cal:OFFLINE']);

    // My own change is not listed but reported to the page (its availability switch).
    sub.cb({ data: { presenceChanged: p('me', 'Ada Agent', 'BUSY') } });
    await flushPromises();
    expect(rows()).toHaveLength(2);
    expect(w.emitted('self')).toEqual([['BUSY']]);

    // After a reconnect the list is read again (events may have been missed).
    presence = [p('me', 'Ada Agent', 'BUSY'), p('u1', 'Bea', 'AWAY'), p('u2', 'Cal', 'OFFLINE'), p('u3', 'Dan', 'ONLINE')];
    const before = queries;
    socketReconnects.value++;
    await flushPromises();
    expect(queries).toBe(before + 1);
    expect(rows()).toEqual(['Dan:ONLINE', 'Bea:AWAY', 'Cal:OFFLINE']);
  });
});
