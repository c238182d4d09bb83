// Graceful shutdown of the HTTP side: once it starts, every request is either answered in full
// or refused before anything runs — never a connection closed under a request that did happen.
//
// - Requests already running finish and are answered, with `connection: close`.
// - Every request that arrives from now on — on a kept-alive socket or a new connection — is
//   refused before execution: 503 SERVICE_UNAVAILABLE, `retry-after: 1`, `connection: close`
//   (and /readyz is refused too, so load balancers take the instance out).
// - The listening socket closes once requests have stopped arriving (or at half the shutdown
//   timeout). Closing it at once would reset connections the kernel had already accepted but
//   Node had not: a client that sent its request on one sees a reset without an answer.
// - Kept-alive sockets are not cut at once (http.Server#close would): a request may be on its way
//   on one. They close after their next answer, or after IDLE_GRACE_MS without a request. (A
//   client that sends on a socket idle that long, at the very instant it closes, still meets the
//   race every HTTP/1.1 server has; the idempotency keys make that retry safe — docs/api.md.)
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';

const REFUSAL = JSON.stringify({
  errors: [{ message: 'This instance is shutting down and did nothing with your request: send it again', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
});

/** No new request for this long: callers have noticed (readiness, 503s); stop listening. */
const QUIET_MS = 100;
/** Kept-alive sockets still idle this long after the listener closed are closed. */
const IDLE_GRACE_MS = 1000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function refuse(res: http.ServerResponse): void {
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(REFUSAL),
    connection: 'close',
    'retry-after': '1',
  });
  res.end(REFUSAL);
}

/** A WebSocket upgrade while shutting down: a plain 503, then the socket closes. */
export function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
}

export class Drain {
  draining = false;
  private readonly active = new Set<http.ServerResponse>();
  /** Plain HTTP connections (upgraded ones are WebSockets, closed separately). */
  private readonly connections = new Set<net.Socket>();
  private lastArrival = 0;

  /** Call once, right after the server is created. */
  track(server: http.Server): void {
    server.on('connection', (socket: net.Socket) => {
      this.lastArrival = Date.now();
      this.connections.add(socket);
      socket.once('close', () => this.connections.delete(socket));
    });
    server.on('upgrade', (_req, socket: net.Socket) => this.connections.delete(socket));
  }

  /** False (and the request refused) once draining; else the request counts as in flight. */
  admit(res: http.ServerResponse): boolean {
    if (this.draining) {
      this.lastArrival = Date.now();
      refuse(res);
      return false;
    }
    this.active.add(res);
    // `on`: close fires once anyway, and `once` allocates a wrapper per request.
    res.on('close', () => this.active.delete(res));
    return true;
  }

  /** Refuse new requests, answer in-flight ones, stop listening, within `timeoutMs`. */
  async start(server: http.Server, timeoutMs: number): Promise<void> {
    this.draining = true;
    this.lastArrival = Date.now();
    for (const res of this.active) if (!res.headersSent) res.setHeader('connection', 'close');
    const started = Date.now();
    const deadline = started + Math.max(0, timeoutMs - 2000);
    const listenUntil = started + Math.max(0, timeoutMs / 2 - 1000);
    while ((this.active.size > 0 || Date.now() - this.lastArrival < QUIET_MS) && Date.now() < listenUntil) await sleep(5);
    // net.Server's own close: stops listening but, unlike http.Server#close, leaves kept-alive
    // sockets open (see the top of this file).
    net.Server.prototype.close.call(server);
    while (this.active.size > 0 && Date.now() < deadline) await sleep(5);
    const idleUntil = Math.min(deadline, Date.now() + Math.min(IDLE_GRACE_MS, server.keepAliveTimeout));
    while (this.connections.size > 0 && Date.now() < idleUntil) await sleep(10);
    server.closeIdleConnections();
  }
}
