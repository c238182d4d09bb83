// InvalidatedCache: entries are used only once the invalidation topic is heard and while the bus
// is healthy; a drop (from this or any instance) or the end of an outage forgets them; a value
// loaded while its key was dropped is not kept.
import { describe, expect, it } from 'vitest';
import { createEvents, type Events } from '../../../api/src/events/pubsub.js';
import { Topic } from '../../../api/src/events/topics.js';
import { InvalidatedCache } from '../../../api/src/events/invalidated-cache.js';

/** The in-memory bus with a health switch and a way to announce the end of an outage. */
async function bus() {
  const inner = await createEvents(undefined, 'test:', { warn: () => undefined, info: () => undefined });
  const state = { ok: true, recovery: new Set<(since: Date) => void>() };
  const events: Events = {
    ...inner,
    health: () => ({ ok: state.ok, detail: state.ok ? 'memory' : 'down' }),
    onRecovery: (l) => {
      state.recovery.add(l);
      return () => state.recovery.delete(l);
    },
  };
  return { events, state, recover: () => state.recovery.forEach((l) => l(new Date())) };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('InvalidatedCache', () => {
  it('reads through until attached; then one load per key until a drop arrives on the topic', async () => {
    const { events } = await bus();
    const cache = new InvalidatedCache<number>({ ttlMs: 60_000, max: 10 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('t1', load)).toBe(1);
    expect(await cache.get('t1', load)).toBe(2); // not attached: nothing kept
    const stop = cache.attach(events, Topic.AUTOMATION_RULES_CHANGED, (p) => p.tenantId, (e) => { throw e; });
    expect(await cache.get('t1', load)).toBe(3);
    expect(await cache.get('t1', load)).toBe(3);
    expect(await cache.get('t2', load)).toBe(4);
    events.publish(Topic.AUTOMATION_RULES_CHANGED, { tenantId: 't1' });
    await tick();
    expect(await cache.get('t1', load)).toBe(5);
    expect(await cache.get('t2', load)).toBe(4); // another key is untouched
    await stop();
    expect(await cache.get('t2', load)).toBe(6); // detached: not trusted any more
  });

  it('while the bus is down every read loads; when an outage ends, everything is forgotten', async () => {
    const { events, state, recover } = await bus();
    const cache = new InvalidatedCache<number>({ ttlMs: 60_000, max: 10 });
    cache.attach(events, Topic.AUTOMATION_RULES_CHANGED, (p) => p.tenantId, () => undefined);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('t', load)).toBe(1);
    state.ok = false;
    expect(await cache.get('t', load)).toBe(2);
    expect(await cache.get('t', load)).toBe(3);
    state.ok = true;
    expect(await cache.get('t', load)).toBe(1); // what was kept before the outage…
    recover();
    expect(await cache.get('t', load)).toBe(4); // …is forgotten once it ends
  });

  it('a value loaded while its key was dropped is not kept; `keep` chooses what is; entries expire', async () => {
    const { events } = await bus();
    const cache = new InvalidatedCache<string[]>({ ttlMs: 50, max: 10 });
    cache.attach(events, Topic.CONVERSATION_TICKET_OPEN, (p) => `${p.tenantId}:${p.conversationId}`, () => undefined);
    let release!: () => void;
    const slow = () => new Promise<string[]>((r) => (release = () => r([])));
    const pending = cache.get('t:c', slow);
    cache.drop('t:c'); // a ticket opened while the read ran
    release();
    expect(await pending).toEqual([]);
    let loads = 0;
    const none = async () => (loads++, [] as string[]);
    const some = async () => (loads++, ['ticket']);
    const emptyOnly = (ids: string[]) => ids.length === 0;
    await cache.get('t:c', none, emptyOnly);
    expect(loads).toBe(1); // the dropped load was not kept: this one read again
    await cache.get('t:c', none, emptyOnly);
    expect(loads).toBe(1);
    await cache.get('t:d', some, emptyOnly);
    await cache.get('t:d', some, emptyOnly);
    expect(loads).toBe(3); // answers with tickets are never kept
    await new Promise((r) => setTimeout(r, 60));
    await cache.get('t:c', none, emptyOnly);
    expect(loads).toBe(4); // expired
  });

  it('keeps at most `max` entries, forgetting the oldest', async () => {
    const { events } = await bus();
    const cache = new InvalidatedCache<number>({ ttlMs: 60_000, max: 2 });
    cache.attach(events, Topic.AUTOMATION_RULES_CHANGED, (p) => p.tenantId, () => undefined);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    expect(cache.size).toBe(2);
    await cache.get('a', load);
    expect(loads).toBe(4);
  });
});
