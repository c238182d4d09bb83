// The calendar grid's wall-clock placement: meetings sit at their local time on both sides of a
// DST change (23- and 25-hour days), skipped local times move forward, month and week grids.
import { describe, expect, it } from 'vitest';
import { addDays, dayRange, formatWhen, fromLocalInput, monthGridOf, placeOnDay, snapMinutes, weekOf, zonedInstant } from '../../web/src/calendar/zoned.js';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);

describe('calendar grid in a timezone', () => {
  it('a DST day is 23 or 25 hours long, midnight to midnight', () => {
    expect(dayRange('2026-03-29', BERLIN)).toEqual({ from: at('2026-03-28T23:00:00Z'), to: at('2026-03-29T22:00:00Z') });
    expect(dayRange('2026-10-25', BERLIN)).toEqual({ from: at('2026-10-24T22:00:00Z'), to: at('2026-10-25T23:00:00Z') });
    expect(dayRange('2026-03-08', NY)).toEqual({ from: at('2026-03-08T05:00:00Z'), to: at('2026-03-09T04:00:00Z') });
  });

  it.each([
    ['before the spring change', '2026-03-28T09:00:00Z', '2026-03-28T10:00:00Z', '2026-03-28', BERLIN, { top: 600, bottom: 660 }],
    ['after the spring change', '2026-03-30T08:00:00Z', '2026-03-30T09:00:00Z', '2026-03-30', BERLIN, { top: 600, bottom: 660 }],
    ['across the skipped hour (01:30–03:30 is one real hour)', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', '2026-03-29', BERLIN, { top: 90, bottom: 210 }],
    ['late on the 25-hour day', '2026-10-25T21:00:00Z', '2026-10-25T22:00:00Z', '2026-10-25', BERLIN, { top: 1320, bottom: 1380 }],
    ['New York after its change', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', '2026-03-09', NY, { top: 600, bottom: 660 }],
    ['across midnight: the first day to its end', '2026-07-01T21:00:00Z', '2026-07-01T23:00:00Z', '2026-07-01', BERLIN, { top: 1380, bottom: 1440 }],
    ['across midnight: the next day from its start', '2026-07-01T21:00:00Z', '2026-07-01T23:00:00Z', '2026-07-02', BERLIN, { top: 0, bottom: 60 }],
  ])('%s', (_name, start, end, day, tz, expected) => {
    expect(placeOnDay(at(start), at(end), day, tz)).toEqual(expected);
  });

  it('a meeting on another day is not placed; touching midnight is not the next day', () => {
    expect(placeOnDay(at('2026-07-01T08:00:00Z'), at('2026-07-01T09:00:00Z'), '2026-07-02', BERLIN)).toBeNull();
    expect(placeOnDay(at('2026-07-01T21:00:00Z'), at('2026-07-01T22:00:00Z'), '2026-07-02', BERLIN)).toBeNull();
  });

  it('wall-clock times to instants: skipped times move forward, repeated ones take the first', () => {
    expect(zonedInstant('2026-03-29', 150, BERLIN)).toEqual(at('2026-03-29T01:30:00Z'));
    expect(zonedInstant('2026-10-25', 150, BERLIN)).toEqual(at('2026-10-25T00:30:00Z'));
    expect(fromLocalInput('2026-12-08T15:00', NY)).toEqual(at('2026-12-08T20:00:00Z'));
    expect(formatWhen(at('2026-12-08T20:00:00Z'), NY)).toBe('Tue 8 Dec, 15:00');
  });

  it('week and month grids are Monday first; drops snap to 15 minutes', () => {
    expect(weekOf('2026-12-09')).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    const month = monthGridOf('2026-12-20');
    expect(month).toHaveLength(42);
    expect(month[0]).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(snapMinutes(607)).toBe(600);
    expect(snapMinutes(1439)).toBe(1425);
  });
});

describe('recurrence form ⇄ RRULE', () => {
  it('daily / weekly with a count or an until, and back', async () => {
    const { toRrule, fromRrule, describeRrule } = await import('../../web/src/calendar/meetings.js');
    expect(toRrule({ frequency: '', ends: 'COUNT', count: '3', until: '' })).toBeNull();
    expect(toRrule({ frequency: 'WEEKLY', ends: 'COUNT', count: '5', until: '' })).toBe('FREQ=WEEKLY;COUNT=5');
    expect(toRrule({ frequency: 'DAILY', ends: 'UNTIL', count: '', until: '2026-12-31' })).toBe('FREQ=DAILY;UNTIL=20261231T235959Z');
    expect(fromRrule('FREQ=DAILY;UNTIL=20261231T235959Z')).toMatchObject({ frequency: 'DAILY', ends: 'UNTIL', until: '2026-12-31' });
    expect(describeRrule('FREQ=WEEKLY;COUNT=5')).toBe('Repeats weekly, 5 times');
  });
});

describe('the widget’s callback line', () => {
  it('in the customer’s timezone; nothing once it is not scheduled', async () => {
    const { callbackText } = await import('../../web/widget/callback.js');
    expect(callbackText({ startsAt: '2026-12-08T20:00:00Z', status: 'SCHEDULED' }, 'America/New_York')).toBe("We'll call you on Tue 8 Dec, 15:00 (your time)");
    expect(callbackText({ startsAt: '2026-12-08T20:00:00Z', status: 'SCHEDULED' }, 'Europe/Berlin')).toBe("We'll call you on Tue 8 Dec, 21:00 (your time)");
    expect(callbackText({ startsAt: '2026-12-08T20:00:00Z', status: 'CANCELLED' }, 'Europe/Berlin')).toBeNull();
    expect(callbackText(null)).toBeNull();
  });
});
