// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The calendar's time grid mounted: meetings sit at their wall-clock time in the viewer's zone on
// a DST day, cancelled ones are left out, and dropping a dragged meeting asks to move it to the
// snapped time under the pointer. The page: a move onto a busy time shows the clash and free
// times, and "Move anyway" sends allowConflicts.
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

describe('calendar page', () => {
  it('a drag onto a busy time shows the clash with free times; "Move anyway" sends allowConflicts', async () => {
    const { flushPromises } = await import('@vue/test-utils');
    const urql = (await import('@urql/vue')).default;
    const { computed, defineComponent, h } = await import('vue');
    const { createMemoryHistory, createRouter } = await import('vue-router');
    const { provideSession } = await import('../../web/src/session.js');
    const { scriptedClient } = await import('./helpers/scripted-client.js');
    const CalendarPage = (await import('../../web/src/calendar/CalendarPage.vue')).default;
    const m = {
      __typename: 'Meeting', id: 'm1', title: 'Demo for Acme', type: 'DEMO', status: 'SCHEDULED', startsAt: '2026-12-08T09:00:00Z', endsAt: '2026-12-08T10:00:00Z',
      timezone: 'UTC', occurrenceStart: null, location: null, meetingUrl: null, organizerId: 'me', organizerName: 'Ada', conversationId: null, ticketId: null, notes: '',
      summary: null, reminderMinutes: 15, recurrence: null, customerTimezone: null, version: 1,
      attendees: [{ __typename: 'MeetingAttendee', id: 'a1', userId: 'me', contactId: null, name: 'Ada', email: null, response: 'ACCEPTED' }],
    };
    const api = scriptedClient({
      CalendarMeetings: () => ({ meetings: [m] }),
      CalendarUsers: () => ({ users: { __typename: 'UserConnection', edges: [] } }),
      UpdateMeeting: (v) =>
        v.input.allowConflicts
          ? { updateMeeting: { __typename: 'MeetingPayload', meeting: { ...m, startsAt: v.input.startsAt, endsAt: v.input.endsAt, version: 2 } } }
          : { errors: [{ message: 'Ada is busy', extensions: { code: 'CONFLICT', conflicts: [{ meetingId: 'm2', meetingTitle: 'Weekly sync', attendeeName: 'Ada', startsAt: '2026-12-08T13:00:00Z', endsAt: '2026-12-08T14:00:00Z' }] } }] },
      FreeSlots: () => ({ freeSlots: [{ __typename: 'FreeSlot', startsAt: '2026-12-08T15:00:00Z', endsAt: '2026-12-08T16:00:00Z' }] }),
    });
    const stub = defineComponent({ render: () => null });
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/calendar', name: 'calendar', component: stub }, { path: '/console', name: 'console', component: stub }, { path: '/tickets/:id', name: 'ticket', component: stub }] });
    await router.push('/calendar?v=week&d=2026-12-08');
    await router.isReady();
    const permissions = ['meetings.view', 'meetings.manage'];
    const Host = defineComponent({
      setup() {
        provideSession({ viewer: computed(() => ({ kind: 'user', permissions, user: { id: 'me', displayName: 'Ada' } }) as never), can: (p) => permissions.includes(p), signOut: async () => undefined });
        return () => h(CalendarPage);
      },
    });
    const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
    await flushPromises();
    expect(api.ops.find((o) => o.name === 'CalendarMeetings')!.variables.attendeeIds).toEqual(['me']);
    const grid = w.findComponent(TimeGrid);
    grid.vm.$emit('move', m, new Date('2026-12-08T13:00:00Z'));
    await flushPromises();
    const conflict = document.querySelector('[data-testid="meeting-conflict"]')!;
    expect(conflict.textContent).toContain('Weekly sync (Ada)');
    expect(conflict.querySelectorAll('[data-testid="free-slot"]')).toHaveLength(1);
    (document.querySelector('[data-testid="conflict-anyway"]') as HTMLButtonElement).click();
    await flushPromises();
    const updates = api.ops.filter((o) => o.name === 'UpdateMeeting');
    expect(updates.map((u) => u.variables.input.allowConflicts)).toEqual([false, true]);
    expect(updates[1]!.variables.input).toMatchObject({ id: 'm1', startsAt: '2026-12-08T13:00:00.000Z', endsAt: '2026-12-08T14:00:00.000Z' });
    expect(document.querySelector('[data-testid="meeting-conflict"]')).toBeNull();
    w.unmount();
    document.body.innerHTML = '';
  });
});
