// The five escalation rules of the original design, as data (pure). Every tenant starts with them
// (provisioning, and the migration for tenants that existed before). All are first-match-wins and
// run when a ticket is created or escalated — the two moments the original routing lambdas ran —
// not on every update, so they never fight an agent who moved a ticket by hand. The SLA rule also
// runs when an SLA target becomes at risk.
import type { RuleDefinition } from './rule-language.js';

/** The queues the defaults route to, created per tenant when missing (by these names). */
export const DEFAULT_QUEUE_NAMES = {
  seniorSupport: 'Senior support',
  escalations: 'Escalations',
  tier2: 'Tier 2',
  technicalSupport: 'Technical support',
} as const;
export type DefaultQueueKey = keyof typeof DEFAULT_QUEUE_NAMES;

export interface DefaultRule extends RuleDefinition {
  name: string;
  description: string;
  position: number;
  stopProcessing: true;
  enabled: true;
}

export function defaultRules(queues: Record<DefaultQueueKey, string>): DefaultRule[] {
  const onTicket = { kind: 'EVENT', events: ['TICKET_CREATED', 'TICKET_ESCALATED'] } as const;
  const base = { stopProcessing: true, enabled: true } as const;
  return [
    {
      ...base,
      position: 1,
      name: 'VIP urgent tickets to Senior support',
      description: 'A VIP contact with an URGENT ticket goes straight to senior agents.',
      trigger: { kind: 'EVENT', events: [...onTicket.events] },
      conditions: { all: [{ field: 'contact.vip', op: 'eq', value: true }, { field: 'ticket.priority', op: 'eq', value: 'URGENT' }] },
      actions: [{ type: 'setQueue', queueId: queues.seniorSupport }],
    },
    {
      ...base,
      position: 2,
      name: 'SLA at risk to Escalations',
      description: 'A ticket whose SLA target is at risk moves to the escalations queue.',
      trigger: { kind: 'EVENT', events: [...onTicket.events, 'SLA_AT_RISK'] },
      conditions: { all: [{ field: 'sla.atRisk', op: 'eq', value: true }] },
      actions: [{ type: 'setQueue', queueId: queues.escalations }],
    },
    {
      ...base,
      position: 3,
      name: 'Low assistant confidence to Tier 2',
      description: 'The assistant was unsure (confidence below 0.7): a Tier 2 agent takes it.',
      trigger: { kind: 'EVENT', events: [...onTicket.events] },
      conditions: { all: [{ field: 'ticket.ragConfidence', op: 'lt', value: 0.7 }] },
      actions: [{ type: 'setQueue', queueId: queues.tier2 }],
    },
    {
      ...base,
      position: 4,
      name: 'Urgent technical issues to Technical support',
      description: 'Technical tickets of priority URGENT or HIGH go to technical support.',
      trigger: { kind: 'EVENT', events: [...onTicket.events] },
      conditions: { all: [{ field: 'ticket.category', op: 'eq', value: 'TECHNICAL' }, { field: 'ticket.priority', op: 'in', value: ['URGENT', 'HIGH'] }] },
      actions: [{ type: 'setQueue', queueId: queues.technicalSupport }],
    },
    {
      ...base,
      position: 5,
      name: 'Repeated automatic attempts to Escalations',
      description: 'Three or more failed automatic resolution attempts: escalations queue, priority HIGH.',
      trigger: { kind: 'EVENT', events: [...onTicket.events] },
      conditions: { all: [{ field: 'ticket.autoResolveAttempts', op: 'gte', value: 3 }] },
      actions: [{ type: 'setQueue', queueId: queues.escalations }, { type: 'setPriority', priority: 'HIGH' }],
    },
  ];
}
