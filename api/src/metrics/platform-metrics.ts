// The platform's own metrics (issue 17), registered once per instance. Modules register theirs
// through `services.metrics.counter(...)` (metrics.ts); these are the ones platform code counts.
import type { Metrics, CounterLike, GaugeLike, HistogramLike } from './metrics.js';

export interface PlatformMetrics {
  operations: CounterLike<'operation' | 'type' | 'caller' | 'outcome'>;
  duration: HistogramLike<'operation' | 'type' | 'caller'>;
  rateLimited: CounterLike<'caller'>;
  subscriptions: GaugeLike;
  sockets: GaugeLike;
  published: CounterLike<'topic'>;
  delivered: CounterLike<'subscription'>;
  domainEvents: CounterLike<'event'>;
  listenerFailures: CounterLike<'listener' | 'event'>;
  aiCalls: CounterLike<'purpose' | 'provider' | 'model' | 'outcome'>;
  aiTokens: CounterLike<'model' | 'direction'>;
  aiCost: CounterLike<'model'>;
}

const cache = new WeakMap<Metrics, PlatformMetrics>();

export function platformMetrics(m: Metrics): PlatformMetrics {
  let p = cache.get(m);
  if (p) return p;
  p = {
    operations: m.counter('graphql_operations_total', 'GraphQL operations by operation name (unnamed: anonymous; beyond the known and first distinct names: other), type, caller kind and outcome (ok or the first error code).', ['operation', 'type', 'caller', 'outcome']),
    duration: m.histogram('graphql_operation_duration_seconds', 'Time from receiving a GraphQL request to its answer (subscriptions: to the start of the stream).', ['operation', 'type', 'caller']),
    rateLimited: m.counter('graphql_rate_limited_total', 'Operations refused with RATE_LIMITED (budgets, widget session and message limits), by caller kind.', ['caller']),
    subscriptions: m.gauge('graphql_subscriptions_active', 'Open GraphQL subscriptions on this instance.'),
    sockets: m.gauge('graphql_websockets_open', 'Open graphql-ws WebSocket connections on this instance.'),
    published: m.counter('realtime_events_published_total', 'Realtime events published by this instance, by topic.', ['topic']),
    delivered: m.counter('realtime_events_delivered_total', 'Subscription results sent to subscribers by this instance, by root subscription field.', ['subscription']),
    domainEvents: m.counter('domain_events_emitted_total', 'Domain events handed to listeners on this instance, by event name.', ['event']),
    listenerFailures: m.counter('domain_event_listener_failures_total', 'Domain event listener runs that threw, by listener and event.', ['listener', 'event']),
    aiCalls: m.counter('ai_calls_total', 'Language-model calls by purpose, provider, model and outcome (as logged in the AI call log).', ['purpose', 'provider', 'model', 'outcome']),
    aiTokens: m.counter('ai_tokens_total', 'Language-model tokens by model and direction (input, output).', ['model', 'direction']),
    aiCost: m.counter('ai_cost_usd_total', 'Estimated cost of language-model calls in USD (list prices; unknown models count 0).', ['model']),
  };
  cache.set(m, p);
  return p;
}

/**
 * Operation names as label values, bounded: unnamed → `anonymous`; the names of the web app's and
 * widget's own operations always; the first `cap` other distinct names as they come; after that
 * `other` (partners may send any name — each distinct one would be a series kept forever).
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(
    private readonly known: ReadonlySet<string>,
    private readonly cap = 100,
  ) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (this.seen.size >= this.cap || name.length > 64) return 'other';
    this.seen.add(name);
    return name;
  }
}
