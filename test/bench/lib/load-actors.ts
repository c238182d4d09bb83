// The actors of the `load` section: widget customers, console agents, dashboards and the KPI
// probe. Each behaves like its web client (the same subscriptions and mutations), paced by timers.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { between, call, openSocket, SeqTrack, sleep, subscribe, type ApiEndpoint, type Recorder } from './load-clients.js';

/** State the actors share within one load run. */
export interface World {
  rec: Recorder;
  stopping: boolean;
  customers: Customer[];
  /** clientMessageId of an agent reply → performance.now() just before its request. */
  agentSentAt: Map<string, number>;
  questions: string[];
  /** Every customer message a new text (no query-embedding cache hits). */
  uniqueTexts: boolean;
}

const MESSAGE_FIELDS = 'seq author clientMessageId';

// ---------------------------------------------------------------------------------------------

/** A widget customer: one conversation, a message every 5–10 s, answers streamed back. */
export class Customer {
  token = '';
  conversationId = '';
  client: Client | null = null;
  readonly seqs = new SeqTrack();
  private pendingAt = 0;
  private lastDraft = '';
  private sent = 0;

  constructor(
    readonly index: number,
    readonly api: ApiEndpoint,
    private readonly w: World,
  ) {}

  async open(widgetKey: string): Promise<void> {
    const { rec } = this.w;
    const s = await call(rec, this.api.url, 'mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }', { i: { widgetKey, name: `Load customer ${this.index}` } }, null);
    if (!s) throw new Error(`customer ${this.index}: no widget session (${rec.errorSamples.at(-1)})`);
    this.token = s.startWidgetSession.token;
    const c = await call(rec, this.api.url, 'mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }', { i: { idempotencyKey: randomUUID(), subject: 'Load bench' } }, this.token);
    if (!c) throw new Error(`customer ${this.index}: no conversation (${rec.errorSamples.at(-1)})`);
    this.conversationId = c.startConversation.conversationId;
    const stopping = () => this.w.stopping;
    this.client = openSocket(rec, this.api.wsUrl, this.token, `customer ${this.index}`, stopping);
    subscribe<{ messageAdded: { seq: number; author: string; clientMessageId: string | null } }>(rec, this.client, 'widget messageAdded', `subscription($c: ID!) { messageAdded(conversationId: $c, afterSeq: 0) { ${MESSAGE_FIELDS} } }`, { c: this.conversationId }, (d) => this.onMessage(d.messageAdded), stopping);
    subscribe<{ assistantDraft: { messageId: string; state: string } }>(rec, this.client, 'widget assistantDraft', 'subscription($c: ID!) { assistantDraft(conversationId: $c) { messageId index state } }', { c: this.conversationId }, (d) => this.onDraft(d.assistantDraft), stopping);
  }

  private onMessage(m: { seq: number; author: string; clientMessageId: string | null }) {
    this.seqs.push(m.seq);
    if (m.author === 'AI') this.w.rec.n.aiAnswers++;
    if (m.author === 'AGENT' && m.clientMessageId) {
      const t0 = this.w.agentSentAt.get(m.clientMessageId);
      if (t0 !== undefined) {
        this.w.agentSentAt.delete(m.clientMessageId);
        this.w.rec.sample('agentReply', performance.now() - t0);
      }
    }
  }

  /** The first STREAMING piece of a new answer is the first token the customer sees. */
  private onDraft(d: { messageId: string; state: string }) {
    if (d.state !== 'STREAMING' || d.messageId === this.lastDraft) return;
    this.lastDraft = d.messageId;
    if (this.pendingAt) this.w.rec.sample('firstToken', performance.now() - this.pendingAt);
    this.pendingAt = 0;
  }

  private text(): string {
    const q = this.w.questions;
    const t = q[(this.index * 7 + this.sent) % q.length];
    this.sent++;
    return this.w.uniqueTexts ? `${t} (${this.index}-${this.sent})` : t;
  }

  async run(until: number): Promise<void> {
    await sleep(between(0, 7500)); // spread the first messages
    while (!this.w.stopping && performance.now() < until) {
      this.pendingAt = performance.now();
      const r = await call(this.w.rec, this.api.url, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }', { i: { conversationId: this.conversationId, body: this.text(), clientMessageId: randomUUID() } }, this.token);
      if (r) this.w.rec.n.customerSends++;
      await sleep(between(5000, 10_000));
    }
  }
}

// ---------------------------------------------------------------------------------------------

interface Held {
  seqs: SeqTrack;
  unsubscribe: () => void;
  handBackAt: number;
  replyPending: boolean;
}

/**
 * A console agent: conversationUpdated (the queue lists) and notificationAdded always; messageAdded
 * of every conversation it holds (routing gives it hand-offs; it takes over some bot conversations
 * itself), replying 1–3 s after each customer message, handing back after 20–60 s; creates a ticket
 * every 40–80 s (tagged for the bench's short SLA policy) and resolves half of them a minute or two
 * later; a heartbeat every 20 s.
 */
