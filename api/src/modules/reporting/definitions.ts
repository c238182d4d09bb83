// The KPI definitions (docs/kpis.md), as pure functions: given what the reporting module remembers
// of a conversation (`ConversationState`) and one fact (a domain event, normalised), decide the
// reporting_events rows to write, the state after, and the timers to schedule. No database, no
// clock: every instant comes from the fact (the domain event's `at`), so tests feed hand-computed
// times. reporting.writer.ts reads the state and writes the rows and the rollups in one statement.
//
// Chatwoot's reporting listener (app/listeners/reporting_event_listener.rb) is the model where it
// has a definition; what we do differently, and why, is said at each rule and in docs/kpis.md.
import { businessMsBetween, localToInstant, type SlaCalendar } from '../sla/business-time.js';

/** Metric names (= reporting_events.name = rollup metric). */
export const Metric = {
  CONVERSATION_OPENED: 'conversation_opened',
  FIRST_RESPONSE: 'first_response',
  REPLY: 'reply',
  RESOLUTION: 'resolution',
  BOT_HANDOFF: 'bot_handoff',
  BOT_RESOLVED: 'bot_resolved',
  REOPENED: 'reopened',
  TRANSFERRED: 'transferred',
  ESCALATED_TO_TICKET: 'escalated_to_ticket',
  CSAT_RECEIVED: 'csat_received',
  SLA_MET: 'sla_met',
  SLA_MISSED: 'sla_missed',
  AGENT_ONLINE: 'agent_online',
  AGENT_AWAY: 'agent_away',
  AGENT_BUSY: 'agent_busy',
  FCR: 'fcr',
  /** A conversation's first resolution (cycle 1): the denominator of FCR %. */
  FIRST_RESOLUTION: 'first_resolution',
  AI_RESOLVED_CONFIRMED: 'ai_resolved_confirmed',
  AI_RESOLVED_LEFT: 'ai_resolved_left',
  AI_RESOLVED_72H: 'ai_resolved_72h',
  /** A task was set to DONE (agent = its assignee, team = the assignee's team; value = creation → done). */
  TASK_DONE: 'task_done',
} as const;
export type Metric = (typeof Metric)[keyof typeof Metric];

/** A reopen within this long after a resolution breaks first-contact resolution and AI resolution (3). */
export const REOPEN_WINDOW_MS = 72 * 3600_000;
/** CSAT ratings that count as satisfied (and, on an AI-only conversation, as the customer confirming). */
export const SATISFIED_RATING = 4;

/** One reporting_events row to write (the tenant is the writer's). */
export interface EventRow {
  name: Metric;
  valueSeconds: number | null;
  valueBusinessSeconds: number | null;
  startedAt: Date | null;
  endedAt: Date;
  conversationId: string | null;
  ticketId: string | null;
  agentId: string | null;
  team: string | null;
  queueId: string | null;
  channel: string | null;
  attributes: Record<string, unknown>;
  /** Unique per tenant: the same fact handled twice writes once. */
  dedupeKey: string;
}

/** What the reporting module remembers of one conversation (reporting_conversations.state). */
export interface ConversationState {
  channel: string | null;
  queueId: string | null;
  /** Resolution cycle: 1 from creation, + 1 on every reopen. */
  cycle: number;
  cycleStartedAt: string;
  /** The later of the cycle's start and the last bot hand-off in it: first response counts from here. */
  frtAnchorAt: string;
  firstResponseDone: boolean;
  /** The customer waits for a human since (their first message no human answered yet); null: not waiting. */
  waitingSince: string | null;
  /** The assistant has the conversation (status BOT), since `botSince`. */
  inBot: boolean;
  botSince: string | null;
  resolved: boolean;
  /** Ever handed to humans / ever a person assigned or replying in public. */
  handedOff: boolean;
  humanInvolved: boolean;
  /** The last person who had it (assignee or public replier): CSAT and escalations go to them. */
  lastAgentId: string | null;
  lastPublicAuthor: 'CUSTOMER' | 'AI' | 'AGENT' | null;
  lastResolvedAt: string | null;
  /** A transfer or a ticket escalation in the first cycle, or a reopen within 72 h of its resolution. */
  fcrBroken: boolean;
  /** Cycles whose resolution was followed by a reopen within 72 h. */
  quickReopenCycles: number[];
}

