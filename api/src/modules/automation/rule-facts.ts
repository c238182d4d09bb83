// The facts a rule reads (RuleFacts) for real tickets and conversations, in ONE statement per
// evaluation: the ticket row, its contact, its conversation, SLA state and the instants the
// time anchors count from (ticket events and conversation messages aggregated per subject). The
// same statement serves one ticket (an event, a timer), one conversation (its newest ticket if it
// has one) and the last N tickets / conversations of a tenant (simulation).
// `now.businessHours` needs the calendar: it is filled only when a rule asks (withBusinessHours).
import type { ReadPool } from '../../db/read-pool.js';
import { isOpenAt } from '../sla/sla.reads.js';
import type { RuleFacts } from './rule-evaluation.js';
import type { Condition, Rule, RulePriority, TimeAnchor } from './rule-language.js';

/** One ticket or conversation as rules see it. */
export interface Subject {
  ticketId: string | null;
  ticketNumber: number | null;
  conversationId: string | null;
  /** The ticket's subject, else the conversation's. */
  title: string | null;
  status: string | null;
  queueId: string | null;
  facts: RuleFacts;
  /** The instants the TIME_BASED anchors count from (null: never happened). */
  anchors: Record<TimeAnchor, Date | null>;
}

interface Row extends Record<string, unknown> {
  ticket_id: string | null;
  number: number | null;
  t_subject: string | null;
  status: string | null;
  priority: RulePriority | null;
  category: string | null;
  intent: string | null;
  rag_confidence: number | null;
  auto_resolve_attempts: number | null;
  sla_state: string | null;
  sla_any: string[] | null;
  tags: string[] | null;
  channel: string | null;
  queue_id: string | null;
  assignee_id: string | null;
  created_at: Date | null;
  updated_at: Date | null;
  vip: boolean | null;
  email: string | null;
  conversation_id: string | null;
  c_subject: string | null;
  c_channel: string | null;
  c_status: string | null;
  c_handler: string | null;
  c_queue_id: string | null;
  sentiment: string | null;
  agent_reply_at: Date | null;
  customer_comment_at: Date | null;
  assigned_at: Date | null;
  agent_message_at: Date | null;
  customer_message_at: Date | null;
}

/**
 * `subjects` yields (ticket_id, conversation_id, ord) of the tenant `$1`; everything else is joined
 * here, always with the tenant predicate.
 */
const factsSql = (subjects: string) => `
  with s as (${subjects})
  select t.id::text as ticket_id, t.number, t.subject as t_subject, t.status, t.priority, t.category, t.intent,
         t.rag_confidence, t.auto_resolve_attempts, t.sla_state,
         array_remove(array[t.sla_first_response_state, t.sla_next_response_state, t.sla_resolution_state, t.sla_state], null) as sla_any,
         t.tags, t.channel, t.queue_id::text as queue_id, t.assignee_id::text as assignee_id, t.created_at, t.updated_at,
         k.vip, k.email,
         c.id::text as conversation_id, c.subject as c_subject, c.channel as c_channel, c.status as c_status, c.handler as c_handler,
         c.queue_id::text as c_queue_id, c.classification->>'sentiment' as sentiment,
         ev.agent_reply_at, ev.customer_comment_at, ev.assigned_at, m.agent_message_at, m.customer_message_at
    from s
    left join tickets t on t.id = s.ticket_id and t.tenant_id = $1
    left join conversations c on c.id = coalesce(t.conversation_id, s.conversation_id) and c.tenant_id = $1
    left join contacts k on k.id = coalesce(t.contact_id, c.contact_id) and k.tenant_id = $1
    left join lateral (
      select max(e.at) filter (where e.action = 'COMMENTED' and e.public and e.actor_kind in ('USER', 'API_KEY')) as agent_reply_at,
             max(e.at) filter (where e.actor_kind = 'CONTACT') as customer_comment_at,
             max(e.at) filter (where e.after ? 'assigneeId' and e.after->>'assigneeId' is not null) as assigned_at
        from ticket_events e where e.ticket_id = t.id
    ) ev on true
    left join lateral (
      select max(ms.created_at) filter (where ms.author = 'AGENT' and not ms.private) as agent_message_at,
             max(ms.created_at) filter (where ms.author = 'CUSTOMER') as customer_message_at
        from messages ms where ms.conversation_id = c.id and ms.tenant_id = $1
    ) m on true
   where t.id is not null or c.id is not null
   order by s.ord`;

const ONE_TICKET = factsSql(`select id as ticket_id, null::uuid as conversation_id, 0 as ord from tickets where tenant_id = $1 and id = $2::uuid`);
const ONE_CONVERSATION = factsSql(`
  select (select x.id from tickets x where x.tenant_id = $1 and x.conversation_id = $2::uuid order by x.created_at desc, x.id desc limit 1) as ticket_id,
         $2::uuid as conversation_id, 0 as ord`);
const LAST_TICKETS = factsSql(`
  select id as ticket_id, null::uuid as conversation_id, row_number() over (order by created_at desc, id desc) as ord
    from tickets where tenant_id = $1 order by created_at desc, id desc limit $2`);
