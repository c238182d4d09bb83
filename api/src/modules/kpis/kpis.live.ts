// The live KPI push (kpisUpdated). Listeners mark a tenant dirty; the throttle publishes
// KPIS_UPDATED for it at most once per second: the first change after a quiet second is published
// COALESCE_MS later (changes that follow in that time ride along), a change within a second of the
// last push waits for the second to end; changes while a push is pending add nothing. Subscribers
// of one tenant are grouped by permission set (graphql/fanout.ts) and every group reads the same
// snapshot: `liveSnapshot` computes the figures once per (tenant, push) on this instance.
import type { AppServices } from '../../services.js';
import { Topic } from '../../events/topics.js';
import { liveKpis } from './kpis.reads.js';
import type { LiveKpisType } from './kpis.type.js';

export const PUSH_INTERVAL_MS = 1000;
/** Let the writes of one change (and the reporting listeners' rollups) land before reading. */
export const COALESCE_MS = 150;

interface TenantState {
  timer: NodeJS.Timeout | null;
  lastPush: number;
}

export class KpiThrottle {
  private readonly tenants = new Map<string, TenantState>();
  /** Pushes published by this instance (tests, diagnostics). */
  pushes = 0;

  constructor(private readonly publish: (tenantId: string, at: string) => void) {}

  markDirty(tenantId: string): void {
    let st = this.tenants.get(tenantId);
    if (!st) this.tenants.set(tenantId, (st = { timer: null, lastPush: 0 }));
    if (st.timer) return;
    const now = Date.now();
    const delay = Math.max(COALESCE_MS, st.lastPush + PUSH_INTERVAL_MS - now);
    const state = st;
    const fire = () => {
      // Timers run on the monotonic clock and may fire a millisecond early by Date.now(): never
      // push sooner than PUSH_INTERVAL_MS after the last push by the clock the pushes carry.
      const early = state.lastPush + PUSH_INTERVAL_MS - Date.now();
      if (early > 0) {
        state.timer = setTimeout(fire, early);
        state.timer.unref?.();
        return;
      }
      state.timer = null;
      state.lastPush = Date.now();
      this.pushes++;
      this.publish(tenantId, new Date(state.lastPush).toISOString());
    };
    state.timer = setTimeout(fire, delay);
    state.timer.unref?.();
  }

  /** A push is scheduled for the tenant (tests wait for quiet before measuring). */
  pending(tenantId: string): boolean {
    return !!this.tenants.get(tenantId)?.timer;
  }

  stop(): void {
    for (const st of this.tenants.values()) if (st.timer) clearTimeout(st.timer);
    this.tenants.clear();
  }
}

const throttles = new WeakMap<AppServices, KpiThrottle>();

export function kpiThrottleOf(services: AppServices): KpiThrottle {
  let t = throttles.get(services);
  if (!t) {
    t = new KpiThrottle((tenantId, at) => services.events.publish(Topic.KPIS_UPDATED, { tenantId, at }));
    throttles.set(services, t);
  }
  return t;
}

/**
 * For writers whose change reaches the live figures after their own commit (e.g. the reporting
 * listeners folding rollups): mark the tenant dirty once more, the throttle coalesces it.
 */
export const markKpisDirty = (services: AppServices, tenantId: string) => kpiThrottleOf(services).markDirty(tenantId);

/** Computations of the live set per services object (tests: one per push, whatever the subscribers). */
export const liveComputations = new WeakMap<AppServices, number>();
const snapshots = new WeakMap<AppServices, Map<string, Promise<LiveKpisType>>>();

/** The live figures for one push of one tenant, computed once and shared by every subscriber group. */
export function liveSnapshot(services: AppServices, tenantId: string, at: string): Promise<LiveKpisType> {
  let cache = snapshots.get(services);
  if (!cache) snapshots.set(services, (cache = new Map()));
  const key = `${tenantId}|${at}`;
  let p = cache.get(key);
  if (!p) {
    liveComputations.set(services, (liveComputations.get(services) ?? 0) + 1);
    p = liveKpis(services.readPool, { kind: 'tenant', tenantId }, services.clock.now());
    cache.set(key, p);
    const c = cache;
    // Groups read it within the same tick of the event; keep it a little for slow members.
    setTimeout(() => c.delete(key), 5000).unref?.();
    p.catch(() => c.delete(key));
  }
  return p;
}
