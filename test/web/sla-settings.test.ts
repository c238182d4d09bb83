// The "SLA & hours" page's pure helpers: weekly ranges typed as text, durations in words, the
// policy form's checks and the input it sends; and its route, guarded by automation.manage.
import { describe, expect, it } from 'vitest';
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