export class Agent {
  token = '';
  userId = '';
  client: Client | null = null;
  readonly held = new Map<string, Held>();
  /** Every messageAdded subscription this agent had (checked at the end). */
  readonly tracks: { conversationId: string; seqs: SeqTrack }[] = [];
  private tickets: { id: string; resolveAt: number }[] = [];

  constructor(
    readonly index: number,
    readonly api: ApiEndpoint,
    readonly email: string,
    private readonly w: World,
  ) {}

  private stopping = () => this.w.stopping;

  async open(password: string, tenantSlug: string): Promise<void> {
    const { rec } = this.w;
    const d = await call(rec, this.api.url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken user { id } } }', { i: { email: this.email, password, tenantSlug } }, null);
    if (!d) throw new Error(`agent ${this.email}: login failed (${rec.errorSamples.at(-1)})`);
    this.token = d.login.accessToken;
    this.userId = d.login.user.id;
    this.client = openSocket(rec, this.api.wsUrl, this.token, `agent ${this.index}`, this.stopping);
    subscribe<{ conversationUpdated: { id: string; status: string; assignee: { id: string } | null } }>(rec, this.client, 'console conversationUpdated', 'subscription { conversationUpdated { id status handler lastSeq assignee { id } } }', {}, (x) => this.onConversation(x.conversationUpdated), this.stopping);
    subscribe(rec, this.client, 'console notificationAdded', 'subscription { notificationAdded { id kind title } }', {}, () => rec.n.notifications++, this.stopping);
    await this.mutate('mutation { heartbeat { presence { availability } } }', {});
  }

  private mutate(query: string, variables: Record<string, unknown>, allow: string[] = []) {
    return call(this.w.rec, this.api.url, query, variables, this.token, allow);
  }

  private onConversation(c: { id: string; status: string; assignee: { id: string } | null }) {
    const mine = c.status === 'OPEN' && c.assignee?.id === this.userId;
    if (mine && !this.held.has(c.id)) this.hold(c.id);
    else if (!mine && this.held.has(c.id)) this.release(c.id);
  }

  private hold(conversationId: string) {
    const seqs = new SeqTrack();
    this.tracks.push({ conversationId, seqs });
    const h: Held = { seqs, unsubscribe: () => undefined, handBackAt: performance.now() + between(20_000, 60_000), replyPending: false };
    this.held.set(conversationId, h);
    h.unsubscribe = subscribe<{ messageAdded: { seq: number; author: string } }>(
      this.w.rec,
      this.client!,
      'console messageAdded',
      `subscription($c: ID!) { messageAdded(conversationId: $c, afterSeq: 0) { ${MESSAGE_FIELDS} } }`,
      { c: conversationId },
      (d) => {
        seqs.push(d.messageAdded.seq);
        if (d.messageAdded.author === 'CUSTOMER' && !h.replyPending) {
          h.replyPending = true;
          setTimeout(() => void this.reply(conversationId, h), between(1000, 3000));
        }
      },
      this.stopping,
    );
  }

  private release(conversationId: string) {
    const h = this.held.get(conversationId);
    if (!h) return;
    this.held.delete(conversationId);
    h.seqs.open = false;
    h.unsubscribe();
  }

  private async reply(conversationId: string, h: Held) {
    h.replyPending = false;
    if (this.w.stopping || this.held.get(conversationId) !== h) return;
    const clientMessageId = randomUUID();
    this.w.agentSentAt.set(clientMessageId, performance.now());
    // CONFLICT / FORBIDDEN: the conversation left us (handed back, reassigned) while the reply was on its way.
    const r = await this.mutate('mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }', { i: { conversationId, clientMessageId, body: `Thanks, I am on it (${this.index}).` } }, ['CONFLICT']);
    if (r) this.w.rec.n.agentReplies++;
    else this.w.agentSentAt.delete(clientMessageId);
  }

  async run(until: number): Promise<void> {
    let nextHeartbeat = performance.now() + 20_000;
    let nextTicket = performance.now() + between(5_000, 60_000);
    while (!this.w.stopping && performance.now() < until) {
      await sleep(between(2000, 4000));
      if (this.w.stopping) break;
      const now = performance.now();
      if (now >= nextHeartbeat) {
        nextHeartbeat = now + 20_000;
        if (await this.mutate('mutation { heartbeat { presence { availability } } }', {})) this.w.rec.n.heartbeats++;
      }
      for (const [id, h] of [...this.held]) {
        if (now < h.handBackAt) continue;
        const r = await this.mutate('mutation($i: ConversationIdInput!) { handBackConversation(input: $i) { conversation { id status } } }', { i: { conversationId: id } }, ['CONFLICT']);
        if (r) {
          this.w.rec.n.handBacks++;
          this.release(id);
        }
      }
      if (this.held.size < 2 && Math.random() < 0.15) await this.takeOver();
      if (now >= nextTicket) {
        nextTicket = now + between(40_000, 80_000);
        await this.createTicket();
      }
      for (const t of this.tickets.filter((x) => x.resolveAt <= now)) {
        this.tickets.splice(this.tickets.indexOf(t), 1);
        if (await this.mutate('mutation($i: TicketIdInput!) { resolveTicket(input: $i) { ticket { id } } }', { i: { id: t.id } })) this.w.rec.n.ticketsResolved++;
      }
    }
  }

  /** Take over a random customer's conversation (CONFLICT: another agent has it, a race). */
  private async takeOver() {
    const c = this.w.customers[Math.floor(Math.random() * this.w.customers.length)];
    if (!c?.conversationId || this.held.has(c.conversationId)) return;
    const r = await this.mutate('mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversation { id status assignee { id } } } }', { i: { conversationId: c.conversationId } }, ['CONFLICT']);
    if (r) {
      this.w.rec.n.takeOvers++;
      this.onConversation(r.takeOverConversation.conversation);
    }
  }

  private async createTicket() {
    const linked = [...this.held.keys()][0] ?? null;
    const r = await this.mutate('mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id number } } }', {
      i: { subject: `Load bench follow-up (${this.index})`, description: 'Created under load.', priority: Math.random() < 0.5 ? 'LOW' : 'MEDIUM', tags: ['loadbench'], assigneeId: this.userId, conversationId: linked, idempotencyKey: randomUUID() },
    });
    if (!r) return;
    this.w.rec.n.tickets++;
    if (Math.random() < 0.5) this.tickets.push({ id: r.createTicket.ticket.id, resolveAt: performance.now() + between(60_000, 120_000) });
  }
}

