// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// Reconnect resume of the console's message subscription: the merge rules of
// message-list.ts, and ConversationPane itself against a fake urql client — history,
// live events, a socket reconnect (`socketReconnects`), then a replay that overlaps what
// is already shown. Every message must be shown exactly once, in seq order, and the
// subscription must be sent again with `afterSeq` = the last seq shown.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { shallowRef } from 'vue';
import { print, type DocumentNode } from 'graphql';
import ConversationPane from '../../web/src/console/ConversationPane.vue';
import { addMessages, emptyMessageList, lastSeq } from '../../web/src/console/message-list.js';
import { socketReconnects } from '../../web/src/urql.js';

interface Msg {
  id: string;
  seq: number;
  author: string;
  authorName: string | null;
  body: string;
  private: boolean;
  confidence: number | null;
  offline: boolean;
  createdAt: string;
  clientMessageId: string | null;
  citations: never[];
}

function msg(seq: number, body = `message ${seq}`): Msg {
  return {
    id: `m-${seq}`,
    seq,
    author: seq % 2 ? 'CUSTOMER' : 'AGENT',
    authorName: seq % 2 ? null : 'Ada Agent',
    body,
    private: false,
    confidence: null,
    offline: false,
    createdAt: new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString(),
    clientMessageId: null,
    citations: [],
  };
}

describe('message-list merge across a reconnect', () => {
  it('keeps each message once, in seq order, when a replay overlaps what is shown', () => {
    let state = emptyMessageList<Msg>();
    state = addMessages(state, [msg(1), msg(2), msg(3)]); // history
    state = addMessages(state, [msg(4)]); // live
    state = addMessages(state, [msg(5)]);
    expect(lastSeq(state)).toBe(5); // the resume point after the drop
    // The replay after the reconnect: overlapping seqs, out of order, one twice, plus new ones.
    for (const m of [msg(4), msg(6), msg(5), msg(7), msg(6)]) state = addMessages(state, [m]);
    expect(state.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(state.messages.map((m) => m.id)).size).toBe(7);
    expect(lastSeq(state)).toBe(7);
  });

  it('a replayed copy replaces the shown one rather than adding a second', () => {
    let state = addMessages(emptyMessageList<Msg>(), [msg(1), msg(2, 'old text')]);
    state = addMessages(state, [msg(2, 'stored text')]);
    expect(state.messages.map((m) => m.body)).toEqual(['message 1', 'stored text']);
  });
});

// ---- ConversationPane against a fake client --------------------------------------------

interface Sub {
  name: string;
  variables: Record<string, unknown>;
  push(data: unknown): void;
  closed: boolean;
}

function operationName(doc: DocumentNode): string {
  return /(?:query|subscription|mutation)\s+(\w+)/.exec(print(doc))?.[1] ?? '?';
}

function fakeClient(history: Msg[]) {
  const subs: Sub[] = [];
  const client = {
    query(doc: DocumentNode, variables: Record<string, unknown>) {
      const name = operationName(doc);
      return {
        toPromise: async () => {
          if (name === 'ConsoleMessages') {
            const after = variables.afterSeq as number;
            const messages = history.filter((m) => m.seq > after).slice(0, variables.first as number);
            return { data: { messages: { hasMore: false, messages } } };
          }
          return { data: undefined };
        },
      };
    },
    mutation() {
      return { toPromise: async () => ({ data: undefined }) };
    },
    subscription(doc: DocumentNode, variables: Record<string, unknown>) {
      return {
        subscribe(cb: (r: unknown) => void) {
          const sub: Sub = {
            name: operationName(doc),
            variables,
            closed: false,
            push: (data) => {
              if (!sub.closed) cb({ data, operation: {}, stale: false, hasNext: true });
            },
          };
          subs.push(sub);
          return { unsubscribe: () => (sub.closed = true) };
        },
      };
    },
  };
  return { client, subs };
}

