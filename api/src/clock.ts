// What time it is, as a service: the SLA clock and anything that judges "now" read it from
// `services.clock`, so a test can move time for computations. Timers themselves fire on the
// database's clock (pg-boss compares `start_after` with PostgreSQL's now()), so they need real time.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock a test sets and moves by hand. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | number = Date.now()) {
    this.t = typeof start === 'number' ? start : start.getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(t: Date | number): void {
    this.t = typeof t === 'number' ? t : t.getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/**
 * Real time moved by a fixed offset: "now" is `offsetMs` later than the system clock while time
 * still runs. A ticket created now then looks `offsetMs` old to the SLA clock, so a test sees a
 * 60-minute target breach a few real seconds later (timers are scheduled at the real instant).
 */
export class OffsetClock implements Clock {
  constructor(public offsetMs: number) {}
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** The real instant at which the clock will show `at` (timers fire on real time). */
export function realInstant(clock: Clock, at: Date): Date {
  // Known offsets exactly: reading two clocks a tick apart could put a timer 1 ms early.
  if (clock === systemClock) return at;
  if (clock instanceof OffsetClock) return new Date(at.getTime() - clock.offsetMs);
  return new Date(at.getTime() - (clock.now().getTime() - Date.now()));
}
