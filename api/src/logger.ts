// One pino logger for the process; request-scoped children carry the request id.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'switchboard' },
    // Never let credentials reach the log, whatever a caller passes in.
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'accessToken', '*.accessToken', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization', 'secret', '*.secret'],
      censor: '[redacted]',
    },
  });
}
