// Many WebSocket subscribers in one process, kept as cheap as possible so the load generator
// measures the server, not itself: plain `ws` sockets speaking the graphql-transport-ws protocol
// (connection_init → connection_ack → subscribe) by hand instead of the graphql-ws client, or, for
// the raw baseline, no protocol at all (every text frame is an event).
//
// A fleet waits for one event at a time: `expect(marker)` names a string the awaited frame contains
// (e.g. the new tenant name), arrivals are timestamped (performance.now()) the moment the socket
// emits the frame, before any parsing, and `waitAll` resolves when every subscriber has it.
import WebSocket from 'ws';

export type FleetProtocol = 'graphql-ws' | 'raw';

export interface FleetOptions {
  url: string;
  count: number;
  protocol: FleetProtocol;
  /** graphql-ws: `connection_init` payload (e.g. `{ authorization: 'Bearer …' }`). */
  connectionParams?: Record<string, unknown>;
  /** graphql-ws: the subscription every socket opens. */
  query?: string;
  variables?: Record<string, unknown>;
  /** Sockets being opened at once (keeps the server's accept backlog and auth queue short). */
  concurrency?: number;
  /** Per socket: open + ack within this time, or the fleet fails. */
  connectTimeoutMs?: number;
  /**
   * Source addresses the sockets connect from, in turn (`localAddress`). One address has ≈ 28,000
   * ephemeral ports towards one server port: beyond that, several 127.0.0.x (see sourceAddresses).
   */
  sourceAddresses?: string[];
  /** Keep every awaited frame's text (counted by distinct text) for payload checks. */
  collectFrames?: boolean;
}

/** Sockets per source address: below the ≈ 28,000 ephemeral ports of Linux's default range. */
export const SOCKETS_PER_SOURCE_ADDRESS = 20_000;
let nextSource = 0;

/**
 * Source addresses for a fleet of `count` sockets: none (the default) up to
 * SOCKETS_PER_SOURCE_ADDRESS, else fresh loopback addresses (127.0.1.0/24 and on), never reused in
 * this process, so ports of closed sockets still in TIME_WAIT are not in the way.
 */
export function sourceAddresses(count: number): string[] | undefined {
  if (count <= SOCKETS_PER_SOURCE_ADDRESS) return undefined;
  return Array.from({ length: Math.ceil(count / SOCKETS_PER_SOURCE_ADDRESS) }, () => {
    const k = nextSource++;
    return `127.0.${1 + Math.floor(k / 250)}.${1 + (k % 250)}`;
  });
}

export interface WaitResult {
  /** Subscribers that got the awaited frame. */
  received: number;
  /** ms from `expect()` to the last arrival (or to the timeout). */
  ms: number;
  timedOut: boolean;
}

const GRAPHQL_WS = 'graphql-transport-ws';

export class SubscriberFleet {
  private readonly sockets: WebSocket[] = [];
  private arrivals = new Float64Array(0);
  private marker: Buffer | null = null;
  private got = 0;
  private expectedAt = 0;
  private lastArrival = 0;
  private onArrival: (() => void) | null = null;
  private closing = false;
  /** Server errors seen (GraphQL `error` messages, `next` with errors), a few kept for the report. */
  readonly errors: string[] = [];
  errorCount = 0;
  /** Sockets the server closed while the fleet was open. */
  unexpectedCloses = 0;
  /** The first copy of the last awaited frame, as received (the exact text of one event). */
  sampleFrame: string | null = null;
  /**
   * With `collectFrames`: the distinct awaited frames since `expect` and how many sockets got each.
   * Compared as bytes (a memcmp against the few distinct frames), decoded only when new: the raw
   * fleet collects nothing, so per-arrival bookkeeping here would slow our side's client alone.
   */
  private distinct: { bytes: Buffer; count: number }[] = [];

  /** With `collectFrames`: the awaited frames since `expect`, by text, with how many sockets got each. */
  get frames(): Map<string, number> {
    const m = new Map<string, number>();
    for (const d of this.distinct) {
      const text = d.bytes.toString();
      m.set(text, (m.get(text) ?? 0) + d.count);
    }
    return m;
  }

  private constructor(private readonly o: FleetOptions) {}

  get size(): number {
    return this.sockets.length;
  }

