// Timer tests that must show something did NOT happen (a stale, moved or cancelled timer) used to
// sleep past the instant it would have fired. Waiting until no TIMER job of those keys can still
// run (pg-boss: every job of them completed or cancelled) proves the same, as soon as it is true:
// a job that would wrongly fire runs first, and is then seen by the test's assertions.
import { sql } from './db.js';

/** TIMER jobs of these keys that could still run (waiting, retrying or running). */
export async function liveTimerJobs(db: string, keys: readonly string[]): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from pgboss.job where name = 'timer' and data->>'key' = any($1) and state in ('created', 'retry', 'active')`, [keys]);
  return n;
}

/** Resolves once no TIMER job of these keys can run any more; throws after `ms`. */
export async function timerJobsSettled(db: string, keys: readonly string[], ms: number): Promise<void> {
  const end = Date.now() + ms;
  while ((await liveTimerJobs(db, keys)) > 0) {
    if (Date.now() > end) throw new Error(`timer jobs of ${keys.join(', ')} still pending after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
