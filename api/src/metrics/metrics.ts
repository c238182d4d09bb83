// Prometheus metrics (issue 17): one registry per API instance, rendered at /metrics
// (http/metrics-route.ts). Platform code and modules register what they count through
// `services.metrics`:
//
//   const deliveries = services.metrics.counter('webhook_deliveries_total', 'Webhook deliveries by outcome.', ['outcome']);
//   deliveries.inc({ outcome: 'delivered' });
//
// `counter` / `gauge` / `histogram` return the already registered metric when called again with
// the same name (a module may ask in each call site), and refuse the same name with other labels.
// Label values must come from closed lists (an outcome, a caller kind, a topic): never an id,
// a tenant or free text — each distinct value is a time series kept forever.
// METRICS=off: every metric is a no-op and /metrics answers 404 (the bench compares both).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type LabelValues<L extends string> = Partial<Record<L, string | number>>;

/** What callers use of a counter (prom-client's Counter fits). */
export interface CounterLike<L extends string = string> {
  inc(labels?: LabelValues<L> | number, value?: number): void;
}
export interface GaugeLike<L extends string = string> {
  set(labels: LabelValues<L> | number, value?: number): void;
  inc(labels?: LabelValues<L> | number, value?: number): void;
  dec(labels?: LabelValues<L> | number, value?: number): void;
  reset(): void;
}
export interface HistogramLike<L extends string = string> {
  observe(labels: LabelValues<L> | number, value?: number): void;
}

const noop = { inc() {}, dec() {}, set() {}, reset() {}, observe() {} };

/** Seconds: GraphQL operations from sub-millisecond reads to slow model-backed mutations. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly samplers = new Set<() => Promise<void> | void>();

  constructor(readonly enabled: boolean, options: { defaultMetrics?: boolean } = {}) {
    if (enabled && options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'switchboard_' });
  }

  private existing(name: string, labelNames: readonly string[]): unknown {
    if (!NAME.test(name)) throw new Error(`metrics: invalid metric name ${name}`);
    const found = this.registry.getSingleMetric(name) as { labelNames?: string[] } | undefined;
    if (!found) return undefined;
    const had = [...(found.labelNames ?? [])].sort().join(',');
    if (had !== [...labelNames].sort().join(',')) throw new Error(`metrics: ${name} is already registered with labels [${had}]`);
    return found;
  }

  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): CounterLike<L> {
    if (!this.enabled) return noop;
    return (this.existing(name, labelNames) as Counter<L> | undefined) ?? new Counter<L>({ name, help, labelNames, registers: [this.registry] });
  }

  gauge<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): GaugeLike<L> {
    if (!this.enabled) return noop;
    return (this.existing(name, labelNames) as Gauge<L> | undefined) ?? new Gauge<L>({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string = never>(name: string, help: string, labelNames: readonly L[] = [], buckets: number[] = LATENCY_BUCKETS): HistogramLike<L> {
    if (!this.enabled) return noop;
    return (this.existing(name, labelNames) as Histogram<L> | undefined) ?? new Histogram<L>({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /**
   * Run `sample` on every scrape, before rendering (gauges read from their source: pool sizes,
   * queue depth). A failing sampler is skipped for that scrape. Returns the unregister function.
   */
  onScrape(sample: () => Promise<void> | void): () => void {
    this.samplers.add(sample);
    return () => this.samplers.delete(sample);
  }

  /** The exposition text (Prometheus text format 0.0.4). */
  async render(): Promise<string> {
    await Promise.all([...this.samplers].map(async (s) => {
      try {
        await s();
      } catch {
        /* a sampler whose source is down leaves its last values */
      }
    }));
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