const conversation = {
  id: 'c-1',
  subject: 'Order 1234',
  status: 'OPEN',
  handler: 'HUMAN',
  priority: 'NORMAL',
  channel: 'WIDGET',
  lastSeq: 3,
  updatedAt: '2026-01-01T12:00:00.000Z',
  waitingSince: null,
  lastMessageAt: null,
  assignee: { id: 'u-1', displayName: 'Ada Agent' },
  contact: { id: 'k-1', name: 'Carla', email: null, vip: false, identified: false },
};

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount();
});

function shownSeqs(w: VueWrapper): number[] {
  return w.findAll('[data-testid="message"]').map((el) => Number(el.attributes('data-seq')));
}

describe('ConversationPane resumes messageAdded after a reconnect', () => {
  it('re-subscribes from the last seq shown; overlap is shown once, in order', async () => {
    const { client, subs } = fakeClient([msg(1), msg(2), msg(3)]);
    const w = mount(ConversationPane, {
      props: { conversation, myUserId: 'u-1', busy: false },
      global: { provide: { $urql: shallowRef(client) } },
    });
    mounted.push(w);
    await flushPromises();

    const live = () => subs.filter((s) => s.name === 'ConsoleMessageAdded' && !s.closed);
    expect(shownSeqs(w)).toEqual([1, 2, 3]);
    expect(live()).toHaveLength(1);
    expect(live()[0]!.variables).toEqual({ conversationId: 'c-1', afterSeq: 3 });

    // Live events before the drop.
    live()[0]!.push({ messageAdded: msg(4) });
    live()[0]!.push({ messageAdded: msg(5) });
    await flushPromises();
    expect(shownSeqs(w)).toEqual([1, 2, 3, 4, 5]);

    // The socket drops and reconnects: the subscription is sent again from seq 5.
    const before = live()[0]!;
    socketReconnects.value++;
    await flushPromises();
    expect(before.closed).toBe(true);
    expect(live()).toHaveLength(1);
    expect(live()[0]!.variables).toEqual({ conversationId: 'c-1', afterSeq: 5 });

    // A replay that overlaps what is shown (4, 5) plus new ones (6, 7), out of order.
    for (const m of [msg(4), msg(5), msg(7), msg(6), msg(7)]) live()[0]!.push({ messageAdded: m });
    await flushPromises();
    expect(shownSeqs(w)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(w.findAll('[data-testid="message"] .body').map((b) => b.text())).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `message ${n}`));

    // A second reconnect resumes from the newest seq again; an event on the closed old
    // subscription is ignored.
    before.push({ messageAdded: msg(4, 'stale duplicate') });
    socketReconnects.value++;
    await flushPromises();
    expect(live()).toHaveLength(1);
    expect(live()[0]!.variables).toEqual({ conversationId: 'c-1', afterSeq: 7 });
    live()[0]!.push({ messageAdded: msg(8) });
    await flushPromises();
    expect(shownSeqs(w)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(w.text()).not.toContain('stale duplicate');
  });

  it('shows the customer typing, and clears it when their message arrives', async () => {
    const { client, subs } = fakeClient([msg(1)]);
    const w = mount(ConversationPane, {
      props: { conversation: { ...conversation, lastSeq: 1 }, myUserId: 'u-1', busy: false },
      global: { provide: { $urql: shallowRef(client) } },
    });
    mounted.push(w);
    await flushPromises();
    const typing = subs.find((s) => s.name === 'ConsoleTyping' && !s.closed)!;
    typing.push({ typing: { conversationId: 'c-1', who: 'CUSTOMER', name: null, typing: true } });
    await flushPromises();
    expect(w.get('.typing').text()).toBe('The customer is typing…');
    subs.find((s) => s.name === 'ConsoleMessageAdded' && !s.closed)!.push({ messageAdded: msg(3) });
    await flushPromises();
    expect(w.get('.typing').text()).toBe('');
  });
});
