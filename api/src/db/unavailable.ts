// "The database is unreachable right now" — told apart from every other database error, so the
// client gets SERVICE_UNAVAILABLE (retry later, as docs/api.md promises for a dependency that is
// down) instead of INTERNAL, and the log gets one warning per outage instead of a stack per request.

/** Node socket errors met while connecting to or talking with PostgreSQL. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server that is going away or refusing sessions: class 08 (connection exception),
 * 57P01–57P03 (admin/crash shutdown, cannot connect now), 53300 (too many connections).
 */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** What node-postgres and MikroORM say when the socket died or never opened. */
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|is not queryable|not currently accepting connections|the database system is (starting up|shutting down|in recovery)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const x = e as { code?: unknown; sqlState?: unknown; message?: unknown; name?: unknown; cause?: unknown; previous?: unknown; originalError?: unknown };
    const code = typeof x.code === 'string' ? x.code : typeof x.sqlState === 'string' ? x.sqlState : '';
    if (SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
    // ALLOW_CONNECTIONS false answers 55000, a code with other meanings too: go by the message.
    if (typeof x.message === 'string' && MESSAGES.test(x.message)) return true;
    if (x.name === 'ConnectionException') return true;
    e = x.previous ?? x.cause ?? x.originalError;
  }
  return false;
}

/**
 * One warning when an outage begins: the first unavailable error after `quietMs` without one.
 * Returns true when the caller should log.
 */
export class OutageNotice {
  private last = 0;
  constructor(private readonly quietMs = 10_000) {}
  shouldLog(now = Date.now()): boolean {
    const log = now - this.last > this.quietMs;
    this.last = now;
    return log;
  }
}
