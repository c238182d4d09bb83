// Sign-in throttling, shared by all instances through PostgreSQL: at most 10 failures per
// account and 100 per IP address in 15 minutes; the next attempt is RATE_LIMITED.
import { DomainError, ErrorCode } from '../../errors.js';
import type { ReadPool } from '../../db/read-pool.js';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 100;

export const accountKey = (email: string, tenantSlug: string | null | undefined) => `${(tenantSlug ?? '').trim().toLowerCase()}|${email.trim().toLowerCase()}`;

export async function assertNotThrottled(pool: ReadPool, account: string, ip: string): Promise<void> {
  const [row] = await pool.query<{ account: number; ip: number }>(
    `select count(*) filter (where account_key = $1) as account, count(*) filter (where ip = $2) as ip
       from login_failures where at > now() - interval '${WINDOW_MINUTES} minutes' and (account_key = $1 or ip = $2)`,
    [account, ip],
  );
  if (row.account >= MAX_FAILURES_PER_ACCOUNT || row.ip >= MAX_FAILURES_PER_IP) {
    throw new DomainError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins: try again in ${WINDOW_MINUTES} minutes`, { retryAfterSeconds: WINDOW_MINUTES * 60 });
  }
}

export async function recordFailure(pool: ReadPool, account: string, ip: string): Promise<void> {
  await pool.query('insert into login_failures (account_key, ip) values ($1, $2)', [account, ip]);
}

export async function clearFailures(pool: ReadPool, account: string): Promise<void> {
  await pool.query('delete from login_failures where account_key = $1', [account]);
}
