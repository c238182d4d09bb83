// Business time, as a table: weekends, holidays, several ranges a day, both DST switches of
// Europe/Berlin and America/New_York (23 h and 25 h days, ranges containing the switch), and
// large N. Expected instants are written with their offsets, independent of the code.
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isWithinBusinessHours,
  nextOpening,
  type BusinessCalendar,
  type TimeRange,
} from '../../../api/src/modules/sla/business-time.js';

const r = (start: string, end: string): TimeRange => ({ start, end });
const weekdays = (ranges: TimeRange[], tz: string, holidays: string[] = []): BusinessCalendar => ({
  timezone: tz,
  weeklyHours: [ranges, ranges, ranges, ranges, ranges, [], []],
  holidays,
});
const everyDay = (ranges: TimeRange[], tz: string): BusinessCalendar => ({ timezone: tz, weeklyHours: Array.from({ length: 7 }, () => ranges), holidays: [] });
const onlySunday = (ranges: TimeRange[], tz: string): BusinessCalendar => ({ timezone: tz, weeklyHours: [[], [], [], [], [], [], ranges], holidays: [] });

const berlin = weekdays([r('08:00', '17:00')], 'Europe/Berlin');
const d = (iso: string) => new Date(iso);

describe('addBusinessMinutes', () => {
  const cases: [string, BusinessCalendar | null, string, number, string][] = [
    ['Friday 16:30 + 2 h → Monday 09:30', berlin, '2026-12-04T16:30:00+01:00', 120, '2026-12-07T09:30:00+01:00'],
    ['a holiday Monday → Tuesday 09:30', weekdays([r('08:00', '17:00')], 'Europe/Berlin', ['2026-12-07']), '2026-12-04T16:30:00+01:00', 120, '2026-12-08T09:30:00+01:00'],
    ['reaching the close exactly answers the close', berlin, '2026-12-04T15:00:00+01:00', 120, '2026-12-04T17:00:00+01:00'],
    ['t before opening counts from the opening', berlin, '2026-12-03T06:00:00+01:00', 30, '2026-12-03T08:30:00+01:00'],
    ['t on a Saturday counts from Monday', berlin, '2026-12-05T11:00:00+01:00', 60, '2026-12-07T09:00:00+01:00'],
    ['t on a holiday counts from the next day', weekdays([r('08:00', '17:00')], 'Europe/Berlin', ['2026-12-03']), '2026-12-03T10:00:00+01:00', 60, '2026-12-04T09:00:00+01:00'],
    ['minutes = 0 answers t', berlin, '2026-12-05T11:00:00+01:00', 0, '2026-12-05T11:00:00+01:00'],
    ['several ranges: across the lunch gap', weekdays([r('08:00', '12:00'), r('13:00', '17:00')], 'Europe/Berlin'), '2026-12-01T11:30:00+01:00', 60, '2026-12-01T13:30:00+01:00'],
    ['several ranges: t inside the gap', weekdays([r('08:00', '12:00'), r('13:00', '17:00')], 'Europe/Berlin'), '2026-12-01T12:15:00+01:00', 30, '2026-12-01T13:30:00+01:00'],
    ['several ranges: over the evening into the next morning', weekdays([r('08:00', '12:00'), r('13:00', '17:00')], 'Europe/Berlin'), '2026-12-01T16:00:00+01:00', 330, '2026-12-02T13:30:00+01:00'],
    ['fractional minutes', berlin, '2026-12-01T08:00:00+01:00', 0.5, '2026-12-01T08:00:30+01:00'],
    ['24/7 is calendar time', null, '2026-03-28T12:00:00+01:00', 1440, '2026-03-29T13:00:00+02:00'],
    // Europe/Berlin, spring: Sun 2026-03-29 02:00 → 03:00 (a 23 h day).
    ['Berlin spring weekend: Friday 16:30 + 2 h → Monday 09:30 CEST', berlin, '2026-03-27T16:30:00+01:00', 120, '2026-03-30T09:30:00+02:00'],
    ['Berlin 23 h day, open all day: 24 business hours from Saturday noon', everyDay([r('00:00', '24:00')], 'Europe/Berlin'), '2026-03-28T12:00:00+01:00', 1440, '2026-03-29T13:00:00+02:00'],
    ['Berlin spring, a range 01:00–04:00 containing the switch (2 real hours)', onlySunday([r('01:00', '04:00')], 'Europe/Berlin'), '2026-03-29T01:00:00+01:00', 90, '2026-03-29T03:30:00+02:00'],
    ['Berlin spring, a range starting in the gap starts at the switch', onlySunday([r('02:30', '04:00')], 'Europe/Berlin'), '2026-03-28T20:00:00+01:00', 30, '2026-03-29T03:30:00+02:00'],
    // Europe/Berlin, autumn: Sun 2026-10-25 03:00 → 02:00 (a 25 h day).
    ['Berlin autumn weekend: Friday 16:30 + 2 h → Monday 09:30 CET', berlin, '2026-10-23T16:30:00+02:00', 120, '2026-10-26T09:30:00+01:00'],
    ['Berlin autumn, a range 01:00–04:00 containing the switch (4 real hours)', onlySunday([r('01:00', '04:00')], 'Europe/Berlin'), '2026-10-25T01:00:00+02:00', 210, '2026-10-25T03:30:00+01:00'],
    ['Berlin 25 h day, open all day: 24 business hours from Saturday noon', everyDay([r('00:00', '24:00')], 'Europe/Berlin'), '2026-10-24T12:00:00+02:00', 1440, '2026-10-25T11:00:00+01:00'],
    // America/New_York: Sun 2026-03-08 02:00 → 03:00, Sun 2026-11-01 02:00 → 01:00.
    ['New York spring weekend: Friday 16:30 + 2 h → Monday 09:30 EDT', weekdays([r('08:00', '17:00')], 'America/New_York'), '2026-03-06T16:30:00-05:00', 120, '2026-03-09T09:30:00-04:00'],
    ['New York spring, range 01:00–05:00, from 01:30 EST + 1 h → 03:30 EDT', onlySunday([r('01:00', '05:00')], 'America/New_York'), '2026-03-08T01:30:00-05:00', 60, '2026-03-08T03:30:00-04:00'],
    ['New York autumn, range 00:00–03:00 holds 4 real hours', onlySunday([r('00:00', '03:00')], 'America/New_York'), '2026-11-01T00:00:00-04:00', 210, '2026-11-01T02:30:00-05:00'],
    ['New York autumn weekend: Friday 16:30 + 2 h → Monday 09:30 EST', weekdays([r('08:00', '17:00')], 'America/New_York'), '2026-10-30T16:30:00-04:00', 120, '2026-11-02T09:30:00-05:00'],
  ];
  it.each(cases)('%s', (_name, cal, from, minutes, expected) => {
    expect(addBusinessMinutes(cal, d(from), minutes).toISOString()).toBe(d(expected).toISOString());
    if (minutes > 0) expect(businessMinutesBetween(cal, d(from), d(expected))).toBeCloseTo(minutes, 6);
  });

  it('walks ranges, not minutes: 10 weeks of business time in well under 50 ms, exactly', () => {
    const t0 = performance.now();
    const due = addBusinessMinutes(berlin, d('2026-11-02T08:00:00+01:00'), 10 * 5 * 9 * 60);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(due.toISOString()).toBe(d('2027-01-08T17:00:00+01:00').toISOString());
    // A year of it, across both switches, also fast.
    const t1 = performance.now();
    const year = addBusinessMinutes(berlin, d('2026-01-05T08:00:00+01:00'), 52 * 5 * 9 * 60);
    expect(performance.now() - t1).toBeLessThan(200);
    expect(year.toISOString()).toBe(d('2027-01-01T17:00:00+01:00').toISOString());
  });

  it('refuses a calendar with no hours and negative minutes', () => {
    expect(() => addBusinessMinutes({ timezone: 'UTC', weeklyHours: [[], [], [], [], [], [], []], holidays: [] }, new Date(), 10)).toThrow(/no opening hours/);
    expect(() => addBusinessMinutes(berlin, new Date(), -1)).toThrow(RangeError);
  });
});