/** What a conversation looks like before the reporting module saw it (rows older than the module). */
export interface ConversationRowFacts {
  createdAt: Date;
  channel: string | null;
  queueId: string | null;
  status: string;
  handler: string;
  assigneeId: string | null;
  reopenCount: number;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

export function initialState(c: ConversationRowFacts): ConversationState {
  const created = c.createdAt.toISOString();
  const resolved = c.status === 'RESOLVED' || c.status === 'CLOSED';
  const inBot = c.handler === 'AI' && !resolved;
  return {
    channel: c.channel,
    queueId: c.queueId,
    cycle: c.reopenCount + 1,
    cycleStartedAt: created,
    frtAnchorAt: created,
    firstResponseDone: c.reopenCount === 0 && !!c.firstResponseAt,
    waitingSince: null,
    inBot,
    botSince: inBot ? created : null,
    resolved,
    handedOff: c.handler === 'HUMAN',
    humanInvolved: !!c.assigneeId || !!c.firstResponseAt,
    lastAgentId: c.assigneeId,
    lastPublicAuthor: null,
    lastResolvedAt: c.resolvedAt ? c.resolvedAt.toISOString() : null,
    fcrBroken: c.reopenCount > 0,
    quickReopenCycles: [],
  };
}

/** What every decision needs besides the state: the business calendar (null = 24/7) and the agent's team. */
export interface DecideContext {
  conversationId: string;
  calendar: SlaCalendar;
  /** Team of the agent the row is about (the one the listener named, else the message author, else the last agent). */
  agentTeam: string | null;
}

export type ConversationFact =
  | { kind: 'created'; at: Date; channel: string; queueId: string | null; inBot: boolean }
  | { kind: 'message'; at: Date; messageId: string; author: 'CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM'; private: boolean; authorUserId: string | null }
  | {
      kind: 'transition';
      at: Date;
      eventId: string;
      event: 'conversation.handed_off' | 'conversation.assigned' | 'conversation.transferred' | 'conversation.handed_back' | 'conversation.resolved' | 'conversation.reopened' | 'conversation.closed';
      from: string;
      status: string;
      handler: 'AI' | 'HUMAN';
      assigneeId: string | null;
      queueId: string | null;
    }
  | { kind: 'escalated'; at: Date; ticketId: string }
  | { kind: 'rated'; at: Date; eventId: string; rating: number; extra?: Record<string, unknown> };

/**
 * A resolution that needs its 72 h decision (FCR, AI resolution (3)): the writer makes sure the
 * timer of its tenant's ten-minute bucket is scheduled; that timer decides every such resolution of the bucket.
 */
export interface AfterResolutionTimer {
  key: string;
  at: Date;
  data: AfterResolutionData;
}
export interface AfterResolutionData {
  cycle: number;
  resolvedAt: string;
  aiOnly: boolean;
  agentId: string | null;
  team: string | null;
  queueId: string | null;
  channel: string | null;
}

export interface Decision {
  state: ConversationState;
  rows: EventRow[];
  timers: AfterResolutionTimer[];
}

/** Seconds and business seconds in [a, b) (never negative: clocks of two instances may differ by a hair). */
export function durationOf(calendar: SlaCalendar, a: Date, b: Date): { valueSeconds: number; valueBusinessSeconds: number } {
  if (b.getTime() <= a.getTime()) return { valueSeconds: 0, valueBusinessSeconds: 0 };
  return { valueSeconds: (b.getTime() - a.getTime()) / 1000, valueBusinessSeconds: businessMsBetween(calendar, a, b) / 1000 };
}

const d = (iso: string) => new Date(iso);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/** A conversation with no person in it, ever: no hand-off, no assignee, no public human reply. */
export const isAiOnly = (s: ConversationState) => !s.handedOff && !s.humanInvolved;

/**
 * Decide one fact. Pure: the caller passes a copy-safe state (it is not mutated) and gets the
 * state after, the rows (each with its dedupe key) and the timers.
 */
export function decide(prev: ConversationState, fact: ConversationFact, ctx: DecideContext): Decision {
  const s: ConversationState = { ...prev, quickReopenCycles: [...prev.quickReopenCycles] };
  const rows: EventRow[] = [];
  const timers: AfterResolutionTimer[] = [];
  const conv = ctx.conversationId;
  const row = (name: Metric, endedAt: Date, key: string, more: Partial<EventRow> = {}): EventRow => ({
    name,
    valueSeconds: null,
    valueBusinessSeconds: null,
    startedAt: null,
    endedAt,
    conversationId: conv,
    ticketId: null,
    agentId: null,
    team: null,
    queueId: s.queueId,
    channel: s.channel,
    attributes: {},
    dedupeKey: key,
    ...more,
  });
  const span = (from: string, to: Date) => ({ startedAt: d(from), ...durationOf(ctx.calendar, d(from), to) });
  const agentFields = (agentId: string | null) => ({ agentId, team: agentId ? ctx.agentTeam : null });

  switch (fact.kind) {
    case 'created': {
      // The event is the truth of the conversation's start (a racing message may have built the
      // state from the row first: the event's instant wins, nothing else it set is lost).
      const at = fact.at.toISOString();
      s.channel = fact.channel;
      s.queueId = fact.queueId ?? s.queueId;
      if (s.cycle === 1) s.cycleStartedAt = at;
      if (s.cycle === 1 && !s.handedOff) {
        s.frtAnchorAt = at;
        s.inBot = fact.inBot;
        s.botSince = fact.inBot ? at : null;
      }
      rows.push(row(Metric.CONVERSATION_OPENED, fact.at, `conversation_opened:${conv}`));
      break;
    }

    case 'message': {
      // Internal notes and system lines are nobody's answer; only public messages count.
      if (fact.private || fact.author === 'SYSTEM') break;
      const at = fact.at.toISOString();
      if (fact.author === 'CUSTOMER') {
        s.lastPublicAuthor = 'CUSTOMER';
        if (!s.waitingSince) s.waitingSince = at;
        break;
      }
      if (fact.author === 'AI') {
        // The assistant answers while it has the conversation; it never counts as a response
        // (Chatwoot bug: bot replies counted as first response, #6548).
        s.lastPublicAuthor = 'AI';
        if (s.inBot) s.waitingSince = null;
        break;
      }
      // A person's public reply.
      s.lastPublicAuthor = 'AGENT';
      s.humanInvolved = true;
      const agentId = fact.authorUserId ?? s.lastAgentId;
      if (fact.authorUserId) s.lastAgentId = fact.authorUserId;
      if (!s.firstResponseDone) {
        // First response = first public human reply − the later of the cycle's start (creation or
        // reopen) and the last bot hand-off; one per cycle.
        rows.push(row(Metric.FIRST_RESPONSE, fact.at, `first_response:${conv}:${s.cycle}`, { ...span(s.frtAnchorAt, fact.at), ...agentFields(agentId), attributes: { cycle: s.cycle } }));
        s.firstResponseDone = true;
      }
      if (s.waitingSince) {
        // Reply time = reply − waiting since (the customer's first message no human answered yet,
        // never earlier than the hand-off: humans could not answer before they had it).
        rows.push(row(Metric.REPLY, fact.at, `reply:${fact.messageId}`, { ...span(s.waitingSince, fact.at), ...agentFields(agentId), attributes: { cycle: s.cycle } }));
      }
      s.waitingSince = null;
      break;
    }

    case 'transition': {
      const at = fact.at.toISOString();
      const toHumans = fact.handler === 'HUMAN' && (fact.status === 'WAITING' || fact.status === 'OPEN');
      const queueBefore = s.queueId;
      if (fact.queueId) s.queueId = fact.queueId;

      // Reopen: any transition out of RESOLVED into an open state (reopen, hand-off, take-over,
      // transfer of a resolved conversation all reopen it: the lifecycle counts each in reopenCount).
      if (s.resolved && fact.from === 'RESOLVED' && fact.status !== 'RESOLVED' && fact.status !== 'CLOSED') {
        const resolvedAt = s.lastResolvedAt ?? s.cycleStartedAt;
        const within = fact.at.getTime() - Date.parse(resolvedAt) < REOPEN_WINDOW_MS;
        const closedCycle = s.cycle;
        s.cycle += 1;
        rows.push(row(Metric.REOPENED, fact.at, `reopened:${conv}:${s.cycle}`, { ...span(resolvedAt, fact.at), attributes: { cycle: s.cycle, within72h: within } }));
        if (within) {
          s.quickReopenCycles.push(closedCycle);
          if (closedCycle === 1) s.fcrBroken = true;
        }
        s.resolved = false;
        s.cycleStartedAt = at;
        s.frtAnchorAt = at;
        s.firstResponseDone = false;
        // The assistant still has it if it had it when it was resolved (a customer asking for a
        // person after the bot resolved is then a reopen AND a hand-off, below).
        s.inBot = s.inBot || fact.handler === 'AI';
        s.botSince = s.inBot ? at : null;
        // Chatwoot bug: after a reopen the next reply was not a first response and resolution
        // time ran from creation. Here a reopen starts a new cycle with its own of both.
      }

      // Bot hand-off: the assistant had it, now humans do (asked for, failed, taken over, or
      // transferred from the bot). First response counts from here (Chatwoot #6418 fixed: the
      // bot's time is not the agents' time), and the customer waits for a human from here.
      if (s.inBot && toHumans) {
        const since = s.botSince ?? s.cycleStartedAt;
        rows.push(row(Metric.BOT_HANDOFF, fact.at, `bot_handoff:${conv}:${s.cycle}:${fact.at.getTime()}`, { ...span(since, fact.at), attributes: { cycle: s.cycle } }));
        s.inBot = false;
        s.botSince = null;
        s.handedOff = true;
        if (!s.firstResponseDone) s.frtAnchorAt = later(s.frtAnchorAt, at);
        s.waitingSince = s.waitingSince ? later(s.waitingSince, at) : at;
      }

      if (fact.event === 'conversation.handed_back') {
        s.inBot = true;
        s.botSince = at;
        s.waitingSince = null;
      }

      // A transfer between humans (a move out of the bot is a hand-off, above).
      if (fact.event === 'conversation.transferred' && fact.from !== 'BOT') {
        rows.push(row(Metric.TRANSFERRED, fact.at, `transferred:${fact.eventId}`, { ...agentFields(fact.assigneeId), attributes: { cycle: s.cycle, fromQueueId: queueBefore } }));
        if (s.cycle === 1) s.fcrBroken = true;
      }

      if (fact.assigneeId && fact.handler === 'HUMAN') {
        s.lastAgentId = fact.assigneeId;
        s.humanInvolved = true;
      }

      // Resolution (a close of an unresolved conversation counts as its resolution).
      if ((fact.event === 'conversation.resolved' || fact.event === 'conversation.closed') && !s.resolved && fact.from !== 'RESOLVED') {
        const aiOnly = isAiOnly(s);
        const agentId = fact.handler === 'HUMAN' ? fact.assigneeId ?? null : null;
        const by = fact.event === 'conversation.closed' ? 'close' : 'resolve';
        const base = { ...span(s.cycleStartedAt, fact.at), ...agentFields(agentId) };
        rows.push(row(Metric.RESOLUTION, fact.at, `resolution:${conv}:${s.cycle}`, { ...base, attributes: { cycle: s.cycle, aiOnly, by } }));
        // FCR % = fcr ÷ first_resolution: the rollups keep no cycle, so the first one is its own metric.
        if (s.cycle === 1) rows.push(row(Metric.FIRST_RESOLUTION, fact.at, `first_resolution:${conv}`, { ...base, attributes: { aiOnly, by } }));
        if (s.inBot) {
          // The assistant had it when it ended (in this cycle): Chatwoot's conversation_bot_resolved.
          rows.push(row(Metric.BOT_RESOLVED, fact.at, `bot_resolved:${conv}:${s.cycle}`, { ...span(s.cycleStartedAt, fact.at), attributes: { cycle: s.cycle } }));
        }
        if (aiOnly && s.lastPublicAuthor !== 'CUSTOMER') {
          // AI resolution (2), Intercom's: the customer left without asking for more — an AI-only
          // conversation ended (by inactivity, by the customer, by anyone) with the assistant's answer last.
          rows.push(row(Metric.AI_RESOLVED_LEFT, fact.at, `ai_resolved_left:${conv}:${s.cycle}`, { attributes: { cycle: s.cycle, by } }));
        }
        s.resolved = true;
        s.lastResolvedAt = at;
        s.waitingSince = null;
        // The 72 h decision, only where there is one to make (a transfer or an escalation in the
        // first cycle already ruled FCR out; an escalation inside the window is checked when it fires).
        if ((s.cycle === 1 && !s.fcrBroken) || aiOnly) {
          timers.push({
            key: `${conv}:${s.cycle}`,
            at: new Date(fact.at.getTime() + REOPEN_WINDOW_MS),
            data: { cycle: s.cycle, resolvedAt: at, aiOnly, agentId, team: base.team, queueId: s.queueId, channel: s.channel },
          });
        }
      }
      break;
    }

    case 'escalated': {
      rows.push(row(Metric.ESCALATED_TO_TICKET, fact.at, `escalated_to_ticket:${fact.ticketId}`, { ticketId: fact.ticketId, ...agentFields(s.lastAgentId), attributes: { cycle: s.cycle } }));
      if (s.cycle === 1) s.fcrBroken = true;
      break;
    }

    case 'rated': {
      const aiOnly = isAiOnly(s);
      const agentId = aiOnly ? null : s.lastAgentId;
      rows.push(row(Metric.CSAT_RECEIVED, fact.at, `csat_received:${fact.eventId}`, { ...agentFields(agentId), attributes: { ...(fact.extra ?? {}), rating: fact.rating, aiOnly, cycle: s.cycle } }));
      if (aiOnly && fact.rating >= SATISFIED_RATING) {
        // AI resolution (1): the customer confirmed — a satisfied rating of an AI-only conversation
        // (the product has no other "that helped" signal).
        rows.push(row(Metric.AI_RESOLVED_CONFIRMED, fact.at, `ai_resolved_confirmed:${conv}:${s.cycle}`, { attributes: { cycle: s.cycle, rating: fact.rating } }));
      }
      break;
    }
  }
  return { state: s, rows, timers };
}

/**
 * 72 h after a resolution: first-contact resolution (first cycle; no transfer, no escalation to a
 * ticket, no reopen within 72 h — a later reopen does not undo it) and AI resolution (3): an
 * AI-only resolution not reopened within 72 h (Zendesk's window). Rows carry the resolution's
 * instant, so they land on the resolution's day. Idempotent by their dedupe keys.
 */
export function decideAfterResolution(s: ConversationState, data: AfterResolutionData, conversationId: string): EventRow[] {
  const rows: EventRow[] = [];
  const resolvedAt = new Date(data.resolvedAt);
  const reopenedQuickly = s.quickReopenCycles.includes(data.cycle);
  const base = { valueSeconds: null, valueBusinessSeconds: null, startedAt: null, endedAt: resolvedAt, conversationId, ticketId: null, queueId: data.queueId, channel: data.channel };
  if (data.cycle === 1 && !s.fcrBroken && !reopenedQuickly) {
    rows.push({ ...base, name: Metric.FCR, agentId: data.agentId, team: data.team, attributes: { aiOnly: data.aiOnly }, dedupeKey: `fcr:${conversationId}` });
  }
  if (data.aiOnly && !reopenedQuickly) {
    rows.push({ ...base, name: Metric.AI_RESOLVED_72H, agentId: null, team: null, attributes: { cycle: data.cycle }, dedupeKey: `ai_resolved_72h:${conversationId}:${data.cycle}` });
  }
  return rows;
}

/** The tenant's local calendar date (YYYY-MM-DD) of instant `t`. */
export function localDay(tz: string, t: Date): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
  return p;
}

