// Rules on real tickets: domain events become rule triggers. Each event takes the tenant's rules
// (cached per instance, rules-cache.ts: no statement in the common case) and, when some rule
// listens or a time-based rule needs its timer moved, reads the subject's facts (one statement);
// then runRules applies what matched with the event actor's chain (the loop guard). Changes the
// rules make come back as events of actor RULE.
import type { AppServices } from '../../services.js';
import { listener, type ActorFacts, type AnyListener } from '../../events/domain-events.js';
import { ruleChainOf, type Occurrence } from './rule-evaluation.js';
import type { EventTriggerType, Rule } from './rule-language.js';
import { tenantRules } from './rules-cache.js';
import { conversationSubject, ticketSubject, type Subject } from './rule-facts.js';
import { listensToEvent, runRules, scheduleTimeRules } from './rule-runner.js';
import { storeEscalationPackage } from './escalation-package.js';

/** Ticket fields that are bookkeeping, not a change anyone made: the SLA clocks' and the escalation package. */
const BOOKKEEPING = new Set([
  'slaPolicyId', 'firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt', 'firstRespondedAt', 'slaFirstResponseState',
  'slaNextResponseState', 'slaResolutionState', 'slaState', 'slaPausedAt', 'escalationContext',
]);

interface Handling {
  /** The trigger to run, if the event is one. */
  trigger?: EventTriggerType;
  /** Whether the event can move a time anchor (reschedule the ticket's time-based rules). */
  anchors: boolean;
}

async function handle(services: AppServices, tenantId: string, read: () => Promise<Subject | null>, actor: ActorFacts, h: Handling): Promise<void> {
  const rules = await tenantRules(services, tenantId);
  const occurrence: Occurrence | null = h.trigger ? { kind: 'EVENT', event: h.trigger } : null;
  const run = occurrence !== null && listensToEvent(rules, occurrence);
  const timeRules = h.anchors ? rules.filter((r) => r.trigger.kind === 'TIME_BASED') : [];
  if (!run && !timeRules.length) return;
  const subject = await read();
  if (!subject) return;
  if (run) await runRules(services, tenantId, rules, subject, occurrence!, ruleChainOf(actor));
  if (timeRules.length) await scheduleTimeRules(services, tenantId, timeRules, subject);
}

export function automationListeners(services: AppServices): AnyListener[] {
  const onTicket = (tenantId: string, ticketId: string, actor: ActorFacts, h: Handling) =>
    handle(services, tenantId, () => ticketSubject(services.readPool, tenantId, ticketId, services.clock.now()), actor, h);
  const onConversation = (tenantId: string, conversationId: string, actor: ActorFacts, h: Handling) =>
    handle(services, tenantId, () => conversationSubject(services.readPool, tenantId, conversationId, services.clock.now()), actor, h);
  const system: ActorFacts = { kind: 'SYSTEM', id: null };

  return [
    listener({
      name: 'automation.ticket-created',
      on: 'ticket.created',
      handle: ({ tenantId, payload: p }) => onTicket(tenantId, p.ticketId, p.actor, { trigger: 'TICKET_CREATED', anchors: true }),
    }),
    listener({
      name: 'automation.ticket-updated',
      on: 'ticket.updated',
      handle({ tenantId, payload: p }) {
        // The SLA clocks' own bookkeeping (and the escalation package) is not a change to react to.
        if (p.actor.kind === 'SYSTEM' && p.changed.every((f) => BOOKKEEPING.has(f))) return;
        return onTicket(tenantId, p.ticketId, p.actor, { trigger: 'TICKET_UPDATED', anchors: true });
      },
    }),
    listener({
      name: 'automation.ticket-escalated',
      on: 'ticket.escalated',
      async handle({ tenantId, payload: p }) {
        // The TICKET_ESCALATED rules pick the target first; then the package records what they did.
        await onTicket(tenantId, p.ticketId, p.actor, { trigger: 'TICKET_ESCALATED', anchors: true });
        await storeEscalationPackage(services, tenantId, p.ticketId, p.reason);
      },
    }),
    listener({
      name: 'automation.ticket-sla-at-risk',
      on: 'ticket.sla_at_risk',
      handle: ({ tenantId, payload: p }) => onTicket(tenantId, p.ticketId, p.actor, { trigger: 'SLA_AT_RISK', anchors: false }),
    }),
    listener({
      name: 'automation.ticket-sla-breached',
      on: 'ticket.sla_breached',
      handle: ({ tenantId, payload: p }) => onTicket(tenantId, p.ticketId, p.actor, { trigger: 'SLA_BREACHED', anchors: false }),
    }),
    // Anchors only: an assignment ("assigned N minutes ago") or a reply ("no agent reply").
    listener({
      name: 'automation.ticket-assigned',
      on: 'ticket.assigned',
      handle: ({ tenantId, payload: p }) => onTicket(tenantId, p.ticketId, p.actor, { anchors: true }),
    }),
    listener({
      name: 'automation.ticket-commented',
      on: 'ticket.commented',
      handle: ({ tenantId, payload: p }) => onTicket(tenantId, p.ticketId, p.actor, { anchors: true }),
    }),
    listener({
      name: 'automation.conversation-handed-off',
      on: 'conversation.handed_off',
      handle: ({ tenantId, payload: p }) => onConversation(tenantId, p.conversationId, system, { trigger: 'CONVERSATION_HANDED_OFF', anchors: false }),
    }),
    listener({
      name: 'automation.message-created',
      on: 'message.created',
      lane: 'background', // usually no statement at all (cached rules), but a facts read when a rule listens
      handle({ tenantId, payload: p }) {
        // System lines ("X joined") are the conversation's bookkeeping, not a message anyone wrote.
        if (p.author === 'SYSTEM') return;
        const anchors = p.author === 'CUSTOMER' || (p.author === 'AGENT' && !p.private);
        return onConversation(tenantId, p.conversationId, system, { trigger: 'MESSAGE_CREATED', anchors });
      },
    }),
  ];
}
