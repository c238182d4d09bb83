// The SLA clock (pauses, due times, target states) and policy matching: pure functions.
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../../api/src/modules/sla/business-time.js';
import { dueAfter, elapsedMs, slaDueTimes, slaTargetState, worstSlaState } from '../../../api/src/modules/sla/sla-clock.js';
import { matchSlaPolicy, recomputeSla, type ClockPolicy, type CalendarSet } from '../../../api/src/modules/sla/sla-matching.js';

const d = (iso: string) => new Date(iso);
const nine2five: BusinessCalendar = {
  timezone: 'Europe/Berlin',
  weeklyHours: [0, 1, 2, 3, 4].map(() => [{ start: '08:00', end: '17:00' }]).concat([[], []]),
  holidays: [],
};
const H = 60;

describe('pauses', () => {
  it('PENDING for 3 hours pauses a 24/7 clock exactly 3 hours', () => {
    const start = d('2026-12-01T10:00:00Z');
    expect(dueAfter(null, start, 8 * H)!.toISOString()).toBe('2026-12-01T18:00:00.000Z');
    expect(dueAfter(null, start, 8 * H, [{ from: d('2026-12-01T11:00:00Z'), to: d('2026-12-01T14:00:00Z') }])!.toISOString()).toBe('2026-12-01T21:00:00.000Z');
  });

  it('PENDING for 3 business hours moves a business due time by exactly 3 business hours', () => {
    const start = d('2026-12-07T09:00:00+01:00'); // Monday
    const pause = { from: d('2026-12-07T10:00:00+01:00'), to: d('2026-12-07T13:00:00+01:00') };
    expect(dueAfter(nine2five, start, 4 * H, [pause])!.toISOString()).toBe(d('2026-12-07T16:00:00+01:00').toISOString());
    expect(elapsedMs(nine2five, start, d('2026-12-07T16:00:00+01:00'), [pause])).toBe(4 * 3600_000);
  });

  it('a pause over the night pauses only the business time inside it', () => {
    const start = d('2026-12-07T15:00:00+01:00'); // Monday 15:00, 4 business hours → Tuesday 10:00 without a pause
    expect(dueAfter(nine2five, start, 4 * H)!.toISOString()).toBe(d('2026-12-08T10:00:00+01:00').toISOString());
    // PENDING Monday 16:00 → Tuesday 10:00: 1 h Monday + 2 h Tuesday morning of business time.
    const pause = { from: d('2026-12-07T16:00:00+01:00'), to: d('2026-12-08T10:00:00+01:00') };
    expect(dueAfter(nine2five, start, 4 * H, [pause])!.toISOString()).toBe(d('2026-12-08T13:00:00+01:00').toISOString());
  });

  it('a pause over a weekend costs nothing the calendar would not count', () => {
    const start = d('2026-12-04T16:00:00+01:00'); // Friday
    const pause = { from: d('2026-12-04T17:30:00+01:00'), to: d('2026-12-07T08:00:00+01:00') };
    expect(dueAfter(nine2five, start, 2 * H, [pause])!.toISOString()).toBe(d('2026-12-07T09:00:00+01:00').toISOString());
  });

  it('an open pause before the due time means no due time; overlapping pauses count once; a pause after the due time changes nothing', () => {
    const start = d('2026-12-01T10:00:00Z');
    expect(dueAfter(null, start, 60, [{ from: d('2026-12-01T10:30:00Z'), to: null }])).toBeNull();
    expect(dueAfter(null, start, 60, [{ from: d('2026-12-01T12:00:00Z'), to: null }])!.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    const overlapping = [
      { from: d('2026-12-01T10:10:00Z'), to: d('2026-12-01T10:40:00Z') },
      { from: d('2026-12-01T10:30:00Z'), to: d('2026-12-01T10:50:00Z') },
    ];
    expect(dueAfter(null, start, 60, overlapping)!.toISOString()).toBe('2026-12-01T11:40:00.000Z');
  });

  it('slaDueTimes answers the three targets (next response from the waiting customer message) with at-risk instants', () => {
    const due = slaDueTimes({
      targets: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: null },
      calendar: null,
      startedAt: d('2026-12-01T10:00:00Z'),
      awaitingReplySince: d('2026-12-01T12:00:00Z'),
      atRiskShare: 0.5,
    });
    expect(due.firstResponse.dueAt!.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    expect(due.firstResponse.atRiskAt!.toISOString()).toBe('2026-12-01T10:30:00.000Z');
    expect(due.nextResponse.dueAt!.toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(due.resolution).toEqual({ dueAt: null, atRiskAt: null });
  });
});

describe('slaTargetState', () => {
  const startedAt = d('2026-12-01T10:00:00Z');
  const dueAt = d('2026-12-01T20:00:00Z');
  it.each([
    ['2026-12-01T17:00:00Z', undefined, 'ACTIVE'],
    ['2026-12-01T18:00:00Z', undefined, 'AT_RISK'],
    ['2026-12-01T19:59:59Z', undefined, 'AT_RISK'],
    ['2026-12-01T20:00:00Z', undefined, 'BREACHED'],
    ['2026-12-01T23:00:00Z', '2026-12-01T19:00:00Z', 'MET'],
    ['2026-12-01T23:00:00Z', '2026-12-01T21:00:00Z', 'MISSED'],
  ])('now %s, met %s → %s', (now, met, state) => {
    const s = slaTargetState({ now: d(now), startedAt, dueAt, metAt: met ? d(met) : null });
    expect(s.state).toBe(state);
    expect(s.atRiskAt!.toISOString()).toBe('2026-12-01T18:00:00.000Z');
    expect(s.breachedAt!.toISOString()).toBe(dueAt.toISOString());
  });

  it('measures the at-risk share in business time on a business calendar', () => {
    // Friday 15:00 → Monday 12:00 is 6 business hours; 80 % = 4.8 h → Monday 10:48.
    const s = slaTargetState({ now: d('2026-12-07T10:00:00+01:00'), startedAt: d('2026-12-04T15:00:00+01:00'), dueAt: d('2026-12-07T12:00:00+01:00'), calendar: nine2five });
    expect(s.atRiskAt!.toISOString()).toBe(d('2026-12-07T10:48:00+01:00').toISOString());
    expect(s.state).toBe('ACTIVE');
  });

  it('no due time: ACTIVE without instants; the worst state wins', () => {
    expect(slaTargetState({ now: startedAt, startedAt, dueAt: null })).toEqual({ state: 'ACTIVE', atRiskAt: null, breachedAt: null });
    expect(worstSlaState(['MET', 'AT_RISK', null, 'ACTIVE'])).toBe('AT_RISK');
    expect(worstSlaState(['MET', 'BREACHED', 'MISSED'])).toBe('BREACHED');
    expect(worstSlaState([])).toBeNull();
  });
});

describe('matchSlaPolicy', () => {
  const p = (id: string, position: number, conditions: ClockPolicy['conditions'], extra: Partial<ClockPolicy> = {}): ClockPolicy => ({
    id, position, enabled: true, conditions, firstResponseMinutes: 60, nextResponseMinutes: null, resolutionMinutes: 480, businessHours: false, calendarId: null, atRiskShare: 0.8, ...extra,
  });
  const policies = [
    p('fallback', 0, {}),
    p('urgent', 1, { priorities: ['URGENT'] }),
    p('vip-billing', 2, { vip: true, tagsAny: ['Billing'] }),
    p('queue', 3, { queueIds: ['q1'], priorities: ['HIGH', 'URGENT'] }),
    p('disabled', -1, { priorities: ['LOW'] }, { enabled: false }),
  ];
  const facts = { priority: 'MEDIUM', queueId: null, vip: false, tags: [] as string[] };
  it.each([
    ['nothing specific → the fallback, even though it comes first', facts, 'fallback'],
    ['URGENT → urgent (position order)', { ...facts, priority: 'URGENT', queueId: 'q1' }, 'urgent'],
    ['VIP with a billing tag (case-insensitive)', { ...facts, vip: true, tags: ['billing'] }, 'vip-billing'],
    ['VIP without the tag → fallback (all conditions must hold)', { ...facts, vip: true, tags: ['x'] }, 'fallback'],
    ['HIGH in q1 → queue', { ...facts, priority: 'HIGH', queueId: 'q1' }, 'queue'],
    ['HIGH elsewhere → fallback', { ...facts, priority: 'HIGH', queueId: 'q2' }, 'fallback'],
    ['a disabled policy never matches', { ...facts, priority: 'LOW' }, 'fallback'],
  ])('%s', (_n, f, id) => {
    expect(matchSlaPolicy(policies, f)?.id).toBe(id);
  });
  it('no fallback and no match → null', () => {
    expect(matchSlaPolicy(policies.slice(1), facts)).toBeNull();
  });

  it('recomputeSla says which due times a policy edit changes', () => {
    const calendars: CalendarSet = { defaultCalendar: nine2five, byId: new Map(), byQueue: new Map() };
    const ticket = { ...facts, startedAt: d('2026-12-04T16:00:00+01:00') };
    const before = recomputeSla(policies, calendars, ticket, { policyId: null, firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null });
    expect(before.changed).toEqual(['policyId', 'firstResponseDueAt', 'resolutionDueAt']);
    expect(before.firstResponseDueAt!.toISOString()).toBe(d('2026-12-04T17:00:00+01:00').toISOString());
    const same = recomputeSla(policies, calendars, ticket, before);
    expect(same.changed).toEqual([]);
    const business = policies.map((x) => (x.id === 'fallback' ? { ...x, businessHours: true } : x));
    const after = recomputeSla(business, calendars, ticket, before);
    expect(after.changed).toEqual(['resolutionDueAt']); // 1 h from Friday 16:00 is 17:00 either way
    expect(after.resolutionDueAt!.toISOString()).toBe(d('2026-12-07T15:00:00+01:00').toISOString());
  });
});