describe('businessMinutesBetween', () => {
  it('counts only business time, in either direction', () => {
    expect(businessMinutesBetween(berlin, d('2026-12-04T16:30:00+01:00'), d('2026-12-07T09:30:00+01:00'))).toBe(120);
    expect(businessMinutesBetween(berlin, d('2026-12-07T09:30:00+01:00'), d('2026-12-04T16:30:00+01:00'))).toBe(-120);
    expect(businessMinutesBetween(berlin, d('2026-12-05T00:00:00+01:00'), d('2026-12-06T23:59:00+01:00'))).toBe(0);
    expect(businessMinutesBetween(null, d('2026-12-05T00:00:00Z'), d('2026-12-05T01:00:00Z'))).toBe(60);
  });

  it('sees 23 h and 25 h days', () => {
    const allDay = everyDay([r('00:00', '24:00')], 'Europe/Berlin');
    expect(businessMinutesBetween(allDay, d('2026-03-29T00:00:00+01:00'), d('2026-03-30T00:00:00+02:00'))).toBe(23 * 60);
    expect(businessMinutesBetween(allDay, d('2026-10-25T00:00:00+02:00'), d('2026-10-26T00:00:00+01:00'))).toBe(25 * 60);
    const ny = everyDay([r('00:00', '24:00')], 'America/New_York');
    expect(businessMinutesBetween(ny, d('2026-03-08T00:00:00-05:00'), d('2026-03-09T00:00:00-04:00'))).toBe(23 * 60);
    expect(businessMinutesBetween(ny, d('2026-11-01T00:00:00-04:00'), d('2026-11-02T00:00:00-05:00'))).toBe(25 * 60);
  });

  it('a range containing the switch lasts what the wall clock shows', () => {
    const week = (from: string, to: string, cal: BusinessCalendar) => businessMinutesBetween(cal, d(from), d(to));
    expect(week('2026-03-23T00:00:00Z', '2026-03-31T00:00:00Z', onlySunday([r('01:00', '04:00')], 'Europe/Berlin'))).toBe(120);
    expect(week('2026-10-19T00:00:00Z', '2026-10-27T00:00:00Z', onlySunday([r('01:00', '04:00')], 'Europe/Berlin'))).toBe(240);
    expect(week('2026-03-02T00:00:00Z', '2026-03-10T00:00:00Z', onlySunday([r('01:00', '03:00')], 'America/New_York'))).toBe(60);
    expect(week('2026-10-26T00:00:00Z', '2026-11-03T00:00:00Z', onlySunday([r('01:00', '03:00')], 'America/New_York'))).toBe(180);
  });
});