/** Conversations that have no ticket (those with one are covered by the ticket list). */
const LAST_TICKETLESS_CONVERSATIONS = factsSql(`
  select null::uuid as ticket_id, c.id as conversation_id, row_number() over (order by c.created_at desc, c.id desc) as ord
    from conversations c
   where c.tenant_id = $1 and not exists (select 1 from tickets x where x.tenant_id = $1 and x.conversation_id = c.id)
   order by c.created_at desc, c.id desc limit $2`);

const latest = (...ds: (Date | null)[]) => ds.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
const minutesSince = (now: Date, d: Date | null) => (d ? Math.max(0, (now.getTime() - d.getTime()) / 60_000) : null);

function toSubject(r: Row, now: Date): Subject {
  const hasTicket = !!r.ticket_id;
  const anchors: Record<TimeAnchor, Date | null> = {
    TICKET_CREATED: r.created_at,
    TICKET_UPDATED: r.updated_at,
    LAST_CUSTOMER_MESSAGE: latest(r.customer_comment_at, r.customer_message_at),
    LAST_AGENT_REPLY: latest(r.agent_reply_at, r.agent_message_at),
    // Only while someone has it: an unassigned ticket has no "assigned N minutes ago".
    ASSIGNED: r.assignee_id ? r.assigned_at : null,
  };
  const facts: RuleFacts = {
    ticket: hasTicket
      ? {
          priority: r.priority,
          status: r.status,
          category: r.category,
          intent: r.intent,
          ragConfidence: r.rag_confidence,
          autoResolveAttempts: r.auto_resolve_attempts,
          slaState: r.sla_state,
          tags: r.tags ?? [],
          channel: r.channel,
          queueId: r.queue_id,
          assigneeId: r.assignee_id,
          subject: r.t_subject,
        }
      : null,
    contact: r.vip === null && r.email === null ? null : { vip: r.vip, email: r.email },
    conversation: r.conversation_id ? { sentiment: r.sentiment, handler: r.c_handler, status: r.c_status } : null,
    now: {},
    // At risk or worse: a breached target is still one to act on.
    sla: hasTicket ? { atRisk: (r.sla_any ?? []).some((s) => s === 'AT_RISK' || s === 'BREACHED') } : null,
    minutesSince: {
      ticketCreated: minutesSince(now, anchors.TICKET_CREATED),
      ticketUpdated: minutesSince(now, anchors.TICKET_UPDATED),
      lastCustomerMessage: minutesSince(now, anchors.LAST_CUSTOMER_MESSAGE),
      lastAgentReply: minutesSince(now, anchors.LAST_AGENT_REPLY),
      assigned: minutesSince(now, anchors.ASSIGNED),
    },
  };
  return {
    ticketId: r.ticket_id,
    ticketNumber: r.number,
    conversationId: r.conversation_id,
    title: r.t_subject ?? r.c_subject,
    status: hasTicket ? r.status : r.c_status,
    queueId: hasTicket ? r.queue_id : r.c_queue_id,
    facts,
    anchors,
  };
}

export async function ticketSubject(db: ReadPool, tenantId: string, ticketId: string, now: Date): Promise<Subject | null> {
  const [row] = await db.scopedQuery<Row>({ kind: 'tenant', tenantId }, ONE_TICKET, [ticketId]);
  return row ? toSubject(row, now) : null;
}

/** A conversation with its newest ticket's facts (when it has a ticket, rules act on that ticket). */
export async function conversationSubject(db: ReadPool, tenantId: string, conversationId: string, now: Date): Promise<Subject | null> {
  const [row] = await db.scopedQuery<Row>({ kind: 'tenant', tenantId }, ONE_CONVERSATION, [conversationId]);
  return row ? toSubject(row, now) : null;
}

/** The tenant's newest `n` tickets, newest first (simulation). */
export async function lastTicketSubjects(db: ReadPool, tenantId: string, n: number, now: Date): Promise<Subject[]> {
  return (await db.scopedQuery<Row>({ kind: 'tenant', tenantId }, LAST_TICKETS, [n])).map((r) => toSubject(r, now));
}

/** The tenant's newest `n` conversations without a ticket, newest first (simulation). */
export async function lastTicketlessConversationSubjects(db: ReadPool, tenantId: string, n: number, now: Date): Promise<Subject[]> {
  return (await db.scopedQuery<Row>({ kind: 'tenant', tenantId }, LAST_TICKETLESS_CONVERSATIONS, [n])).map((r) => toSubject(r, now));
}

function mentionsBusinessHours(c: Condition): boolean {
  if ('all' in c) return c.all.some(mentionsBusinessHours);
  if ('any' in c) return c.any.some(mentionsBusinessHours);
  if ('not' in c) return mentionsBusinessHours(c.not);
  return c.field === 'now.businessHours';
}

/**
 * Fill `now.businessHours` on the subjects when one of `rules` reads it (the calendar of each
 * subject's queue, else the tenant default; one read per distinct queue).
 */
export async function withBusinessHours(db: ReadPool, tenantId: string, rules: readonly Rule[], subjects: Subject[], now: Date): Promise<void> {
  if (!rules.some((r) => mentionsBusinessHours(r.conditions))) return;
  const open = new Map<string, Promise<boolean>>();
  for (const s of subjects) {
    const key = s.queueId ?? '';
    if (!open.has(key)) open.set(key, isOpenAt(db, tenantId, s.queueId, now));
    s.facts.now = { businessHours: await open.get(key)! };
  }
}
