// The people of the `load` section, as clients of the real API: what they record, and how they
// talk to it (GraphQL over HTTP with fetch, graphql-ws sockets with the graphql-ws client, as the
// web app and the widget do). Actors live in load-actors.ts.
//
// Everything a client sees go wrong is an error of the run: an HTTP failure, a GraphQL error
// (except the codes an actor names as an expected race, e.g. CONFLICT when two agents take over
// the same conversation: counted apart), a subscription error or completion, a socket the server
// closed. Latencies are recorded only while `measuring` (after the warm-up).
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One API instance as the clients reach it. */
export interface ApiEndpoint {
  name: string;
  /** http://…/graphql */
  url: string;
  /** ws://…/graphql */
  wsUrl: string;
}

export type LatencyKind = 'firstToken' | 'agentReply' | 'kpiPush' | 'webhook';

export class Recorder {
  measuring = false;
  errors = 0;
  readonly errorSamples: string[] = [];
  /** Expected races by kind (e.g. `takeOverConversation CONFLICT`). */
  readonly expected = new Map<string, number>();
  readonly latencies: Record<LatencyKind, number[]> = { firstToken: [], agentReply: [], kpiPush: [], webhook: [] };
  /** Counted all the time; the section takes differences over the measured window. */
  readonly n = { http: 0, events: 0, customerSends: 0, aiAnswers: 0, agentReplies: 0, takeOvers: 0, handBacks: 0, tickets: 0, ticketsResolved: 0, notifications: 0, kpiPushes: 0, heartbeats: 0, webhooks: 0 };

  error(where: string, detail: unknown): void {
    this.errors++;
    const sample = `${where}: ${describe(detail)}`;
    if (this.errorSamples.length < 8 && !this.errorSamples.includes(sample)) this.errorSamples.push(sample);
  }

  expect(kind: string): void {
    this.expected.set(kind, (this.expected.get(kind) ?? 0) + 1);
  }

  sample(kind: LatencyKind, ms: number): void {
    if (this.measuring) this.latencies[kind].push(ms);
  }
}

export function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'code' in e) return `socket closed ${(e as { code: number }).code} ${(e as { reason?: string }).reason ?? ''}`.trim();
  if (Array.isArray(e)) return e.map(describe).join('; ');
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(JSON.stringify(e) ?? e).slice(0, 200);
}

const rootField = (query: string) => /\{\s*(\w+)/.exec(query)?.[1] ?? 'request';

/** One GraphQL request; null when it failed (recorded as an error unless its code is in `allow`). */
export async function call<T = any>(rec: Recorder, url: string, query: string, variables: Record<string, unknown>, token: string | null, allow: string[] = []): Promise<T | null> {
  rec.n.http++;
  try {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await r.text();
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      rec.error(rootField(query), `HTTP ${r.status}: ${text.slice(0, 120)}`);
      return null;
    }
    if (body.errors?.length) {
      const code = body.errors[0].extensions?.code ?? '';
      if (allow.includes(code)) rec.expect(`${rootField(query)} ${code}`);
      else rec.error(rootField(query), `${code} ${body.errors[0].message}`);
      return null;
    }
    return body.data ?? null;
  } catch (e) {
    rec.error(rootField(query), e);
    return null;
  }
}

/** A graphql-ws socket that connects at once and stays open; closes are errors unless stopping. */
export function openSocket(rec: Recorder, wsUrl: string, token: string, label: string, stopping: () => boolean): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: (e) => {
      if (!stopping()) rec.error(`${label} socket`, e);
    },
    on: {
      closed: (e) => {
        if (!stopping()) rec.error(`${label} socket`, e);
      },
    },
  });
}

/** Subscribe; `next` gets `data`. Returns the unsubscribe function. */
export function subscribe<T>(rec: Recorder, client: Client, label: string, query: string, variables: Record<string, unknown>, next: (data: T) => void, stopping: () => boolean): () => void {
  let ended = false;
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        rec.n.events++;
        if (v.errors?.length) rec.error(label, v.errors);
        else if (v.data) next(v.data as T);
      },
      error: (e) => {
        if (!ended && !stopping()) rec.error(label, e);
      },
      complete: () => {
        if (!ended && !stopping()) rec.error(label, 'subscription completed by the server');
      },
    },
  );
  return () => {
    ended = true;
    unsubscribe();
  };
}

/** The seqs one `messageAdded` subscriber got, checked at the end against the stored ones. */
export class SeqTrack {
  readonly seen: number[] = [];
  /** Still subscribed at the end: it must then hold every stored seq. */
  open = true;

  push(seq: number): void {
    this.seen.push(seq);
  }

  /** Gaps up to `lastSeq` (or up to the highest seq seen, once unsubscribed), duplicates, out of order. */
  check(lastSeq: number): { missing: number; duplicates: number; outOfOrder: number } {
    const set = new Set(this.seen);
    let upTo = this.open ? lastSeq : 0;
    if (!this.open) for (const s of this.seen) upTo = Math.max(upTo, s);
    let missing = 0;
    for (let s = 1; s <= upTo; s++) if (!set.has(s)) missing++;
    let outOfOrder = 0;
    for (let i = 1; i < this.seen.length; i++) if (this.seen[i] < this.seen[i - 1]) outOfOrder++;
    return { missing, duplicates: this.seen.length - set.size, outOfOrder };
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
export const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

/** Nearest-rank percentile; null when empty. */
export function pct(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = Float64Array.from(values).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