/** Local midnights strictly inside (a, b), in order: where a span is cut so each piece is on one local day. */
export function localMidnightsBetween(tz: string, a: Date, b: Date): Date[] {
  const out: Date[] = [];
  let day = localDay(tz, a);
  for (let i = 0; i < 3700; i++) {
    const [y, m, dd] = day.split('-').map(Number);
    const next = new Date(Date.UTC(y, m - 1, dd + 1));
    const nextDay = { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
    const midnight = localToInstant(tz, nextDay, 0, 'first');
    if (midnight >= b.getTime()) break;
    if (midnight > a.getTime()) out.push(new Date(midnight));
    day = `${nextDay.y}-${String(nextDay.m).padStart(2, '0')}-${String(nextDay.d).padStart(2, '0')}`;
  }
  return out;
}

const SPAN_METRIC = { ONLINE: Metric.AGENT_ONLINE, AWAY: Metric.AGENT_AWAY, BUSY: Metric.AGENT_BUSY } as const;
export type Availability = 'ONLINE' | 'AWAY' | 'BUSY' | 'OFFLINE';

/**
 * An availability span closed at `end`: one row per local day it touches (cut at the tenant's
 * local midnights), so "online time per agent per day" is a plain daily rollup. OFFLINE is not a span.
 */
export function spanRows(o: { tz: string; calendar: SlaCalendar; userId: string; team: string | null; availability: Availability; startedAt: Date; endedAt: Date }): EventRow[] {
  if (o.availability === 'OFFLINE' || o.endedAt.getTime() <= o.startedAt.getTime()) return [];
  const cuts = [o.startedAt, ...localMidnightsBetween(o.tz, o.startedAt, o.endedAt), o.endedAt];
  const rows: EventRow[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    rows.push({
      name: SPAN_METRIC[o.availability],
      ...durationOf(o.calendar, cuts[i], cuts[i + 1]),
      startedAt: cuts[i],
      endedAt: cuts[i + 1],
      conversationId: null,
      ticketId: null,
      agentId: o.userId,
      team: o.team,
      queueId: null,
      channel: null,
      attributes: { spanStartedAt: o.startedAt.toISOString(), piece: i },
      dedupeKey: `${SPAN_METRIC[o.availability]}:${o.userId}:${o.startedAt.getTime()}:${i}`,
    });
  }
  return rows;
}
