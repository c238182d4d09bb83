// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The team progress panel of the task board with a scripted API: the last 7 days by default (30 on
// choice) as `teamProgress(from, to)`, one row per team with a bar per day, the total and the
// average time to done in words; an empty state when nothing was done; the API's error in an alert.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h } from 'vue';
import { provideSession } from '../../web/src/session.js';
import TeamProgressPanel from '../../web/src/tasks/TeamProgressPanel.vue';
import { formatDuration, progressRange } from '../../web/src/tasks/progress.js';
import { scriptedClient, type Script } from './helpers/scripted-client.js';

const mounted: VueWrapper[] = [];
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  document.body.innerHTML = '';
});

const NOW = new Date('2026-12-07T12:00:00Z');
const days = (from: string, n: number, done: number[] = []) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return { __typename: 'TeamProgressDay', day: d.toISOString().slice(0, 10), done: done[i] ?? 0 };
  });
const team = (name: string | null, done: number[], avg: number | null, from: string, n: number) => ({
  __typename: 'TeamProgress', team: name, total: done.reduce((a, b) => a + b, 0), averageLeadTimeSeconds: avg, days: days(from, n, done),
});

async function mountPanel(script: Script, tz = 'Europe/Berlin') {
  const api = scriptedClient(script);
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => ({ kind: 'user', permissions: ['tasks.view'], user: { id: 'me', displayName: 'Ada Agent' }, tenant: { name: 'Northwind', slug: 'northwind', timezone: tz } }) as never), can: () => true, signOut: async () => undefined });
      return () => h(TeamProgressPanel, { now: () => NOW });
    },
  });
  const w = mount(Host, { global: { plugins: [[urql, api.client]] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, ...api };
}

describe('team progress panel', () => {
  it('shows the last 7 days per team: bars per day, total, average time to done; 30 days on choice', async () => {
    const { w, ops } = await mountPanel({
      TeamProgress: (v) => {
        const n = v.from === '2026-12-01' ? 7 : 30;
        return { teamProgress: [team('Billing', [1, 0, 3, 0, 0, 2, 1], 3 * 3600 + 20 * 60, v.from, n), team(null, [0, 0, 0, 0, 0, 0, 1], 45 * 60, v.from, n)] };
      },
    });
    expect(ops.filter((o) => o.name === 'TeamProgress').map((o) => o.variables)).toEqual([{ from: '2026-12-01', to: '2026-12-07' }]);
    const rows = w.findAll('[data-testid="team-progress-row"]');
    expect(rows.map((r) => r.get('th').text())).toEqual(['Billing', 'No team']);
    expect(rows.map((r) => r.get('[data-testid="team-progress-total"]').text())).toEqual(['7', '1']);
    expect(rows.map((r) => r.get('[data-testid="team-progress-average"]').text())).toEqual(['3 h 20 min', '45 min']);
    const bars = rows[0]!.findAll('[data-testid="team-progress-bar"]');
    expect(bars.map((b) => b.attributes('data-done'))).toEqual(['1', '0', '3', '0', '0', '2', '1']);
    expect(bars[2]!.attributes('title')).toBe('Thu 3 Dec: 3 done');
    // The busiest day is the tallest bar; an empty day is still visible.
    expect(bars[2]!.attributes('style')).toContain('height: 28px');
    expect(bars[1]!.attributes('style')).toContain('height: 2px');
    expect(rows[0]!.get('[role="img"]').attributes('aria-label')).toContain('Billing: Tue 1 Dec: 1 done');

    await w.get('#team-progress-range').setValue('30');
    await flushPromises();
    expect(ops.filter((o) => o.name === 'TeamProgress').at(-1)!.variables).toEqual({ from: '2026-11-08', to: '2026-12-07' });
    expect(w.findAll('[data-testid="team-progress-row"]')[0]!.findAll('[data-testid="team-progress-bar"]')).toHaveLength(30);
  });

  it('counts the days in the tenant’s time zone', async () => {
    // 12:00Z on 7 Dec is already 8 Dec in Auckland.
    const { ops } = await mountPanel({ TeamProgress: () => ({ teamProgress: [] }) }, 'Pacific/Auckland');
    expect(ops.find((o) => o.name === 'TeamProgress')!.variables).toEqual({ from: '2026-12-02', to: '2026-12-08' });
  });

  it('says so when no task was done, and shows the API error', async () => {
    const empty = await mountPanel({ TeamProgress: (v) => ({ teamProgress: [team('Billing', [], null, v.from, 7)] }) });
    expect(empty.w.get('[data-testid="team-progress-empty"]').text()).toContain('No tasks were done in the last 7 days.');
    expect(empty.w.find('[data-testid="team-progress-table"]').exists()).toBe(false);
    empty.w.unmount();
    mounted.pop();

    const none = await mountPanel({ TeamProgress: () => ({ teamProgress: [] }) });
    expect(none.w.find('[data-testid="team-progress-empty"]').exists()).toBe(true);

    const failing = await mountPanel({ TeamProgress: () => ({ errors: [{ message: 'from must be a day (YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT' } }] }) });
    expect(failing.w.get('[role="alert"]').text()).toContain('from must be a day');
  });

  it('labels: durations in words, the range ends today', () => {
    expect([null, 20, 59 * 60, 3600, 90 * 60, 26 * 3600, 48 * 3600].map(formatDuration)).toEqual(['—', '< 1 min', '59 min', '1 h', '1 h 30 min', '1 d 2 h', '2 d']);
    expect(progressRange(7, new Date('2026-12-07T23:30:00Z'), 'Europe/Berlin')).toEqual({ from: '2026-12-02', to: '2026-12-08' });
  });
});
