// Rate limits shared by every API instance through PostgreSQL (table rate_limit_hits): one
// statement per limited action counts the hit and answers whether it is over. Sliding-window
// approximation: the previous window's hits count in proportion to how much of it still lies
// within the last `windowSeconds`, so a burst across a window boundary gets no double budget.
// A refused hit still counts, so hammering does not open the window early.
import { DomainError, ErrorCode } from '../errors.js';
import type { ReadPool } from './read-pool.js';

export interface RateLimit {
  /** Hits allowed per window; 0 means no limit. */
  limit: number;
  windowSeconds: number;
  /** What the customer is told, e.g. "Too many messages". */
  message: string;
}

/** How often a hit also deletes windows older than a day (cheap; keeps the table small). */
const PRUNE_PROBABILITY = 0.01;

const HIT_SQL = `
with hit as (
  insert into rate_limit_hits (key, window_start)
  values ($1, to_timestamp(floor(extract(epoch from now()) / $2::int) * $2::int))
  on conflict (key, window_start) do update set hits = rate_limit_hits.hits + 1
  returning hits, window_start
)
select hit.hits, coalesce(p.hits, 0) as previous,
  (extract(epoch from now()) - extract(epoch from hit.window_start))::float8 / $2::int as elapsed
from hit
left join rate_limit_hits p on p.key = $1 and p.window_start = hit.window_start - make_interval(secs => $2::int)`;

/** Count one hit on `key`; RATE_LIMITED (with `retryAfterSeconds`) when the window is full. */
export async function consumeRateLimit(pool: Pick<ReadPool, 'query'>, key: string, rule: RateLimit): Promise<void> {
  if (rule.limit <= 0) return;
  const [row] = await pool.query<{ hits: number; previous: number; elapsed: number }>(HIT_SQL, [key, rule.windowSeconds]);
  if (Math.random() < PRUNE_PROBABILITY) void pool.query(`delete from rate_limit_hits where window_start < now() - interval '1 day'`, []).catch(() => undefined);
  const weighted = row.hits + row.previous * (1 - row.elapsed);
  if (weighted > rule.limit) {
    // Until this window ends when it alone is over; else until enough of the previous one has slid out.
    const waitFraction = row.hits > rule.limit ? 1 - row.elapsed : 1 - (rule.limit - row.hits) / row.previous - row.elapsed;
    const retryAfterSeconds = Math.max(1, Math.ceil(waitFraction * rule.windowSeconds));
    throw new DomainError(ErrorCode.RATE_LIMITED, `${rule.message}: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
