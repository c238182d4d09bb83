// What an escalated ticket carries for the person who takes it (`tickets.escalation_context`):
// the conversation package of tickets/escalation-context.ts (transcript, classification, every
// retrieval attempt with its scores, the customer), plus what was done so far — the rules that ran
// on the ticket and its history — and the escalation itself. Written after the TICKET_ESCALATED
// rules ran, so it includes what they did.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { DomainError } from '../../errors.js';
import { packageConversation } from '../tickets/escalation-context.js';
import { changeTicket } from '../tickets/ticket.service.js';

/** Newest history entries and rule runs kept in the package. */
const HISTORY_LIMIT = 100;

interface TicketHead extends Record<string, unknown> {
  conversation_id: string | null;
  category: string | null;
  intent: string | null;
  priority: string;
  contact_id: string | null;
  name: string | null;
  email: string | null;
  external_id: string | null;
  vip: boolean | null;
  attributes: Record<string, unknown> | null;
}

/** Drop the package itself from history entries (each would otherwise nest the previous one). */
const withoutContext = (o: Record<string, unknown> | null) => (o ? Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'escalationContext')) : null);

export async function packageEscalation(services: AppServices, tenantId: string, ticketId: string, reason: string): Promise<Record<string, unknown> | null> {
  const scope = { kind: 'tenant' as const, tenantId };
  const [head] = await services.readPool.scopedQuery<TicketHead>(
    scope,
    `select t.conversation_id::text as conversation_id, t.category, t.intent, t.priority, t.contact_id::text as contact_id,
            k.name, k.email, k.external_id, k.vip, k.attributes
       from tickets t left join contacts k on k.id = t.contact_id and k.tenant_id = t.tenant_id
      where t.tenant_id = $1 and t.id = $2::uuid`,
    [ticketId],
  );
  if (!head) return null;
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  const [conversation, events, runs] = await Promise.all([
    head.conversation_id ? packageConversation(em, tenantId, head.conversation_id).then((f) => f.context).catch(() => null) : Promise.resolve(null),
    services.readPool.scopedQuery<Record<string, unknown>>(
      scope,
      `select ticket_version, action, actor_kind, actor_id::text as actor_id, before, after, comment, public, at
         from ticket_events where tenant_id = $1 and ticket_id = $2::uuid order by ticket_version desc limit ${HISTORY_LIMIT}`,
      [ticketId],
    ),
    services.readPool.scopedQuery<Record<string, unknown>>(
      scope,
      `select r.rule_id::text as rule_id, a.name as rule_name, r.trigger, r.matched, r.actions_applied, r.at
         from automation_rule_runs r join automation_rules a on a.id = r.rule_id
        where r.tenant_id = $1 and r.subject_kind = 'TICKET' and r.subject_id = $2::uuid and r.matched
        order by r.at desc limit ${HISTORY_LIMIT}`,
      [ticketId],
    ),
  ]);
  const customer = head.contact_id
    ? { contactId: head.contact_id, name: head.name, email: head.email, externalId: head.external_id, vip: !!head.vip, attributes: head.attributes ?? {} }
    : (conversation?.customer ?? null);
  return {
    ...(conversation ?? { conversationId: null, transcript: [], transcriptTruncated: false, retrievalAttempts: [], handoff: null }),
    classification: conversation?.classification ?? { category: head.category, intent: head.intent, priority: head.priority },
    customer,
    escalation: { reason, at: services.clock.now().toISOString() },
    actionsSoFar: {
      ruleRuns: runs.reverse().map((r) => ({ ruleId: r.rule_id, ruleName: r.rule_name, trigger: r.trigger, actions: r.actions_applied, at: r.at })),
      ticketEvents: events.reverse().map((e) => ({
        version: e.ticket_version,
        action: e.action,
        actorKind: e.actor_kind,
        actorId: e.actor_id,
        before: withoutContext(e.before as Record<string, unknown> | null),
        after: withoutContext(e.after as Record<string, unknown> | null),
        comment: e.comment,
        public: e.public,
        at: e.at,
      })),
    },
    packagedAt: new Date().toISOString(),
  };
}

/** Package and store it on the ticket (actor SYSTEM: a bookkeeping change no rule reacts to). */
export async function storeEscalationPackage(services: AppServices, tenantId: string, ticketId: string, reason: string): Promise<void> {
  const context = await packageEscalation(services, tenantId, ticketId, reason);
  if (!context) return;
  try {
    await changeTicket(services, tenantId, ticketId, { kind: 'SYSTEM', id: null }, { escalationContext: context });
  } catch (err) {
    // Closed in the meantime: nothing to hand over any more.
    if (!(err instanceof DomainError)) throw err;
  }
}