  /** Open `count` sockets (and their subscription): resolves once every one is set up. */
  static async open(o: FleetOptions): Promise<SubscriberFleet> {
    const fleet = new SubscriberFleet(o);
    fleet.arrivals = new Float64Array(o.count);
    let next = 0;
    const worker = async () => {
      while (next < o.count) {
        const index = next++;
        fleet.sockets[index] = await fleet.connect(index);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(o.concurrency ?? 64, o.count) }, worker));
    } catch (e) {
      await fleet.close();
      throw e;
    }
    return fleet;
  }

  private connect(index: number): Promise<WebSocket> {
    const { o } = this;
    return new Promise((resolve, reject) => {
      const localAddress = o.sourceAddresses?.[index % o.sourceAddresses.length];
      const ws = new WebSocket(o.url, o.protocol === 'graphql-ws' ? GRAPHQL_WS : [], { perMessageDeflate: false, skipUTF8Validation: true, ...(localAddress && { localAddress }) });
      this.sockets[index] = ws;
      let ready = false;
      const timer = setTimeout(() => fail(new Error(`subscriber #${index}: not ${o.protocol === 'graphql-ws' ? 'acknowledged' : 'open'} after ${o.connectTimeoutMs ?? 30_000} ms`)), o.connectTimeoutMs ?? 30_000);
      const fail = (e: Error) => {
        clearTimeout(timer);
        if (!ready) {
          ready = true;
          ws.terminate();
          reject(e);
        }
      };
      const done = () => {
        clearTimeout(timer);
        ready = true;
        resolve(ws);
      };
      ws.on('error', (e) => fail(new Error(`subscriber #${index}: ${e.message}`)));
      ws.on('close', (code, reason) => {
        if (!ready) fail(new Error(`subscriber #${index}: closed ${code} ${reason.toString()} before it was set up`));
        else if (!this.closing) this.unexpectedCloses++;
      });
      ws.on('open', () => {
        if (o.protocol === 'raw') return done();
        ws.send(JSON.stringify({ type: 'connection_init', payload: o.connectionParams ?? {} }));
      });
      ws.on('message', (data: Buffer) => {
        const t = performance.now();
        const marker = this.marker;
        if (ready && marker && data.includes(marker)) {
          if (this.arrivals[index] === 0) {
            this.arrivals[index] = t;
            this.lastArrival = t;
            if (++this.got === 1) this.sampleFrame = data.toString();
            if (o.collectFrames) {
              const seen = this.distinct.find((d) => d.bytes.equals(data));
              if (seen) seen.count++;
              else this.distinct.push({ bytes: Buffer.from(data), count: 1 });
            }
            if (this.got === this.sockets.length) this.onArrival?.();
          }
          return;
        }
        if (o.protocol === 'raw') return;
        this.control(ws, data, index, () => {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: o.query, variables: o.variables ?? {} } }));
          done();
        });
      });
    });
  }

  /** Anything but an awaited event: the ack, pings, errors, stale events. */
  private control(ws: WebSocket, data: Buffer, index: number, acked: () => void) {
    let msg: { type?: string; payload?: unknown };
    try {
      msg = JSON.parse(data.toString());
    } catch {
      return this.error(`subscriber #${index}: not JSON: ${data.toString().slice(0, 100)}`);
    }
    if (msg.type === 'connection_ack') acked();
    else if (msg.type === 'ping') ws.send('{"type":"pong"}');
    else if (msg.type === 'error') this.error(`subscriber #${index}: ${JSON.stringify(msg.payload).slice(0, 200)}`);
    else if (msg.type === 'complete') this.error(`subscriber #${index}: the server completed the subscription`);
    else if (msg.type === 'next' && (msg.payload as { errors?: unknown[] })?.errors?.length) this.error(`subscriber #${index}: ${JSON.stringify((msg.payload as { errors: unknown[] }).errors).slice(0, 200)}`);
    // other `next` frames: an event that is not (or no longer) awaited
  }

  private error(message: string) {
    this.errorCount++;
    if (this.errors.length < 5) this.errors.push(message);
  }

  /** Await the next frame containing `marker`; call right before triggering it. */
  expect(marker: string): void {
    this.arrivals.fill(0);
    this.distinct = [];
    this.got = 0;
    this.lastArrival = 0;
    this.marker = Buffer.from(marker);
    this.expectedAt = performance.now();
  }

  /**
   * Resolves when every subscriber got the awaited frame, or after `timeoutMs`, or (with `idleMs`)
   * when at least one arrived and none followed for `idleMs`.
   */
  waitAll(timeoutMs: number, idleMs?: number): Promise<WaitResult> {
    return new Promise((resolve) => {
      const finish = (timedOut: boolean) => {
        clearTimeout(deadline);
        clearInterval(idle);
        this.onArrival = null;
        resolve({ received: this.got, ms: (this.got ? this.lastArrival : performance.now()) - this.expectedAt, timedOut });
      };
      if (this.got === this.sockets.length) return finish(false);
      this.onArrival = () => finish(false);
      const deadline = setTimeout(() => finish(true), timeoutMs);
      const idle = setInterval(() => {
        if (idleMs && this.got > 0 && performance.now() - this.lastArrival > idleMs) finish(true);
      }, Math.max(20, Math.min(idleMs ?? 1000, 250)));
    });
  }

  /** Latencies (ms) of the awaited frame from `since` (a performance.now() value), arrived ones only. */
  latencies(since: number): number[] {
    const out: number[] = [];
    for (const t of this.arrivals) if (t > 0) out.push(t - since);
    return out;
  }

  /** Close every socket (code 1000) and wait for the closes, then terminate what is left. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.closing = true;
    this.marker = null;
    const open = this.sockets.filter((ws) => ws && ws.readyState !== WebSocket.CLOSED);
    await Promise.all(
      open.map(
        (ws) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              ws.terminate();
              resolve();
            }, timeoutMs);
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
            else ws.close(1000);
          }),
      ),
    );
    this.sockets.length = 0;
  }
}

/** Nearest-rank percentile of `values` (0 < p ≤ 100); NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: number[]) => percentile(values, 50);
