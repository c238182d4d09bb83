// The leaky bucket itself (memory store) and the actual cost of a result: the arithmetic the
// HTTP tests rely on, with the clock under the test's control.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSchema, parse } from 'graphql';
import { MemoryBudgetStore } from '../../../api/src/graphql/budget/memory-store.js';
import { createQueryLimits } from '../../../api/src/graphql/limits/index.js';

describe('memory bucket', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('takes while it holds the cost, refuses without taking, refills continuously at limit per hour, never above limit', async () => {
    const store = new MemoryBudgetStore();
    expect(store.take('k', 3600, 3000)).toMatchObject({ allowed: true, remaining: 600 });
    const refused = store.take('k', 3600, 1000);
    expect(refused).toMatchObject({ allowed: false, remaining: 600, retryAfterSeconds: 400 }); // 400 points at 1 a second
    vi.advanceTimersByTime(400_000);
    expect(store.take('k', 3600, 1000)).toMatchObject({ allowed: true, remaining: 0 });
    store.refund('k', 3600, 5000);
    expect(store.stateOf('k', 3600).remaining).toBe(3600);
    // Full again in (limit − remaining) / rate.
    expect(store.take('k', 3600, 60).resetAt).toBe(Date.now() + 60_000);
    await store.close();
  });

  it('forgets buckets that filled up again (anonymous IP addresses do not pile up)', async () => {
    const store = new MemoryBudgetStore(1000);
    store.take('ip:1', 3600, 10);
    store.take('ip:2', 3600, 3600);
    vi.advanceTimersByTime(11_000);
    expect((store as unknown as { buckets: Map<string, unknown> }).buckets.has('ip:1')).toBe(false);
    expect((store as unknown as { buckets: Map<string, unknown> }).buckets.has('ip:2')).toBe(true);
    await store.close();
  });
});

describe('actual cost', () => {
  const schema = buildSchema(`
    type Query { items(first: Int = 10): ItemConnection!  item: Item  tags: [Tag!]! }
    type ItemConnection { edges: [Edge!]!  totalCount: Int! }
    type Edge { node: Item! }
    type Item { id: ID!  parts(first: Int = 10): ItemConnection! }
    type Tag { name: String! }
  `);
  const limits = createQueryLimits(schema, 100);

  it('counts lists by the items returned along single objects, keeps nested lists at their requested size, never above the requested cost', () => {
    const doc = parse(`query($n: Int) { items(first: $n) { edges { node { id } } } item { id parts(first: 5) { edges { node { id } } } } tags { name } }`);
    const vars = { n: 50 };
    // items 1 + 50 × 3; item 1 + id 1 + parts (1 + 5 × 3); tags 1 + 10 × 1.
    expect(limits.operationCost(doc, vars)).toBe(151 + 18 + 11);
    const data = {
      items: { edges: [{ node: { id: '1' } }, { node: { id: '2' } }] },
      item: { id: '1', parts: { edges: [{ node: { id: 'p' } }] } },
      tags: [{ name: 'a' }],
    };
    expect(limits.actualCost(doc, vars, undefined, data)).toBe(1 + 2 * 3 + (2 + 1 + 1 * 3) + (1 + 1));
    // Nothing there (null, an error): the requested count stands.
    expect(limits.actualCost(doc, vars, undefined, { items: null, item: null, tags: null })).toBe(limits.operationCost(doc, vars));
  });
});
