// The domain-event bus: listeners of one event are independent of each other.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { Writable } from 'node:stream';
import { BACKGROUND_CONCURRENCY, DomainEvents, domainEvent, listener } from '../../../api/src/events/domain-events.js';

function bus() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { events: new DomainEvents(pino({ level: 'info' }, sink)), lines };
}

const rated = () => domainEvent('customer.rated', 't1', { conversationId: 'c1', contactId: 'k1', rating: 5 });

describe('DomainEvents', () => {
  it('runs every listener of an event; the first one throwing does not stop the second, and the failure is logged with the event id', async () => {
    const { events, lines } = bus();
    const seen: string[] = [];
    events.register(
      listener({ name: 'test.first', on: 'customer.rated', handle: () => { throw new Error('boom'); } }),
      listener({ name: 'test.second', on: 'customer.rated', handle: async (e) => void seen.push(e.id) }),
    );
    const event = rated();
    events.emit([event]);
    await events.settled();
    expect(seen).toEqual([event.id]);
    const failure = lines.find((l) => l.msg === 'domain event listener failed');
    expect(failure).toMatchObject({ eventId: event.id, event: 'customer.rated', listener: 'test.first' });
  });

  it('settled() waits for slow listeners and for what they emit in turn', async () => {
    const { events } = bus();
    const order: string[] = [];
    events.register(
      listener({ name: 'test.slow', on: 'customer.rated', handle: async () => {
        await new Promise((r) => setTimeout(r, 30));
        order.push('rated');
        events.emit([domainEvent('user.updated', 't1', { userId: 'u1' })]);
      } }),
      listener({ name: 'test.chained', on: 'user.updated', handle: async () => {
        await new Promise((r) => setTimeout(r, 30));
        order.push('updated');
      } }),
    );
    events.emit([rated()]);
    await events.settled();
    expect(order).toEqual(['rated', 'updated']);
  });

  it('background listeners run at most BACKGROUND_CONCURRENCY at a time, in emit order; the others start at once; settled() waits for all', async () => {
    const { events } = bus();
    let inFlight = 0;
    let most = 0;
    const order: number[] = [];
    const started: string[] = [];
    events.register(
      listener({ name: 'test.bookkeeping', on: 'customer.rated', lane: 'background', handle: async (e) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        order.push(e.payload.rating);
        inFlight--;
      } }),
      listener({ name: 'test.interactive', on: 'customer.rated', handle: (e) => void started.push(e.id) }),
    );
    const many = Array.from({ length: 12 }, (_, i) => domainEvent('customer.rated', 't1', { conversationId: 'c1', contactId: 'k1', rating: i }));
    events.emit(many);
    await Promise.resolve();
    expect(started).toHaveLength(12); // not behind the background lane
    expect(events.backgroundWaiting).toBe(12 - BACKGROUND_CONCURRENCY);
    await events.settled();
    expect(most).toBe(BACKGROUND_CONCURRENCY);
    expect(order).toEqual(many.map((_, i) => i));
    expect(events.backgroundWaiting).toBe(0);
  });

  it('a failing background listener frees its slot', async () => {
    const { events } = bus();
    let n = 0;
    events.register(listener({ name: 'test.failing', on: 'customer.rated', lane: 'background', handle: () => { n++; throw new Error('boom'); } }));
    events.emit(Array.from({ length: BACKGROUND_CONCURRENCY * 3 }, rated));
    await events.settled();
    expect(n).toBe(BACKGROUND_CONCURRENCY * 3);
    expect(events.backgroundWaiting).toBe(0);
  });

  it('after stop() takes no new events', async () => {
    const { events } = bus();
    let n = 0;
    events.register(listener({ name: 'test.count', on: 'customer.rated', handle: () => void n++ }));
    events.emit([rated()]);
    await events.stop();
    events.emit([rated()]);
    await events.settled();
    expect(n).toBe(1);
  });
});
