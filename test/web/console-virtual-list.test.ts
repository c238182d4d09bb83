// @vitest-environment happy-dom
/// <reference path="../../web/src/env.d.ts" />
// The console's virtualised message list: the window arithmetic, and ConversationPane with
// 5,000 messages keeping only a bounded number of rows in the DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import urql from '@urql/vue';
import { Client, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, fromValue, mergeMap, never, pipe } from 'wonka';
import { getOperationName } from '@urql/core';
import ConversationPane from '../../web/src/console/ConversationPane.vue';
import { computeWindow, isAtBottom } from '../../web/src/console/virtual-window.js';

describe('computeWindow', () => {
  const opts = { overscan: 100, maxRows: 50 };
  const heights = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 200 : 50));

  it('renders only the rows around the viewport, with spacers for the rest', () => {
    const total = heights.reduce((a, b) => a + b, 0);
    for (const scrollTop of [0, 1234, 50_000, total - 800]) {
      const w = computeWindow(heights, scrollTop, 800, opts);
      expect(w.total).toBe(total);
      expect(w.end - w.start).toBeGreaterThan(0);
      expect(w.end - w.start).toBeLessThanOrEqual(50);
      let rendered = 0;
      for (let i = w.start; i < w.end; i++) rendered += heights[i]!;
      expect(w.padTop + rendered + w.padBottom).toBe(total);
      // The viewport is covered.
      expect(w.padTop).toBeLessThanOrEqual(scrollTop);
      expect(w.padTop + rendered).toBeGreaterThanOrEqual(Math.min(total, scrollTop + 800));
    }
    expect(computeWindow(heights, 0, 800, opts).start).toBe(0);
    expect(computeWindow(heights, total - 800, 800, opts).end).toBe(5000);
  });

  it('handles empty and tiny lists and a scroll position past the end', () => {
    expect(computeWindow([], 0, 800, opts)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0, total: 0 });
    expect(computeWindow([30, 40], 0, 800, opts)).toMatchObject({ start: 0, end: 2, padTop: 0, padBottom: 0 });
    const w = computeWindow(heights, 10_000_000, 800, opts);
    expect(w.end).toBe(5000);
  });

  it('isAtBottom allows a little slack', () => {
    expect(isAtBottom(1000, 1800, 800)).toBe(true);
    expect(isAtBottom(960, 1800, 800)).toBe(true);
    expect(isAtBottom(900, 1800, 800)).toBe(false);
  });
});

const TOTAL = 5000;
function message(seq: number) {
  return {
    id: `m-${seq}`,
    seq,
    author: seq % 2 ? 'CUSTOMER' : 'AGENT',
    authorName: seq % 2 ? 'Tom Baker' : 'Ada Agent',
    body: `Message #${seq}`,
    private: false,
    confidence: null,
    offline: false,
    createdAt: new Date(1_700_000_000_000 + seq * 1000).toISOString(),
    clientMessageId: null,
    citations: [],
  };
}

/** A client whose `messages` query pages through 5,000 messages; subscriptions stay silent. */
function fakeClient(requests: { afterSeq: number; first: number }[]): Client {
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind !== 'teardown'),
      mergeMap((op: Operation) => {
        if (op.kind === 'subscription') return never;
        if (getOperationName(op.query) === 'ConsoleMessages') {
          const { afterSeq, first } = op.variables as { afterSeq: number; first: number };
          requests.push({ afterSeq, first });
          const messages = [];
          for (let s = afterSeq + 1; s <= Math.min(TOTAL, afterSeq + first); s++) messages.push(message(s));
          return fromValue(makeResult(op, { data: { messages: { hasMore: afterSeq + first < TOTAL, messages } } }));
        }
        return fromValue(makeResult(op, { data: null }));
      }),
    );
  return new Client({ url: 'http://test.invalid/graphql', exchanges: [exchange] });
}

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount();
});

describe('ConversationPane with 5,000 messages', () => {
  it('keeps a bounded number of message rows in the DOM, loading the newest page first and older ones on scroll', async () => {
    const requests: { afterSeq: number; first: number }[] = [];
    const conversation = {
      id: 'c-1',
      subject: 'A very long conversation',
      status: 'OPEN',
      handler: 'HUMAN',
      priority: 'MEDIUM',
      channel: 'WIDGET',
      lastSeq: TOTAL,
      updatedAt: new Date().toISOString(),
      waitingSince: null,
      lastMessageAt: new Date().toISOString(),
      assignee: { id: 'u-1', displayName: 'Ada Agent' },
      contact: { id: 'k-1', name: 'Tom Baker', email: 'tom@example.com', vip: false, identified: false },
    };
    const w = mount(ConversationPane, {
      props: { conversation, myUserId: 'u-1', busy: false },
      global: { plugins: [[urql, fakeClient(requests)]] },
      attachTo: document.body,
    });
    mounted.push(w);
    for (let i = 0; i < 10; i++) await flushPromises();

    // The newest page first, not the whole history.
    expect(requests[0]).toEqual({ afterSeq: TOTAL - 500, first: 500 });
    const rows = () => w.findAll('[data-testid="message"]');
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(200);

    // Scrolling up loads the older pages, one at a time, until the first message.
    const scroller = w.get('.messages').element as HTMLElement;
    for (let i = 0; i < 20 && requests.at(-1)!.afterSeq > 0; i++) {
      scroller.scrollTop = 0;
      scroller.dispatchEvent(new Event('scroll'));
      for (let j = 0; j < 5; j++) await flushPromises();
    }
    expect(requests.at(-1)).toEqual({ afterSeq: 0, first: 500 });
    expect(requests).toHaveLength(10);
    scroller.scrollTop = 0;
    scroller.dispatchEvent(new Event('scroll'));
    await flushPromises();

    // All 5,000 are held, yet only a window of rows is rendered; the top one is message #1.
    const spacers = w.findAll('.spacer').map((s) => parseFloat((s.element as HTMLElement).style.height));
    expect(spacers[0]).toBe(0);
    expect(spacers[1]).toBeGreaterThan(100_000);
    expect(rows().length).toBeLessThan(200);
    expect(rows()[0]!.attributes('data-seq')).toBe('1');
    expect(rows()[0]!.text()).toContain('Message #1');
  });
});
