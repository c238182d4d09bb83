// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The "SLA & hours" page's pure helpers: weekly ranges typed as text, durations in words, the
// policy form's checks and the input it sends; and its route, guarded by automation.manage.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import type { Component } from 'vue';
import SlaSettingsPage from '../../web/src/sla/SlaSettingsPage.vue';
import { scriptedClient } from './helpers/scripted-client.js';
import { describeConditions, formatMinutes, formatRanges, parseRanges, policyInput, validatePolicy, type PolicyForm } from '../../web/src/sla/sla-settings.js';
import { navItems, routes } from '../../web/src/router.js';

describe('parseRanges', () => {
  it.each([
    ['', []],
    ['08:00–12:00', [{ start: '08:00', end: '12:00' }]],
    ['13:00-17:00, 8:00 - 12:00', [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]],
    ['00:00 to 24:00', [{ start: '00:00', end: '24:00' }]],
  ])('%j → ranges', (text, ranges) => {
    expect(parseRanges(text)).toEqual({ ranges, error: null });
  });
  it.each([
    ['8-12', /not a range/],
    ['17:00–08:00', /ends before it starts/],
    ['08:00–12:00, 11:00–13:00', /overlap/],
    ['24:00–24:00', /starts at 24:00/],
    ['08:00–24:30', /not a range/],
  ])('%j is refused', (text, error) => {
    expect(parseRanges(text).error).toMatch(error);
  });
  it('round-trips through formatRanges', () => {
    const { ranges } = parseRanges('13:00-17:00, 08:00-12:00');
    expect(formatRanges(ranges)).toBe('08:00–12:00, 13:00–17:00');
    expect(parseRanges(formatRanges(ranges)).ranges).toEqual(ranges);
  });
});

describe('policy form', () => {
  const form: PolicyForm = { name: ' VIP ', enabled: true, priorities: ['HIGH'], queueIds: [], vip: 'yes', tags: 'billing, , refunds', firstResponse: '30', nextResponse: '', resolution: '480', businessHours: false, atRiskPercent: '75' };
  it('sends targets as minutes, empty lists as null, the share as a fraction', () => {
    expect(validatePolicy(form)).toEqual({});
    expect(policyInput(form)).toEqual({
      name: 'VIP', enabled: true,
      conditions: { priorities: ['HIGH'], queueIds: null, vip: true, tagsAny: ['billing', 'refunds'] },
      firstResponseMinutes: 30, nextResponseMinutes: null, resolutionMinutes: 480, businessHours: false, atRiskShare: 0.75,
    });
  });
  it('refuses bad values per field', () => {
    expect(Object.keys(validatePolicy({ ...form, name: '', firstResponse: '1.5', resolution: '0', atRiskPercent: '100' })).sort()).toEqual(['atRiskPercent', 'firstResponse', 'name', 'resolution']);
  });
  it('says durations and conditions in words', () => {
    expect([formatMinutes(30), formatMinutes(120), formatMinutes(90), formatMinutes(null)]).toEqual(['30 min', '2 h', '1 h 30 min', '—']);
    expect(describeConditions({ priorities: ['URGENT'], vip: true, queueIds: ['q'] }, () => 'Billing')).toBe('priority URGENT, queue Billing, VIP contact');
    expect(describeConditions({})).toBe('Every other ticket (fallback)');
  });
});

it('the page is routed and in the navigation for automation.manage', () => {
  expect(routes.find((r) => r.name === 'sla')?.meta).toMatchObject({ permission: 'automation.manage', requiresAuth: true });
  expect(navItems.find((n) => n.name === 'sla')).toEqual({ name: 'sla', label: 'SLA & hours', permission: 'automation.manage' });
});

describe('the SLA & hours page', () => {
  const mounted: VueWrapper[] = [];
  afterEach(() => {
    while (mounted.length) mounted.pop()!.unmount();
    document.body.innerHTML = '';
  });
  const day = (weekday: string, ranges: { start: string; end: string }[]) => ({ __typename: 'BusinessDayHours', weekday, ranges: ranges.map((r) => ({ __typename: 'TimeRange', ...r })) });
  const settings = () => ({
    businessCalendars: [{
      __typename: 'BusinessCalendar', id: 'cal-1', queueId: null, name: 'Business hours', timezone: 'Europe/Berlin', openNow: false,
      weeklyHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((w, i) => day(w, i < 5 ? [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] : [])),
      holidays: [{ __typename: 'Holiday', date: '2026-12-25', name: 'Christmas' }],
    }],
    slaPolicies: [
      { __typename: 'SlaPolicy', id: 'p-2', name: 'Standard', position: 1, enabled: true, fallback: true, conditions: { __typename: 'SlaConditions', priorities: null, queueIds: null, vip: null, tagsAny: null }, firstResponseMinutes: 240, nextResponseMinutes: 480, resolutionMinutes: 1440, businessHours: true, atRiskShare: 0.8 },
      { __typename: 'SlaPolicy', id: 'p-1', name: 'Urgent', position: 0, enabled: true, fallback: false, conditions: { __typename: 'SlaConditions', priorities: ['URGENT'], queueIds: null, vip: null, tagsAny: null }, firstResponseMinutes: 30, nextResponseMinutes: 120, resolutionMinutes: 480, businessHours: false, atRiskShare: 0.8 },
    ],
    queues: { __typename: 'QueueConnection', edges: [] },
  });

  it('shows the week, the holidays and the policies in order; saves hours and reorders', async () => {
    const api = scriptedClient({
      SlaSettings: settings,
      SlaUpsertCalendar: () => ({ upsertBusinessCalendar: { __typename: 'BusinessCalendarPayload', businessCalendar: { __typename: 'BusinessCalendar', id: 'cal-1' } } }),
      SlaReorderPolicies: (v) => ({ reorderSlaPolicies: { __typename: 'ReorderSlaPoliciesPayload', slaPolicies: v.input.ids.map((id: string, position: number) => ({ __typename: 'SlaPolicy', id, position })) } }),
    });
    const w = mount(SlaSettingsPage as Component, { global: { plugins: [[urql, api.client]] }, attachTo: document.body });
    mounted.push(w);
    await flushPromises();
    expect((w.find('#sla-day-0').element as HTMLInputElement).value).toBe('08:00–12:00, 13:00–17:00');
    expect((w.find('#sla-day-6').element as HTMLInputElement).value).toBe('');
    expect(w.text()).toContain('Christmas');
    expect(w.findAll('.policy strong').map((s) => s.text())).toEqual(['Urgent', 'Standard']);
    expect(w.text()).toContain('Every other ticket (fallback)');

    await w.find('#sla-day-5').setValue('10:00-14:00');
    await w.find('#sla-day-1').setValue('17:00-08:00');
    expect(w.text()).toContain('ends before it starts');
    await w.find('#sla-day-1').setValue('08:00-17:00');
    await w.find('form').trigger('submit');
    await flushPromises();
    const saved = api.ops.find((o) => o.name === 'SlaUpsertCalendar')!.variables.input;
    expect(saved.weeklyHours[5]).toEqual({ weekday: 'SATURDAY', ranges: [{ start: '10:00', end: '14:00' }] });
    expect(saved.weeklyHours[1].ranges).toEqual([{ start: '08:00', end: '17:00' }]);
    expect(saved.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas' }]);

    await w.find('[aria-label="Move Urgent down"]').trigger('click');
    await flushPromises();
    expect(api.ops.find((o) => o.name === 'SlaReorderPolicies')!.variables.input.ids).toEqual(['p-2', 'p-1']);
  });
});
