// The RRULE subset and its expansion (pure): local time kept across DST, BYDAY, INTERVAL, COUNT,
// UNTIL, exceptions, series end, and what is refused.
import { describe, expect, it } from 'vitest';
import { formatRule, occurrencesBetween, parseRule, seriesEnd } from '../../../api/src/modules/meetings/recurrence.js';
import { merge, subtract } from '../../../api/src/modules/meetings/free-slots.js';

const iso = (ms: number) => new Date(ms).toISOString();
const all = (s: Parameters<typeof occurrencesBetween>[0]) => occurrencesBetween(s, 0, Date.UTC(2100, 0, 1)).map((o) => iso(o.start));

describe('recurrence', () => {
  it('weekly 09:00 Europe/Berlin stays 09:00 local across both DST changes', () => {
    const s = { startsAt: new Date('2027-03-22T08:00:00Z'), endsAt: new Date('2027-03-22T09:00:00Z'), timezone: 'Europe/Berlin', recurrence: 'FREQ=WEEKLY;COUNT=2' };
    expect(all(s)).toEqual(['2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
    const autumn = { ...s, startsAt: new Date('2027-10-25T07:00:00Z'), endsAt: new Date('2027-10-25T08:00:00Z') };
    expect(all({ ...autumn, recurrence: 'FREQ=WEEKLY;COUNT=2' })).toEqual(['2027-10-25T07:00:00.000Z', '2027-11-01T08:00:00.000Z']);
  });

  it('America/New_York daily across the March change', () => {
    const s = { startsAt: new Date('2027-03-13T15:00:00Z'), endsAt: new Date('2027-03-13T15:30:00Z'), timezone: 'America/New_York', recurrence: 'FREQ=DAILY;COUNT=3' };
    expect(all(s)).toEqual(['2027-03-13T15:00:00.000Z', '2027-03-14T14:00:00.000Z', '2027-03-15T14:00:00.000Z']);
  });

  it('BYDAY, INTERVAL, UNTIL, exceptions and the series end', () => {
    const s = { startsAt: new Date('2027-01-04T10:00:00Z'), endsAt: new Date('2027-01-04T10:30:00Z'), timezone: 'UTC', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;UNTIL=20270201T000000Z' };
    expect(all(s)).toEqual(['2027-01-04T10:00:00.000Z', '2027-01-08T10:00:00.000Z', '2027-01-18T10:00:00.000Z', '2027-01-22T10:00:00.000Z']);
    expect(all({ ...s, exceptionDates: [new Date('2027-01-08T10:00:00Z')] })).toHaveLength(3);
    expect(seriesEnd(s)!.toISOString()).toBe('2027-01-22T10:30:00.000Z');
    expect(seriesEnd({ ...s, recurrence: 'FREQ=DAILY' })).toBeNull();
    // An endless series read far ahead starts near the window (no walk from the first start).
    const far = occurrencesBetween({ ...s, recurrence: 'FREQ=DAILY' }, Date.UTC(2090, 0, 1), Date.UTC(2090, 0, 3));
    expect(far.map((o) => iso(o.start))).toEqual(['2090-01-01T10:00:00.000Z', '2090-01-02T10:00:00.000Z']);
  });

  it('parses the subset canonically and refuses the rest', () => {
    expect(formatRule(parseRule('RRULE:freq=weekly;byday=FR,MO;count=3'))).toBe('FREQ=WEEKLY;BYDAY=MO,FR;COUNT=3');
    for (const bad of ['FREQ=MONTHLY', 'FREQ=DAILY;COUNT=0', 'FREQ=DAILY;COUNT=2;UNTIL=20270101', 'FREQ=DAILY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=DAILY;BYMONTH=1']) {
      expect(() => parseRule(bad), bad).toThrow();
    }
  });
});

describe('interval arithmetic of free slots', () => {
  it('merges busy intervals and subtracts them from open ranges (touching stays free)', () => {
    expect(merge([[5, 7], [1, 3], [2, 4], [7, 8]])).toEqual([[1, 4], [5, 8]]);
    expect(subtract([[0, 10], [20, 30]], [[2, 4], [4, 6], [9, 21], [25, 26]])).toEqual([[0, 2], [6, 9], [21, 25], [26, 30]]);
    expect(subtract([[0, 10]], [[10, 12]])).toEqual([[0, 10]]);
  });
});
