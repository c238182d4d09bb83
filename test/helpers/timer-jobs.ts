// Timer tests that must show something did NOT happen (a stale, moved or cancelled timer) used to
// sleep past the instant it would have fired. Waiting until no TIMER job of those keys can still
// run (pg-boss: every job of them completed or cancelled) proves the same, as soon as it is true:
// a job that would wrongly fire runs first, and is then seen by the test's assertions.
import { sql } from './db.js';

export interface TimerJobFilter {
  /** `keys` are key prefixes (e.g. `<ticketId>:` for all SLA timers of a ticket). */
  prefix?: boolean;
  /** Only jobs that are no longer their timer's current version (replaced, cancelled, fired). */
  staleOnly?: boolean;
}

/** TIMER jobs of these keys that could still run (waiting, retrying or running). */
export async function liveTimerJobs(db: string, keys: readonly string[], f: TimerJobFilter = {}): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(
    db,
    `select count(*)::int as n from pgboss.job j
      where j.name = 'timer' and j.state in ('created', 'retry', 'active')
        and ${f.prefix ? `j.data->>'key' like any(select k || '%' from unnest($1::text[]) k)` : `j.data->>'key' = any($1)`}
        ${f.staleOnly ? `and not exists (select 1 from timers t where t.tenant_id::text = j.data->>'tenantId' and t.kind = j.data->>'kind' and t.key = j.data->>'key' and t.version = j.data->>'version')` : ''}`,
    [keys],
  );
  return n;
}

/** Resolves once no TIMER job of these keys (with `f`) can run any more; throws after `ms`. */
export async function timerJobsSettled(db: string, keys: readonly string[], ms: number, f: TimerJobFilter = {}): Promise<void> {
  const end = Date.now() + ms;
  while ((await liveTimerJobs(db, keys, f)) > 0) {
    if (Date.now() > end) throw new Error(`timer jobs of ${keys.join(', ')} still pending after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
