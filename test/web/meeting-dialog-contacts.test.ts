// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The meeting dialog's attendee search finds customers too (server-side `contacts`, shown as
// "(customer)" with their e-mail) and sends them as `attendeeContactIds`; without
// conversations.view it searches staff only and never asks for contacts.
import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import urql from '@urql/vue';
import { computed, defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { provideSession } from '../../web/src/session.js';
import { scriptedClient } from './helpers/scripted-client.js';
import MeetingDialog from '../../web/src/calendar/MeetingDialog.vue';

async function mountDialog(permissions: string[]) {
  const meeting = (input: Record<string, any>) => ({
    __typename: 'Meeting', id: 'm1', title: input.title, type: 'OTHER', status: 'SCHEDULED', startsAt: input.startsAt, endsAt: input.endsAt, timezone: 'UTC',
    occurrenceStart: null, location: null, meetingUrl: null, organizerId: 'me', organizerName: 'Ada', conversationId: null, ticketId: null, notes: '', summary: null,
    reminderMinutes: 15, recurrence: null, customerTimezone: null, version: 1, attendees: [],
  });
  const api = scriptedClient({
    CalendarUsers: () => ({ users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'me', displayName: 'Ada Agent', email: 'ada@northwind.demo', team: null } }, { __typename: 'UserEdge', node: { __typename: 'User', id: 'u2', displayName: 'Bob Staff', email: 'bob@northwind.demo', team: null } }] } }),
    CalendarContacts: (v) => ({
      contacts: {
        __typename: 'ContactConnection',
        edges: v.search === 'acme' ? [{ __typename: 'ContactEdge', node: { __typename: 'Contact', id: 'c1', name: 'Acme Buyer', email: 'buyer@acme.example' } }] : [],
      },
    }),
    ScheduleMeeting: (v) => ({ scheduleMeeting: { __typename: 'MeetingPayload', meeting: meeting(v.input) } }),
  });
  const stub = defineComponent({ render: () => null });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: stub }, { path: '/console', name: 'console', component: stub }, { path: '/tickets/:id', name: 'ticket', component: stub }] });
  await router.push('/');
  const Host = defineComponent({
    setup() {
      provideSession({ viewer: computed(() => ({ kind: 'user', permissions, user: { id: 'me', displayName: 'Ada Agent' } }) as never), can: (p) => permissions.includes(p), signOut: async () => undefined });
      return () => h(MeetingDialog, { open: true, meeting: null, startsAt: new Date('2026-12-08T09:00:00Z') });
    },
  });
  const w = mount(Host, { global: { plugins: [router, [urql, api.client]] }, attachTo: document.body });
  await flushPromises();
  return { w, api };
}

async function type(selector: string, value: string) {
  const input = document.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('meeting dialog attendees', () => {
  it('finds a customer by search and schedules with them as a contact attendee', async () => {
    const { w, api } = await mountDialog(['meetings.view', 'meetings.manage', 'conversations.view']);
    await type('#meeting-attendee-search', 'acme');
    await vi.waitFor(() => expect(document.querySelector('[data-testid="meeting-contact-match"]')).not.toBeNull(), { timeout: 2000 });
    const match = document.querySelector('[data-testid="meeting-contact-match"]') as HTMLButtonElement;
    expect(match.textContent).toContain('Acme Buyer');
    expect(match.textContent).toContain('(customer)');
    expect(match.textContent).toContain('buyer@acme.example');
    // One request for the settled text, not one per keystroke.
    expect(api.ops.filter((o) => o.name === 'CalendarContacts').map((o) => o.variables.search)).toEqual(['acme']);
    match.click();
    await flushPromises();
    const chip = document.querySelector('[data-testid="meeting-contact-attendee"]')!;
    expect(chip.textContent).toContain('Acme Buyer');
    expect(chip.textContent).toContain('(customer)');
    expect(document.querySelector('[data-testid="meeting-contact-match"]')).toBeNull();

    await type('#meeting-title', 'Demo for Acme');
    (document.querySelector('#meeting-form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    await flushPromises();
    const scheduled = api.ops.filter((o) => o.name === 'ScheduleMeeting');
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.variables.input).toMatchObject({ title: 'Demo for Acme', attendeeUserIds: ['me'], attendeeContactIds: ['c1'] });
    w.unmount();
    document.body.innerHTML = '';
  });

  it('without conversations.view searches staff only', async () => {
    const { w, api } = await mountDialog(['meetings.view', 'meetings.manage']);
    await type('#meeting-attendee-search', 'bob');
    await vi.waitFor(() => expect(document.body.textContent).toContain('bob@northwind.demo'));
    await new Promise((r) => setTimeout(r, 300)); // past the search debounce
    await flushPromises();
    expect(api.ops.some((o) => o.name === 'CalendarContacts')).toBe(false);
    expect(document.querySelector('[data-testid="meeting-contact-match"]')).toBeNull();
    w.unmount();
    document.body.innerHTML = '';
  });
});
