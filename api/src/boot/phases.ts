// Where start-up time goes: each boot step's wall time, logged once with "Switchboard is ready"
// (docs/performance.md, start-up). Steps that run side by side overlap, so they need not add up.

export class BootPhases {
  private readonly spans: Record<string, number> = {};

  /** Time `fn` under `name` (ms, wall clock). */
  async time<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.spans[name] = Math.round(performance.now() - t0);
    }
  }

  /** Record a step timed by the caller. */
  record(name: string, ms: number): void {
    this.spans[name] = Math.round(ms);
  }

  /** ms per step, in the order they finished. */
  toJSON(): Record<string, number> {
    return { ...this.spans };
  }
}