// ---------------------------------------------------------------------------------------------

/** A dashboard: `kpisUpdated`, each push timestamped with the figure the KPI probe moves. */
export class Dashboard {
  client: Client | null = null;
  readonly pushes: { at: number; conversationsToday: number }[] = [];

  constructor(
    readonly index: number,
    readonly api: ApiEndpoint,
    private readonly w: World,
  ) {}

  open(token: string): void {
    const stopping = () => this.w.stopping;
    this.client = openSocket(this.w.rec, this.api.wsUrl, token, `dashboard ${this.index}`, stopping);
    subscribe<{ kpisUpdated: { conversationsToday: number } }>(
      this.w.rec,
      this.client,
      'dashboard kpisUpdated',
      'subscription { kpisUpdated { conversationsToday waitingCustomers activeConversations humanHandledNow slaAtRisk slaBreached agentsOnline agents { userId activeConversations } } }',
      {},
      (d) => {
        this.w.rec.n.kpiPushes++;
        this.pushes.push({ at: performance.now(), conversationsToday: d.kpisUpdated.conversationsToday });
      },
      stopping,
    );
  }
}

/**
 * The KPI probe: customers who open a new conversation every 3 s between them, the only
 * conversations opened during the run, so `conversationsToday` counts them one by one: the k-th
 * one is visible on a dashboard at its first push showing base + k. They take turns, so each
 * starts one every PROBE_CUSTOMERS × 3 s (≈ 7 a minute): well inside the widget's per-customer
 * limit on new conversations (WIDGET_MESSAGES_PER_MINUTE, 20), which one customer starting one
 * every 3 s sat exactly on — and crossed whenever a slow answer bunched two starts together.
 */
const PROBE_CUSTOMERS = 3;

export class KpiProbe {
  readonly startedAt: number[] = [];
  private tokens: string[] = [];

  constructor(
    readonly api: ApiEndpoint,
    private readonly w: World,
  ) {}

  async open(widgetKey: string): Promise<void> {
    for (let i = 0; i < PROBE_CUSTOMERS; i++) {
      const s = await call(this.w.rec, this.api.url, 'mutation($i: StartWidgetSessionInput!) { startWidgetSession(input: $i) { token } }', { i: { widgetKey, name: `Load KPI probe ${i + 1}` } }, null);
      if (!s) throw new Error('KPI probe: no widget session');
      this.tokens.push(s.startWidgetSession.token);
    }
  }

  async run(until: number): Promise<void> {
    for (let k = 0; !this.w.stopping && performance.now() < until; k++) {
      const t0 = performance.now();
      const r = await call(this.w.rec, this.api.url, 'mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }', { i: { idempotencyKey: randomUUID(), subject: 'KPI probe' } }, this.tokens[k % this.tokens.length]);
      if (r) this.startedAt.push(t0);
      await sleep(3000 - (performance.now() - t0));
    }
  }

  /** Push delays (ms) at every dashboard: base + k first seen, minus the k-th start (starts from `from` on). */
  delays(dashboards: Dashboard[], base: number, from: number): { delays: number[]; unseen: number } {
    const delays: number[] = [];
    let unseen = 0;
    this.startedAt.forEach((t0, i) => {
      if (t0 < from) return;
      for (const d of dashboards) {
        const push = d.pushes.find((p) => p.at >= t0 && p.conversationsToday >= base + i + 1);
        if (push) delays.push(push.at - t0);
        else unseen++;
      }
    });
    return { delays, unseen };
  }
}