describe('isWithinBusinessHours and nextOpening', () => {
  const lunch = weekdays([r('08:00', '12:00'), r('13:00', '17:00')], 'Europe/Berlin', ['2026-12-24']);
  it.each([
    ['2026-12-01T08:00:00+01:00', true],
    ['2026-12-01T11:59:00+01:00', true],
    ['2026-12-01T12:00:00+01:00', false],
    ['2026-12-01T12:30:00+01:00', false],
    ['2026-12-01T16:59:59+01:00', true],
    ['2026-12-01T17:00:00+01:00', false],
    ['2026-12-05T10:00:00+01:00', false],
    ['2026-12-24T10:00:00+01:00', false],
  ])('%s → %s', (t, open) => {
    expect(isWithinBusinessHours(lunch, d(t))).toBe(open);
  });
  it('24/7 is always open; nextOpening finds the next range', () => {
    expect(isWithinBusinessHours(null, d('2026-12-05T03:00:00Z'))).toBe(true);
    expect(nextOpening(lunch, d('2026-12-01T12:30:00+01:00'))!.toISOString()).toBe(d('2026-12-01T13:00:00+01:00').toISOString());
    expect(nextOpening(lunch, d('2026-12-23T18:00:00+01:00'))!.toISOString()).toBe(d('2026-12-25T08:00:00+01:00').toISOString());
    expect(nextOpening(lunch, d('2026-12-01T09:00:00+01:00'))!.toISOString()).toBe(d('2026-12-01T09:00:00+01:00').toISOString());
  });
});
