// POST/GET /graphql straight from node:http into Apollo's executeHTTPGraphQLRequest, without
// express routing or body-parser: on a small query they cost more than the query itself
// (DESIGN.md §8; measured by `npm run bench -- profile`). Everything else stays on express.
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { AppServices } from '../services.js';
import { createContext, type Context } from '../context.js';
import { authenticate } from '../auth/authenticate.js';
import { sqlStats, type SqlStats } from '../db/sql-counter.js';
import type { Viewer } from '../auth/viewer.js';
import { clientIp } from './client-ip.js';
import type { OperationObserver } from './operation-log.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/**
 * The request headers Apollo's HTTP pipeline reads (content-type and accept: negotiation, GET
 * rules; the two CSRF-prevention headers) and our plugin (accept). Nothing else looks at them.
 */
const APOLLO_READS = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'] as const;
export const MAX_BODY_BYTES = 1024 * 1024;

export interface GraphQLRequestExtras {
  /** Set when the caller asked for the SQL statement count (x-debug-sql-count: 1, outside production). */
  sqlStats?: SqlStats;
  /** When the request arrived; `observed` once the Apollo plugin logged it (operation-log.ts). */
  track?: RequestTrack;
}

export interface RequestTrack {
  startedAt: bigint;
  observed: boolean;
}

/** Outcome of an answer Apollo's pipeline never saw (bad credentials, a malformed request). */
const outcomeOfStatus = (status: number) => (status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 413 || (status >= 400 && status < 500) ? 'BAD_USER_INPUT' : status >= 500 ? 'INTERNAL' : 'ok');

function sendError(res: http.ServerResponse, status: number, message: string, requestId: string, code = 'BAD_USER_INPUT') {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] }));
}

/** The body as text, or null once it passed MAX_BODY_BYTES (the rest is then read and dropped, see `refuseTooLarge`). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** How much more of a refused body we read (and drop) so the client sees the 413 before we close. */
const DRAIN_BYTES = 16 * 1024 * 1024;
const DRAIN_MS = 5000;

/**
 * 413 as JSON, then close. Closing a socket that still has unread request bytes makes the kernel
 * send a TCP reset, which can destroy the response before the client reads it (the old bug). So
 * the whole response is written at once (with its length: complete for the client), the rest of
 * the body is read and dropped, and only then is the response ended and the connection closed —
 * or destroyed if the client keeps sending past DRAIN_BYTES / DRAIN_MS.
 */
export function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, requestId: string, bodyWillFollow = true): void {
  const body = JSON.stringify({ errors: [{ message: 'Request body larger than 1 MB', extensions: { code: 'BAD_USER_INPUT', limit: 'bodyBytes', max: MAX_BODY_BYTES, requestId } }] });
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close', 'x-request-id': requestId });
  res.write(body);
  // After `Expect: 100-continue` refused, the client sends no body: close at once.
  if (!bodyWillFollow || req.readableEnded || req.complete) return void res.end();
  let drained = 0;
  const giveUp = () => {
    req.socket.destroy();
  };
  const timer = setTimeout(giveUp, DRAIN_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) giveUp();
  });
  req.once('end', () => {
    clearTimeout(timer);
    res.end();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

export function graphqlHttpHandler(apollo: ApolloServer<Context>, services: AppServices, observer: OperationObserver) {
  const { config, log } = services;
  const countingAllowed = config.DEBUG_SQL_COUNT ?? config.NODE_ENV !== 'production';

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    // The chat widget runs on tenants' own sites. Credentials are bearer tokens, never cookies,
    // so allowing every origin grants a page nothing it could not do with the token itself.
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, authorization, x-request-id, apollo-require-preflight, x-apollo-operation-name, x-debug-sql-count',
        'access-control-max-age': '600',
        'x-request-id': requestId,
      });
      return void res.end();
    }
    try {
      const method = (req.method ?? 'GET').toUpperCase();
      // A body announced as too large is refused before it is read.
      if (method === 'POST' && Number(req.headers['content-length']) > MAX_BODY_BYTES) return refuseTooLarge(req, res, requestId);
      const q = req.url!.indexOf('?');
      let body: unknown;
      if (method === 'POST') {
        const raw = await readBody(req);
        if (raw === null) return refuseTooLarge(req, res, requestId);
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith('application/json')) {
          try {
            body = raw.length ? JSON.parse(raw) : undefined;
          } catch {
            return sendError(res, 400, 'The request body is not valid JSON', requestId);
          }
        } else body = raw;
      }
      // Only the headers Apollo's pipeline and our plugin read (content negotiation, CSRF
      // prevention): copying every header into a HeaderMap cost time on every request.
      const headers = new HeaderMap();
      const incoming = req.headers;
      for (const key of APOLLO_READS) {
        const value = incoming[key];
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const ip = clientIp(req);
      const track: RequestTrack = { startedAt: started, observed: false };
      let viewer: Viewer | undefined;
      const stats: SqlStats | undefined = countingAllowed && req.headers['x-debug-sql-count'] === '1' ? { statements: 0 } : undefined;
      const run = () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method, headers, search: q >= 0 ? req.url!.slice(q) : '', body },
          context: async () => {
            const known = authenticate(services, req.headers.authorization);
            viewer = known instanceof Promise ? await known : known;
            return Object.assign(createContext(services, { viewer, requestId, ip: ip ?? null, userAgent: req.headers['user-agent'] ?? null }), { sqlStats: stats, track });
          },
        });
      // The statement counter rides on AsyncLocalStorage, so it is only entered when asked for.
      const result = stats ? await sqlStats.run(stats, run) : await run();
      const out: Record<string, string> = { 'x-request-id': requestId };
      for (const [key, value] of result.headers) out[key] = value;
      // A GET (persisted query) with credentials answers one caller's data: no cache may keep it.
      // Anonymous GETs stay cacheable by whatever the deployment puts in front.
      if (method === 'GET' && req.headers.authorization) out['cache-control'] = 'private, no-store';
      if (result.body.kind === 'complete') {
        // As bytes: node would otherwise prepend the head to the text and flatten that copy on the
        // V8 heap (one more answer-sized allocation per request). A known length lets node send
        // head and body in one write, without chunked framing.
        const bytes = Buffer.from(result.body.string, 'utf8');
        out['content-length'] = String(bytes.length);
        res.writeHead(result.status ?? 200, out);
        res.end(bytes);
      } else {
        res.writeHead(result.status ?? 200, out);
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
      // Refused before Apollo's pipeline ran its plugin (bad credentials, no query, CSRF): still one line.
      if (!track.observed) {
        observer.done({ requestId, viewer, operationName: null, type: 'unknown', document: undefined, variables: undefined, startedAt: started, outcome: outcomeOfStatus(res.statusCode), transport: 'http' });
      }
    } catch (e) {
      log.error({ err: e, requestId }, 'graphql transport failure');
      if (!res.headersSent) sendError(res, 500, `Internal error (request ${requestId})`, requestId, 'INTERNAL');
      else res.destroy();
    }
  };
}
