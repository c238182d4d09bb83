// The automation rule language as data: triggers, the condition fields (a closed list, each with a
// type), the comparison operators each type allows, and the actions with their typed parameters.
// Pure: no database, no GraphQL. Validation (rule-validation.ts), evaluation (rule-evaluation.ts),
// the web editor (which mirrors these lists) and docs/api.md "Automation rules" read from here.

// ---------- triggers ----------

/** Events a rule can react to (the integrator maps domain events onto these). */
export const EVENT_TRIGGERS = [
  'TICKET_CREATED',
  'TICKET_UPDATED',
  'TICKET_ESCALATED',
  'CONVERSATION_HANDED_OFF',
  'MESSAGE_CREATED',
  'SLA_AT_RISK',
  'SLA_BREACHED',
] as const;
export type EventTriggerType = (typeof EVENT_TRIGGERS)[number];

/** What a TIME_BASED rule counts its minutes from. */
export const TIME_ANCHORS = ['TICKET_CREATED', 'TICKET_UPDATED', 'LAST_CUSTOMER_MESSAGE', 'LAST_AGENT_REPLY', 'ASSIGNED'] as const;
export type TimeAnchor = (typeof TIME_ANCHORS)[number];

/** At most 30 days: a longer wait is a report, not an automation. */
export const MAX_TIME_MINUTES = 43_200;

export type Trigger =
  /** Fires on any of these events (one rule may listen to several, e.g. created + escalated). */
  | { kind: 'EVENT'; events: EventTriggerType[] }
  /** "`minutes` after `after`, with the conditions still true" (e.g. no agent reply for 15 minutes). */
  | { kind: 'TIME_BASED'; after: TimeAnchor; minutes: number };

// ---------- condition fields ----------

export type FieldType = 'enum' | 'string' | 'number' | 'boolean' | 'tags' | 'queueId' | 'userId';

export interface FieldSpec {
  type: FieldType;
  /** enum: the allowed values. */
  values?: readonly string[];
  /** number: inclusive range; `integer` refuses fractions. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** One line for the editor and the docs. */
  label: string;
}

export const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type RulePriority = (typeof PRIORITIES)[number];

export const FIELDS = {
  'ticket.priority': { type: 'enum', values: PRIORITIES, label: 'Ticket priority' },
  'ticket.status': { type: 'enum', values: ['OPEN', 'PENDING', 'ESCALATED', 'RESOLVED', 'CLOSED'], label: 'Ticket status' },
  'ticket.category': { type: 'string', label: 'Ticket category (e.g. TECHNICAL; case-insensitive)' },
  'ticket.intent': { type: 'string', label: 'Ticket intent (case-insensitive)' },
  'ticket.ragConfidence': { type: 'number', min: 0, max: 1, label: 'Assistant answer confidence (0–1)' },
  'ticket.autoResolveAttempts': { type: 'number', min: 0, max: 1000, integer: true, label: 'Automatic resolution attempts' },
  'ticket.slaState': { type: 'enum', values: ['ACTIVE', 'AT_RISK', 'BREACHED', 'MET', 'MISSED'], label: 'SLA state' },
  'ticket.tags': { type: 'tags', label: 'Ticket tags' },
  'ticket.channel': { type: 'enum', values: ['WIDGET', 'API', 'EMAIL'], label: 'Channel' },
  'ticket.queueId': { type: 'queueId', label: 'Ticket queue' },
  'ticket.assigneeId': { type: 'userId', label: 'Ticket assignee' },
  'ticket.subject': { type: 'string', label: 'Ticket subject (case-insensitive)' },
  'contact.vip': { type: 'boolean', label: 'Contact is VIP' },
  'contact.email': { type: 'string', label: 'Contact e-mail (case-insensitive)' },
  'conversation.sentiment': { type: 'enum', values: ['NEGATIVE', 'NEUTRAL', 'POSITIVE'], label: 'Conversation sentiment' },
  'conversation.handler': { type: 'enum', values: ['AI', 'HUMAN'], label: 'Conversation handler' },
  'conversation.status': { type: 'enum', values: ['BOT', 'WAITING', 'OPEN', 'RESOLVED', 'CLOSED'], label: 'Conversation status' },
  'now.businessHours': { type: 'boolean', label: 'Now is within business hours' },
  'sla.atRisk': { type: 'boolean', label: 'An SLA target is at risk' },
  'minutesSince.ticketCreated': { type: 'number', min: 0, max: 10_000_000, label: 'Minutes since the ticket was created' },
  'minutesSince.ticketUpdated': { type: 'number', min: 0, max: 10_000_000, label: 'Minutes since the ticket last changed' },
  'minutesSince.lastCustomerMessage': { type: 'number', min: 0, max: 10_000_000, label: 'Minutes since the customer last wrote' },
  'minutesSince.lastAgentReply': { type: 'number', min: 0, max: 10_000_000, label: 'Minutes since an agent last replied' },
  'minutesSince.assigned': { type: 'number', min: 0, max: 10_000_000, label: 'Minutes since the ticket was assigned' },
} as const satisfies Record<string, FieldSpec>;
export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

