// Fan-out (DESIGN.md §8): subscribers of a tenant-wide topic who sent the same operation with the
// same variables in the same tenant WITH THE SAME EFFECTIVE PERMISSIONS (their kind — user or API
// key — and their role permissions or key scopes) share ONE execution per event; each gets the
// same result object. The permission set is in the key because shield rules on object fields
// (Tenant.identityVerification…) shape the result: a group of mixed permissions would hand an
// agent what the admin's execution saw. Access is still decided per subscriber: when they
// subscribe (the real, shield-guarded subscribe runs for them) and before every delivery (their
// credentials must still hold). The event is executed with the context of a member whose access
// holds (shield runs there too).
// Only fields whose result depends on nothing but the tenant are grouped (GROUPABLE); every
// other subscription runs on its own, as graphql-js does it.
import {
  Kind,
  createSourceEventStream,
  execute,
  print,
  subscribe as graphqlSubscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.js';
import type { Viewer } from '../auth/viewer.js';

/** One string per distinct permission set; cached on the (shared, immutable) set object. */
const permissionKeys = new WeakMap<ReadonlySet<string>, string>();
function permissionKey(viewer: Extract<Viewer, { kind: 'user' | 'apiKey' }>): string {
  let key = permissionKeys.get(viewer.permissions);
  if (key === undefined) permissionKeys.set(viewer.permissions, (key = [...viewer.permissions].sort().join(',')));
  // The kind too: some rules admit users only (staffUser, userPermission), whatever the scopes.
  return `${viewer.kind}:${key}`;
}

/**
 * Root subscription fields whose payload and filter depend only on the subscriber's tenant, kind
 * and permission set (all in the group key). conversationUpdated: its filter reads exactly those,
 * its row is read in the event's tenant scope (and shared per event already, graphql/per-event.ts).
 */
const GROUPABLE = new Set(['tenantUpdated', 'presenceChanged', 'kpisUpdated', 'conversationUpdated']);

type Result = ExecutionResult;

/**
 * Results executed once for a whole group, and their JSON once someone asked for it: the socket
 * layer sends that same text to every member (graphql/ws-binding.ts) instead of serialising the
 * result again per subscriber. Results with errors are not shared this way: their errors are
 * masked per subscriber (they carry the subscriber's request id).
 */
const sharedJson = new WeakMap<Result, string | null>();

/** The JSON of a group's result as graphql-ws would send it, or undefined when it is not shared. */
export function sharedPayloadJson(result: Result): string | undefined {
  const json = sharedJson.get(result);
  if (json === undefined) return undefined;
  if (json !== null) return json;
  const text = JSON.stringify(result);
  sharedJson.set(result, text);
  return text;
}

/**
 * Sends a shared result's JSON straight to one subscriber's socket (its operation id included) and
 * counts the delivery; set by the socket layer once graphql-ws has started the subscription.
 */
export type DirectSend = (payloadJson: string, result: Result) => void;

/**
 * A subscriber's end of a group: a small push queue read by graphql-ws, or — once `direct` is set
 * and graphql-ws is parked waiting for the next result — a direct send of the shared frame, which
 * skips graphql-ws's per-delivery work (a promise chain, a copy, a check and a serialisation of
 * the message). Results with errors, and anything while a result is still queued or in flight,
 * go through graphql-ws as before, so the order of a subscriber's frames never changes.
 */
class Member implements AsyncIterableIterator<Result> {
  private queue: Result[] = [];
  private waiting: ((r: IteratorResult<Result>) => void) | null = null;
  private done = false;
  direct: DirectSend | null = null;

  constructor(
    readonly ctx: Context,
    // The group itself, not a closure: a closure made in `subscribe` would keep that call's
    // scope, with its group key string, alive for every member (≈ 1 KB each).
    private readonly group: Group,
  ) {}

  push(result: Result): void {
    if (this.done) return;
    if (this.waiting && this.direct) {
      const json = sharedPayloadJson(result);
      if (json !== undefined) return this.direct(json, result);
    }
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w({ value: result, done: false });
    } else this.queue.push(result);
  }

  next(): Promise<IteratorResult<Result>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<Result>> {
    if (!this.done) {
      this.done = true;
      this.queue = [];
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      void this.group.remove(this);
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

class Group {
  readonly members = new Set<Member>();
  private source: AsyncIterator<unknown> | null = null;

  constructor(
    private readonly args: ExecutionArgs,
    private readonly onEmpty: () => void,
  ) {}

  /**
   * Listen to the topic once for the whole group (graphql-js createSourceEventStream, with the
   * first member's context: grouped fields filter by tenant only, which all members share).
   */
  async start(): Promise<void> {
    const first = this.members.values().next().value as Member | undefined;
    if (!first) return;
    const stream = await createSourceEventStream({ ...this.args, contextValue: first.ctx });
    if (!(Symbol.asyncIterator in stream)) return; // an error result: members got theirs at join
    this.source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    void this.pump(this.source);
  }

  /**
   * Execute the event once, with the context of a member whose credentials still hold. Members
   * share one permission set, so a FORBIDDEN field is the right answer for all of them (as it is
   * for a subscriber alone); UNAUTHENTICATED means that member's credentials just lapsed: try
   * another.
   */
  private async executeFor(payload: unknown): Promise<Result | null> {
    for (const m of this.members) {
      if (m.ctx.services.auth.validNow(m.ctx.viewer) === false) continue;
      const result = (await execute({ ...this.args, rootValue: payload, contextValue: m.ctx })) as Result;
      if (!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return result;
    }
    return null;
  }

  private async pump(source: AsyncIterator<unknown>): Promise<void> {
    for (;;) {
      const next = await source.next().catch(() => ({ done: true, value: undefined }) as IteratorResult<unknown>);
      if (next.done || source !== this.source) return;
      const result = await this.executeFor(next.value);
      if (!result) continue;
      if (!result.errors?.length) sharedJson.set(result, null); // serialised by the first delivery
      const slow: Promise<void>[] = [];
      for (const m of this.members) {
        const auth = m.ctx.services.auth;
        const valid = auth.validNow(m.ctx.viewer); // cached answer, no promise per subscriber
        if (valid === true) m.push(result);
        else if (valid === undefined) slow.push(auth.stillValid(m.ctx.viewer).then((ok) => (ok ? m.push(result) : undefined)));
      }
      await Promise.all(slow);
    }
  }

  async remove(m: Member): Promise<void> {
    this.members.delete(m);
    if (!this.members.size) {
      const old = this.source;
      this.source = null;
      this.onEmpty();
      await old?.return?.();
    }
  }
}

/** A grouped subscriber's stream (graphql-ws's operation result), for the socket layer to attach a direct send. */
export const isMember = (x: unknown): x is Member => x instanceof Member;

export class FanOut {
  private readonly groups = new Map<string, Group>();
  private readonly operationKeys = new WeakMap<object, string>();

  private groupKey(args: ExecutionArgs): string | null {
    const ctx = args.contextValue as Context;
    const operation = args.document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
    );
    if (!operation || operation.operation !== 'subscription' || operation.selectionSet.selections.length !== 1) return null;
    const root = operation.selectionSet.selections[0];
    if (root.kind !== Kind.FIELD || !GROUPABLE.has(root.name.value) || root.directives?.length) return null;
    const v = ctx.viewer;
    if (v.kind !== 'user' && v.kind !== 'apiKey') return null;
    let printed = this.operationKeys.get(args.document);
    if (printed === undefined) this.operationKeys.set(args.document, (printed = print(args.document)));
    return `${v.tenantId ?? '*'}\n${permissionKey(v)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${printed}`;
  }

  /** graphql-ws `subscribe`: grouped when possible, graphql-js otherwise. */
  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<Result> | Result> {
    const key = this.groupKey(args);
    if (!key) return graphqlSubscribe(args);
    // The real subscribe decides this subscriber's access at start (shield guards `subscribe`).
    const own = await graphqlSubscribe(args);
    if (!(Symbol.asyncIterator in own)) return own;
    await own.return?.();

    let group = this.groups.get(key);
    const isNew = !group;
    if (!group) {
      group = new Group(args, () => this.groups.delete(key));
      this.groups.set(key, group);
    }
    const member = new Member(args.contextValue as Context, group);
    group.members.add(member);
    if (isNew) await group.start();
    return member;
  }

  /** Open groups and their members (tests and diagnostics). */
  stats(): { groups: number; members: number } {
    let members = 0;
    for (const g of this.groups.values()) members += g.members.size;
    return { groups: this.groups.size, members };
  }
}
