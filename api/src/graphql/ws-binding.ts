// graphql-ws on our `ws` server: what `graphql-ws/use/ws`'s `useServer` does, minus what costs
// memory or CPU per socket at 50,000 subscribers (issue 18, DESIGN.md §8 "Fan-out"):
// - the upgrade request is not kept for the socket's life: the client's ip and user agent are
//   read from it once (`extra.ip`, `extra.userAgent`) and it is dropped (≈ 2 KB with its headers);
// - keep-alive pings run from ONE timer for all sockets instead of one interval per socket: the
//   sockets are spread over PING_SLICES slices, one slice is visited per KEEP_ALIVE_MS / PING_SLICES
//   (no burst of 50,000 pings at once), each open socket is pinged once per KEEP_ALIVE_MS, and one
//   that did not answer the previous ping is terminated (12–24 s to detect a dead peer, as
//   graphql-ws's own);
// - a frame is handed to the socket and the send resolves at once, without a write callback
//   (a closure and a promise per delivery); a failed write closes the socket, which ends its
//   subscriptions;
// - a result executed once for many subscribers (graphql/fanout.ts) is serialised once: `onNext`
//   sends that JSON in a frame of its own (`sendShared`) and graphql-ws's own copy is dropped;
//   the WebSocket frame itself (header and bytes) is built once too and written to each socket
//   as one buffer (see `sendShared`).
import type http from 'node:http';
import type net from 'node:net';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

export const KEEP_ALIVE_MS = 12_000;
const PING_SLICES = 12;

/** What graphql-ws's context `extra` holds for each of our sockets. */
export interface SocketExtra {
  socket: WebSocket;
  ip: string | null;
  userAgent: string | null;
}

/**
 * The payload `onNext` returns once it has sent the frame itself: graphql-ws serialises it into a
 * frame ending in SENT_SUFFIX, which `send` recognises and drops. A GraphQL result's top-level keys
 * are `data`, `errors` and `extensions`, so no real result serialises to this.
 */
export const ALREADY_SENT = Object.freeze({ '\u0000sent': 1 });
const SENT_SUFFIX = `"payload":${JSON.stringify(ALREADY_SENT)}}`;

/**
 * A whole unmasked WebSocket text frame (what a server sends): FIN + text opcode, the length
 * (7 bits, or 126 + 16 bits, or 127 + 64 bits), then the bytes. RFC 6455 §5.2.
 */
export function textFrame(text: string): Buffer {
  const length = Buffer.byteLength(text);
  const head = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + length);
  frame[0] = 0x81;
  if (head === 2) frame[1] = length;
  else if (head === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(0, 2);
    frame.writeUInt32BE(length, 6);
  }
  frame.write(text, head, 'utf8');
  return frame;
}

/** The last frame built per shared payload: the next subscriber with the same operation id reuses its bytes. */
const lastFrame = new WeakMap<object, { id: string; frame: Buffer; head: number }>();

/** What `sendShared` reads of ws's WebSocket (ws 8): its net socket and its sender's state and queue. */
interface WsInternals {
  _socket?: net.Socket | null;
  _sender?: { _state?: number; _queue?: unknown[] } | null;
}

/**
 * One text frame of `next` with a payload serialised beforehand (JSON of an ExecutionResult, one
 * per `shared` result). Subscribers whose operation id is the same as the previous one's (clients
 * that number their operations) get the very same bytes: no string to build or encode again.
 *
 * The frame is complete (header included) and goes to the TCP socket in one write when ws's
 * sender is idle (nothing queued behind a compression or a Blob read: never here, compression is
 * off), which is exactly what `ws.send` would write — minus, per delivery, its options object, a
 * header buffer, and the cork + two writes + uncork (a writev). Otherwise, or should ws's
 * internals ever look different, `ws.send` sends the same bytes.
 */
export function sendShared(socket: WebSocket, id: string, shared: object, payloadJson: string): void {
  if (socket.readyState !== socket.OPEN) return;
  let f = lastFrame.get(shared);
  if (f?.id !== id) {
    const frame = textFrame(`{"id":${JSON.stringify(id)},"type":"next","payload":${payloadJson}}`);
    lastFrame.set(shared, (f = { id, frame, head: frame[1] === 126 ? 4 : frame[1] === 127 ? 10 : 2 }));
  }
  const ws = socket as unknown as WsInternals;
  const sender = ws._sender;
  const tcp = ws._socket;
  if (sender?._state === 0 && sender._queue?.length === 0 && tcp?.writable) tcp.write(f.frame);
  else socket.send(f.frame.subarray(f.head), { binary: false });
}

export function bindGraphqlWs<E extends Record<string, unknown>>(
  options: ServerOptions<Record<string, unknown>, E & SocketExtra>,
  wss: WebSocketServer,
  clientInfo: (req: http.IncomingMessage) => { ip: string | null; userAgent: string | null },
  isProd: boolean,
): { dispose(): void } {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;
  const closeOnError = (socket: WebSocket, err: unknown) =>
    socket.close(CloseCode.InternalServerError, isProd ? 'Internal server error' : String(err instanceof Error ? err.message : err).slice(0, 100));

  /** Sockets by ping slice, each with whether it answered its last ping. */
  const slices = Array.from({ length: PING_SLICES }, () => new Map<WebSocket, boolean>());
  const sliceOf = new WeakMap<WebSocket, Map<WebSocket, boolean>>();
  let nextSlice = 0;
  let joinSlice = 0;
  const pinger = setInterval(() => {
    const slice = slices[nextSlice];
    nextSlice = (nextSlice + 1) % PING_SLICES;
    for (const [socket, answered] of slice) {
      if (!answered) {
        socket.terminate();
        continue;
      }
      if (socket.readyState === socket.OPEN) {
        slice.set(socket, false);
        socket.ping();
      }
    }
  }, KEEP_ALIVE_MS / PING_SLICES);
  pinger.unref();
  const onPong = function (this: WebSocket) {
    const slice = sliceOf.get(this);
    if (slice?.has(this)) slice.set(this, true);
  };
  const onSocketError = function (this: WebSocket, err: Error) {
    console.error('Internal error emitted on a WebSocket socket. Please check your implementation.', err);
    closeOnError(this, err);
  };

  wss.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    const { ip, userAgent } = clientInfo(request);
    const slice = slices[joinSlice];
    joinSlice = (joinSlice + 1) % PING_SLICES;
    slice.set(socket, true);
    sliceOf.set(socket, slice);
    socket.on('pong', onPong);
    // `on`, not `once` (a `once` wrapper is ≈ 250 bytes per socket): the handler closes the socket.
    socket.on('error', onSocketError);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState === socket.OPEN && !data.endsWith(SENT_SUFFIX)) socket.send(data);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', async (data) => {
            try {
              await cb(String(data));
            } catch (err) {
              console.error('Internal error occurred during message handling. Please check your implementation.', err);
              closeOnError(socket, err);
            }
          }),
      },
      { socket, ip, userAgent } as E & SocketExtra,
    );
    socket.on('close', (code, reason) => {
      slice.delete(socket);
      void closed(code, String(reason));
    });
  });

  return {
    dispose: () => {
      clearInterval(pinger);
      for (const slice of slices) slice.clear();
    },
  };
}
