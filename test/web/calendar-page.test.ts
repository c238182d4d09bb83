// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The calendar's time grid mounted: meetings sit at their wall-clock time in the viewer's zone on
// a DST day, cancelled ones are left out, and dropping a dragged meeting asks to move it to the
// snapped time under the pointer.
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import TimeGrid from '../../web/src/calendar/TimeGrid.vue';
import { weekOf } from '../../web/src/calendar/zoned.js';

const meeting = (id: string, startsAt: string, endsAt: string, status = 'SCHEDULED') => ({ id, title: `M ${id}`, type: 'OTHER', status, startsAt, endsAt });

describe('calendar time grid', () => {
  it('places meetings by local time on the 23-hour day; a drop moves to the snapped time', async () => {
    const w = mount(TimeGrid, {
      props: {
        days: weekOf('2026-03-29'),
        tz: 'Europe/Berlin',
        today: '2026-03-27',
        meetings: [
          meeting('a', '2026-03-29T08:00:00Z', '2026-03-29T09:00:00Z'), // 10:00–11:00 CEST
          meeting('b', '2026-03-28T09:00:00Z', '2026-03-28T09:30:00Z'), // 10:00–10:30 CET
          meeting('c', '2026-03-28T12:00:00Z', '2026-03-28T13:00:00Z', 'CANCELLED'),
        ],
      },
    });
    const a = w.get('[data-meeting-id="a"]');
    const b = w.get('[data-meeting-id="b"]');
    expect(w.find('[data-meeting-id="c"]').exists()).toBe(false);
    // 44 px an hour: both start at 10:00 local → 440 px from the top of their day.
    expect(a.attributes('style')).toContain('top: 440px');
    expect(b.attributes('style')).toContain('top: 440px');
    expect(a.element.closest('[data-day]')?.getAttribute('data-day')).toBe('2026-03-29');
    expect(b.element.closest('[data-day]')?.getAttribute('data-day')).toBe('2026-03-28');
    expect(a.text()).toContain('10:00');

    // Drag "a" by its top edge and drop it at 14:07 on Friday (before the change) → 14:00 CET = 13:00Z.
    const column = w.get('[data-testid="day-column"][data-day="2026-03-27"]');
    (column.element as HTMLElement).getBoundingClientRect = () => ({ top: 0, left: 0, right: 100, bottom: 1056, width: 100, height: 1056, x: 0, y: 0, toJSON: () => ({}) });
    (a.element as HTMLElement).getBoundingClientRect = () => ({ top: 440, left: 0, right: 100, bottom: 484, width: 100, height: 44, x: 0, y: 440, toJSON: () => ({}) });
    await a.trigger('dragstart', { clientY: 440 });
    await column.trigger('drop', { clientY: (14 * 60 + 7) * (44 / 60) });
    const moves = w.emitted('move') as [{ id: string }, Date][];
    expect(moves).toHaveLength(1);
    expect(moves[0]![0].id).toBe('a');
    expect(moves[0]![1].toISOString()).toBe('2026-03-27T13:00:00.000Z');
  });
});
