// The clock of the open tickets of a conversation when the customer writes in it or an agent
// answers there (sla.listeners.ts). Two savings on what every such message cost (session 10: a
// read per message, then for each open ticket a locked sync of ≈ 9 statements and ORM work):
//   - "this conversation has no open ticket" is remembered per instance (most have none). Whenever
//     a conversation may have gained one — a ticket created for it, reopened, escalated, or
//     changed in status or conversation — the instance that committed it forgets the "none" at once
//     and, through CONVERSATION_TICKET_OPEN, so does every other instance (InvalidatedCache: read
//     through while Redis is down, emptied when an outage ends, 60 s at most per entry). Answers
//     with tickets are never remembered.
//   - the read brings each open ticket's clock inputs, its SLA columns and its timers, and the plan
//     is made in memory first: when it would change nothing (a customer's second message while the
//     clock already waits for a reply, an agent's second reply) no locked sync runs — it would have
//     read the same rows and written nothing. A change committed meanwhile syncs through its own
//     event, as before.
import type { AppServices } from '../../services.js';
import { listenerCache } from '../../events/listener-cache.js';
import { Topic } from '../../events/topics.js';
import { SLA_TIMER_KIND, iso, syncTicketSla, toPauses } from './ticket-sla.js';
import { allTimerKeys, planTicketSla, type SlaCause, type TicketSlaInput } from './ticket-sla-plan.js';
import { slaSetupOf } from './setup-cache.js';

/** An open ticket of the conversation as its clock stands. */
interface OpenTicket {
  input: TicketSlaInput;
  /** The SLA columns now (what a sync would patch). */
  columns: Record<string, Date | string | null>;
  /** Its scheduled SLA timers: key → version. */
  timers: Map<string, string>;
}

interface Row extends Record<string, unknown> {
  id: string;
  status: TicketSlaInput['status'];
  priority: string;
  queue_id: string | null;
  tags: string[] | null;
  vip: boolean;
  created_at: Date;
  first_responded_at: Date | null;
  sla_policy_id: string | null;
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  sla_first_response_state: string | null;
  sla_next_response_state: string | null;
  sla_resolution_state: string | null;
  sla_state: string | null;
  sla_paused_at: Date | null;
  awaiting_reply_since: Date | null;
  pauses: { from: string; to: string | null }[] | null;
  timers: { key: string; version: string }[] | null;
}

/** `timerKey(id, target, phase)` is the id and a suffix per target and phase. */
const KEY_SUFFIXES = allTimerKeys('');
const READ = `
  select t.id::text, t.status, t.priority, t.queue_id::text as queue_id, t.tags, coalesce(k.vip, false) as vip, t.created_at, t.first_responded_at,
         t.sla_policy_id::text as sla_policy_id, t.first_response_due_at, t.next_response_due_at, t.resolution_due_at,
         t.sla_first_response_state, t.sla_next_response_state, t.sla_resolution_state, t.sla_state, t.sla_paused_at,
         s.awaiting_reply_since, s.pauses,
         (select json_agg(json_build_object('key', m.key, 'version', m.version)) from timers m
           where m.tenant_id = $1 and m.kind = '${SLA_TIMER_KIND}' and m.key = any(array[${KEY_SUFFIXES.map((k) => `t.id::text || '${k}'`).join(', ')}])) as timers
    from tickets t
    left join contacts k on k.id = t.contact_id and k.tenant_id = t.tenant_id
    left join sla_ticket_clocks s on s.ticket_id = t.id
   where t.tenant_id = $1 and t.conversation_id = $2 and t.status in ('OPEN', 'PENDING', 'ESCALATED')`;

