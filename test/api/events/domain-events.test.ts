// The domain-event bus: listeners of one event are independent of each other.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { Writable } from 'node:stream';
import { DomainEvents, domainEvent, listener } from '../../../api/src/events/domain-events.js';

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