export const OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'notIn', 'contains', 'isSet', 'isNotSet'] as const;
export type Op = (typeof OPS)[number];

/** Which operators make sense for each field type. */
export const OPS_BY_TYPE: Record<FieldType, readonly Op[]> = {
  enum: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'],
  string: ['eq', 'neq', 'in', 'notIn', 'contains', 'isSet', 'isNotSet'],
  number: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'isSet', 'isNotSet'],
  boolean: ['eq', 'neq', 'isSet', 'isNotSet'],
  // contains: has this tag; in: has any of these; notIn: has none of these; isSet: has any tag.
  tags: ['contains', 'in', 'notIn', 'isSet', 'isNotSet'],
  queueId: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'],
  userId: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'],
};

/** Operators that take no value. */
export const UNARY_OPS: readonly Op[] = ['isSet', 'isNotSet'];
/** Operators whose value is a list. */
export const LIST_OPS: readonly Op[] = ['in', 'notIn'];

export type ScalarValue = string | number | boolean;
export interface Comparison {
  field: FieldName;
  op: Op;
  value?: ScalarValue | ScalarValue[];
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Comparison;

/** Limits: a rule is read by people and evaluated on every event. */
export const MAX_CONDITION_NODES = 50;
export const MAX_CONDITION_DEPTH = 6;
export const MAX_LIST_VALUES = 50;
export const MAX_STRING_VALUE = 200;
export const MAX_ACTIONS = 20;

// ---------- actions ----------

export type ParamType = 'queueId' | 'userId' | 'userIds' | 'priority' | 'int' | 'number' | 'tag' | 'text' | 'url';

export interface ParamSpec {
  type: ParamType;
  optional?: boolean;
  min?: number;
  max?: number;
  label: string;
}

export const ACTIONS = {
  setQueue: { label: 'Move to queue', params: { queueId: { type: 'queueId', label: 'Queue' } } },
  setPriority: { label: 'Set priority', params: { priority: { type: 'priority', label: 'Priority' } } },
  boostPriority: { label: 'Raise priority by steps (negative lowers)', params: { steps: { type: 'int', min: -3, max: 3, label: 'Steps' } } },
  assign: { label: 'Assign to', params: { userId: { type: 'userId', label: 'Person' } } },
  unassign: { label: 'Unassign', params: {} },
  addTag: { label: 'Add tag', params: { tag: { type: 'tag', label: 'Tag' } } },
  removeTag: { label: 'Remove tag', params: { tag: { type: 'tag', label: 'Tag' } } },
  slaMultiplier: { label: 'Scale SLA targets by', params: { factor: { type: 'number', min: 0.1, max: 10, label: 'Factor' } } },
  addInternalComment: { label: 'Add internal comment', params: { text: { type: 'text', min: 1, max: 5000, label: 'Comment' } } },
  notifyUsers: { label: 'Notify people', params: { userIds: { type: 'userIds', min: 1, max: 50, label: 'People' } } },
  notifyQueue: { label: 'Notify queue members', params: { queueId: { type: 'queueId', label: 'Queue' } } },
  webhook: {
    label: 'Call a webhook',
    params: { url: { type: 'url', label: 'URL (http or https)' }, delaySeconds: { type: 'int', optional: true, min: 0, max: 86_400, label: 'Delay (seconds)' } },
  },
  escalate: {
    label: 'Escalate',
    params: { queueId: { type: 'queueId', optional: true, label: 'Queue' }, priority: { type: 'priority', optional: true, label: 'Priority' } },
  },
} as const satisfies Record<string, { label: string; params: Record<string, ParamSpec> }>;
export type ActionType = keyof typeof ACTIONS;
export const ACTION_TYPES = Object.keys(ACTIONS) as ActionType[];

export type Action =
  | { type: 'setQueue'; queueId: string }
  | { type: 'setPriority'; priority: RulePriority }
  | { type: 'boostPriority'; steps: number }
  | { type: 'assign'; userId: string }
  | { type: 'unassign' }
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'slaMultiplier'; factor: number }
  | { type: 'addInternalComment'; text: string }
  | { type: 'notifyUsers'; userIds: string[] }
  | { type: 'notifyQueue'; queueId: string }
  | { type: 'webhook'; url: string; delaySeconds?: number }
  | { type: 'escalate'; queueId?: string; priority?: RulePriority };

// ---------- a rule ----------

/** The definition of a rule (what validation checks and evaluation reads). */
export interface RuleDefinition {
  trigger: Trigger;
  conditions: Condition;
  actions: Action[];
}

/** A stored rule as evaluation needs it. */
export interface Rule extends RuleDefinition {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  /** First-match-wins group: once a rule with this flag matched, later flagged rules are skipped. */
  stopProcessing: boolean;
}

/** A problem of a draft rule, at a JSON path such as `conditions.all[1].op` or `actions[0].queueId`. */
export interface RuleProblem {
  path: string;
  message: string;
}