function toOpenTicket(r: Row): OpenTicket {
  return {
    input: {
      ticketId: r.id,
      status: r.status,
      priority: r.priority,
      queueId: r.queue_id,
      tags: r.tags ?? [],
      vip: r.vip,
      createdAt: r.created_at,
      firstRespondedAt: r.first_responded_at,
      slaPolicyId: r.sla_policy_id,
      due: { FIRST_RESPONSE: r.first_response_due_at, NEXT_RESPONSE: r.next_response_due_at, RESOLUTION: r.resolution_due_at },
      state: { FIRST_RESPONSE: r.sla_first_response_state, NEXT_RESPONSE: r.sla_next_response_state, RESOLUTION: r.sla_resolution_state },
      awaitingReplySince: r.awaiting_reply_since,
      pauses: toPauses(r.pauses),
    },
    columns: {
      slaPolicyId: r.sla_policy_id,
      firstResponseDueAt: r.first_response_due_at,
      nextResponseDueAt: r.next_response_due_at,
      resolutionDueAt: r.resolution_due_at,
      firstRespondedAt: r.first_responded_at,
      slaFirstResponseState: r.sla_first_response_state,
      slaNextResponseState: r.sla_next_response_state,
      slaResolutionState: r.sla_resolution_state,
      slaState: r.sla_state,
      slaPausedAt: r.sla_paused_at,
    },
    timers: new Map((r.timers ?? []).map((x) => [x.key, x.version])),
  };
}

const same = (a: unknown, b: unknown) => (a instanceof Date || b instanceof Date ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime() : a === b);
const pausesJson = (ps: TicketSlaInput['pauses']) => JSON.stringify(ps.map((p) => ({ from: iso(p.from), to: iso(p.to) })));

/** Whether syncing the ticket after `cause` now would write nothing: no SLA column, clock row or timer would change. */
export function syncChangesNothing(t: OpenTicket, plan: ReturnType<typeof planTicketSla>): boolean {
  for (const [field, value] of Object.entries(plan.patch)) if (!same(value, t.columns[field])) return false;
  if (iso(plan.awaitingReplySince) !== iso(t.input.awaitingReplySince) || pausesJson(plan.pauses) !== pausesJson(t.input.pauses)) return false;
  if (plan.timers.length !== t.timers.size) return false;
  return plan.timers.every((w) => t.timers.get(w.key) === w.version);
}

const openTickets = listenerCache<typeof Topic.CONVERSATION_TICKET_OPEN, OpenTicket[]>({
  topic: Topic.CONVERSATION_TICKET_OPEN,
  key: (p) => `${p.tenantId}:${p.conversationId}`,
  load: async (services, { tenantId, conversationId }) => (await services.readPool.query<Row>(READ, [tenantId, conversationId])).map(toOpenTicket),
  keep: (tickets) => tickets.length === 0, // only "none" is remembered
  ttlMs: 60_000,
  max: 50_000,
  label: 'sla: conversation tickets',
});

/** The conversation's open tickets (OPEN, PENDING, ESCALATED) with their clocks; "none" is remembered. */
export const openTicketsOf = (services: AppServices, tenantId: string, conversationId: string): Promise<OpenTicket[]> => openTickets.get(services, { tenantId, conversationId });

/** A message in the conversation moved the clocks of its open tickets (`cause`): sync those it changes. */
export async function conversationMessageClock(services: AppServices, tenantId: string, conversationId: string, cause: SlaCause): Promise<void> {
  const tickets = await openTicketsOf(services, tenantId, conversationId);
  if (!tickets.length) return;
  const setup = await slaSetupOf(services, tenantId);
  for (const t of tickets) {
    if (syncChangesNothing(t, planTicketSla(t.input, setup, services.clock.now(), cause))) continue;
    await syncTicketSla(services, tenantId, t.input.ticketId, cause, setup);
  }
}

/** After commit: the conversation may have an open ticket now (this instance at once, the others on the event). */
export const conversationTicketOpen = (services: AppServices, tenantId: string, conversationId: string): void => openTickets.changed(services, { tenantId, conversationId });

/** Module start (with LISTENER_CACHES off, never trusted: every message reads). */
export const startConversationTickets = openTickets.start;

/** The instance's cache (tests). */
export const conversationTicketsCacheOf = openTickets.cacheOf;
