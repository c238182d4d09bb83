// Takes silent staff OFFLINE: every `intervalMs`, users whose last heartbeat is older than
// `silenceMs` and who are not OFFLINE become OFFLINE (remembering what they had chosen in
// `silenced_availability`), and a PRESENCE_CHANGED is published for each.
//
// Several API instances each run one. The statement locks the rows it takes with
// `for update skip locked` and re-checks `availability <> 'OFFLINE'` on the locked version, so a row
// is taken by exactly one instance (the others skip it while it is locked, and see it OFFLINE once
// committed): each change is published once. A heartbeat racing the sweep either commits first
// (the re-checked `last_seen_at` no longer qualifies) or waits for the sweep and then restores.
import type { AppServices } from '../../services.js';
import { Availability } from '../users/user.entity.js';
import { DEFAULT_SILENCE_MS, publishPresence, type PresenceChange } from './presence.service.js';

export interface PresenceSweeperOptions {
  /** How often to look for silent users (default 10 s). */
  intervalMs?: number;
  /** Silence after which a user goes OFFLINE (default 60 s). */
  silenceMs?: number;
  /** Users taken per statement; a sweep repeats until a statement takes fewer (default 500). */
  batchSize?: number;
}

const SWEEP = (batch: number) => `
  with stale as (
    select id from users
     where availability <> 'OFFLINE' and last_seen_at is not null
       and last_seen_at < now() - make_interval(secs => ?::float8)
     order by last_seen_at
     limit ${batch}
     for update skip locked
  )
  update users u
     set availability = 'OFFLINE', silenced_availability = u.availability
    from stale
   where u.id = stale.id and u.availability <> 'OFFLINE'
  returning u.id, u.tenant_id, u.silenced_availability as previous`;

export class PresenceSweeper {
  readonly intervalMs: number;
  readonly silenceMs: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(
    private readonly services: Pick<AppServices, 'orm' | 'events' | 'domainEvents' | 'log'>,
    options: PresenceSweeperOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 10_000;
    this.silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 500));
    if (!(this.intervalMs > 0) || !(this.silenceMs > 0)) throw new Error('PresenceSweeper: intervalMs and silenceMs must be positive');
  }

  /** Sweep every `intervalMs` until `stop()`. Runs never overlap; a failed sweep is logged and retried next tick. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  /** Stop the timer and wait for a sweep in progress (its changes are still published). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.sweepOnce()
        .catch((e) => this.services.log.warn({ err: e }, 'presence sweep failed'))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, this.intervalMs);
    this.timer.unref(); // never what keeps the process alive
  }

  /** One sweep: take every silent user OFFLINE, publish each change (after commit), return them. */
  async sweepOnce(): Promise<PresenceChange[]> {
    const changes: PresenceChange[] = [];
    const sql = SWEEP(this.batchSize);
    for (;;) {
      // Autocommit: each statement is its own transaction, committed when it returns.
      const rows = await this.services.orm.em.getConnection().execute<{ id: string; tenant_id: string | null; previous: string }[]>(sql, [this.silenceMs / 1000], 'all');
      for (const r of rows) {
        const change: PresenceChange = { tenantId: r.tenant_id, userId: r.id, availability: Availability.OFFLINE, previous: r.previous as Availability };
        publishPresence(this.services, change);
        changes.push(change);
      }
      if (rows.length < this.batchSize) break;
    }
    if (changes.length) this.services.log.debug({ count: changes.length }, 'presence: silent users marked OFFLINE');
    return changes;
  }
}
