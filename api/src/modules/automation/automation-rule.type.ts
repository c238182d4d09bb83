import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO, JSON, JSONObject } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { AutomationRule } from './automation-rule.entity.js';
import { ACTION_TYPES, EVENT_TRIGGERS, OPS, TIME_ANCHORS, type Action, type Condition, type Trigger } from './rule-language.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AutomationTriggerKind = asEnum(['EVENT', 'TIME_BASED'] as const);
export const AutomationEvent = asEnum(EVENT_TRIGGERS);
export const AutomationTimeAnchor = asEnum(TIME_ANCHORS);
export const AutomationActionType = asEnum(ACTION_TYPES);
export const AutomationOp = asEnum(OPS);
export const AutomationFieldType = asEnum(['enum', 'string', 'number', 'boolean', 'tags', 'queueId', 'userId'] as const);
export const AutomationParamType = asEnum(['queueId', 'userId', 'userIds', 'priority', 'int', 'number', 'tag', 'text', 'url'] as const);

registerEnumType(AutomationTriggerKind, {
  name: 'AutomationTriggerKind',
  description: 'EVENT: when one of the listed events happens. TIME_BASED: a number of minutes after a moment, with the conditions still true.',
  valuesConfig: {
    EVENT: { description: 'Runs when one of the trigger\'s `events` happens.' },
    TIME_BASED: { description: 'Runs `minutes` after the trigger\'s `after` anchor, if the conditions still hold then.' },
  },
});
registerEnumType(AutomationEvent, {
  name: 'AutomationEvent',
  description: 'An event an automation rule can react to (docs/api.md, "Automation rules").',
  valuesConfig: {
    TICKET_CREATED: { description: 'A ticket was created.' },
    TICKET_UPDATED: { description: 'Any field of a ticket changed.' },
    TICKET_ESCALATED: { description: 'A ticket was escalated.' },
    CONVERSATION_HANDED_OFF: { description: 'The assistant handed a conversation to humans.' },
    MESSAGE_CREATED: { description: 'A message was written in a conversation.' },
    SLA_AT_RISK: { description: 'A ticket\'s SLA target passed its at-risk share.' },
    SLA_BREACHED: { description: 'A ticket\'s SLA target passed its due time.' },
  },
});
registerEnumType(AutomationTimeAnchor, {
  name: 'AutomationTimeAnchor',
  description: 'The moment a TIME_BASED rule counts its minutes from (LAST_AGENT_REPLY counts from creation while no agent has replied).',
  valuesConfig: {
    TICKET_CREATED: { description: 'The ticket\'s creation.' },
    TICKET_UPDATED: { description: 'The ticket\'s last change.' },
    LAST_CUSTOMER_MESSAGE: { description: 'The customer\'s last message.' },
    LAST_AGENT_REPLY: { description: 'The last public agent reply (creation while there is none).' },
    ASSIGNED: { description: 'The ticket\'s last assignment.' },
  },
});
registerEnumType(AutomationActionType, {
  name: 'AutomationActionType',
  description: 'What an automation rule does (its parameters: `automationRuleLanguage.actions`).',
  valuesConfig: {
    setQueue: { description: 'Move the ticket to a queue (`queueId`).' },
    setPriority: { description: 'Set the ticket priority (`priority`).' },
    boostPriority: { description: 'Raise or lower the priority by `steps` (−3…3, not 0), within LOW…URGENT.' },
    assign: { description: 'Assign the ticket to a person (`userId`).' },
    unassign: { description: 'Remove the ticket\'s assignee.' },
    addTag: { description: 'Add a tag (`tag`).' },
    removeTag: { description: 'Remove a tag (`tag`).' },
    slaMultiplier: { description: 'Scale SLA targets by `factor` (0.1–10); recorded, not applied yet.' },
    addInternalComment: { description: 'Add an internal note to the ticket (`text`, 1–5,000 characters).' },
    notifyUsers: { description: 'Send an AUTOMATION_RULE notification to people (`userIds`, 1–50).' },
    notifyQueue: { description: 'Send an AUTOMATION_RULE notification to a queue\'s members (`queueId`).' },
    webhook: { description: 'Call a URL (`url`, optional `delaySeconds`); recorded as SCHEDULED.' },
    escalate: { description: 'Escalate an OPEN or PENDING ticket, optionally to a `queueId` and `priority`.' },
  },
});
registerEnumType(AutomationOp, {
  name: 'AutomationOp',
  description: 'A comparison operator of the condition language.',
  valuesConfig: {
    eq: { description: 'Equals the value.' },
    neq: { description: 'Differs from the value.' },
    in: { description: 'Is one of the listed values (tags: has any of them).' },
    notIn: { description: 'Is none of the listed values (tags: has none of them).' },
    gt: { description: 'Greater than the value.' },
    gte: { description: 'Greater than or equal to the value.' },
    lt: { description: 'Less than the value.' },
    lte: { description: 'Less than or equal to the value.' },
    contains: { description: 'Text contains the value, or the tags hold this tag.' },
    isSet: { description: 'Has a value (not null, not empty).' },
    isNotSet: { description: 'Has no value (null or empty).' },
  },
});
registerEnumType(AutomationFieldType, {
  name: 'AutomationFieldType',
  description: 'The type of a condition field: which operators and values it takes.',
  valuesConfig: {
    string: { description: 'Text: eq, neq, in, notIn, contains, isSet, isNotSet.' },
    number: { description: 'A number: eq, neq, gt, gte, lt, lte, isSet, isNotSet.' },
    boolean: { description: 'true or false: eq, neq, isSet, isNotSet.' },
    enum: { description: 'One of the field\'s listed `values`: eq, neq, in, notIn, isSet, isNotSet.' },
    tags: { description: 'A list of tags: contains (has this tag), in (any of these), notIn (none of these), isSet, isNotSet.' },
    queueId: { description: 'A queue id of your tenant (or null): eq, neq, in, notIn, isSet, isNotSet.' },
    userId: { description: 'A user id of your tenant (or null): eq, neq, in, notIn, isSet, isNotSet.' },
  },
});
registerEnumType(AutomationParamType, {
  name: 'AutomationParamType',
  description: 'The type of an action parameter (queueId/userId: an id of your tenant).',
  valuesConfig: {
    text: { description: 'Free text.' },
    int: { description: 'A whole number (range in the action\'s description).' },
    number: { description: 'A decimal number (range in the action\'s description).' },
    priority: { description: 'LOW, MEDIUM, HIGH or URGENT.' },
    queueId: { description: 'A queue id of your tenant.' },
    userId: { description: 'A staff user id of your tenant.' },
    userIds: { description: 'A list of staff user ids of your tenant.' },
    tag: { description: 'A tag, 1–50 characters (stored lower-case).' },
    url: { description: 'An http(s) URL without credentials.' },
  },
});

@ObjectType('AutomationTrigger', { simpleResolvers: true, description: 'When a rule is evaluated.' })
export class AutomationTriggerType {
  @Field(() => AutomationTriggerKind, { description: 'EVENT or TIME_BASED.' })
  kind!: Trigger['kind'];
  @Field(() => [AutomationEvent], { nullable: true, description: 'EVENT: the events that run the rule.' })
  events?: string[];
  @Field(() => AutomationTimeAnchor, { nullable: true, description: 'TIME_BASED: what the minutes count from.' })
  after?: string;
  @Field(() => Int, { nullable: true, description: 'TIME_BASED: how many minutes after `after` (1–43,200).' })
  minutes?: number;
}

@ObjectType('AutomationAction', { simpleResolvers: true, description: 'One action of a rule, its parameters as typed fields (null when the action has no such parameter).' })
export class AutomationActionItem {
  @Field(() => AutomationActionType, { description: 'The action.' })
  type!: Action['type'];
  @Field(() => ID, { nullable: true, description: 'setQueue, notifyQueue, escalate: the queue.' })
  queueId?: string;
  @Field(() => ID, { nullable: true, description: 'assign: the person.' })
  userId?: string;
  @Field(() => [ID], { nullable: true, description: 'notifyUsers: the people.' })
  userIds?: string[];
  @Field(() => String, { nullable: true, description: 'setPriority, escalate: LOW, MEDIUM, HIGH or URGENT.' })
  priority?: string;
  @Field(() => Int, { nullable: true, description: 'boostPriority: steps up (negative: down).' })
  steps?: number;
  @Field(() => String, { nullable: true, description: 'addTag, removeTag: the tag.' })
  tag?: string;
  @Field(() => Float, { nullable: true, description: 'slaMultiplier: the factor SLA targets are scaled by.' })
  factor?: number;
  @Field(() => String, { nullable: true, description: 'addInternalComment: the comment.' })
  text?: string;
  @Field(() => String, { nullable: true, description: 'webhook: the http(s) URL (stored; delivery comes later).' })
  url?: string;
  @Field(() => Int, { nullable: true, description: 'webhook: delay before delivery, in seconds.' })
  delaySeconds?: number;
}

@ObjectType('AutomationRule', { simpleResolvers: true, description: 'When its trigger fires and its conditions hold, its actions run in order. Rules run by `position`; see docs/api.md, "Automation rules".' })
export class AutomationRuleType {
  @Field(() => ID, { description: 'Rule id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Name (1–100 characters).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'What it is for (up to 1,000 characters), or null.' })
  description!: string | null;
  @Field(() => Boolean, { description: 'Disabled rules are kept but never run.' })
  enabled!: boolean;
  @Field(() => Int, { description: 'Evaluation order within the tenant (lower first); change it with reorderAutomationRules.' })
  position!: number;
  @Field(() => Boolean, { description: 'First-match-wins: once a rule with this flag matched, later rules with the flag are skipped for that evaluation (escalation rules).' })
  stopProcessing!: boolean;
  @Field(() => AutomationTriggerType, { description: 'When the rule is evaluated.' })
  trigger!: Trigger;
  @Field(() => JSONObject, { description: 'The condition tree: `{ all: [...] }`, `{ any: [...] }`, `{ not: {...} }` or `{ field, op, value }` (`{ all: [] }`: always).' })
  conditions!: Condition;
  @Field(() => JSON, { description: 'The actions as JSON, in order: `[{ type, ...parameters }]` (same shape as the input).' })
  actions!: Action[];
  // actionList: a field resolver (automation-rule.resolver.ts) over the same column.
  @Field(() => DateTimeISO, { description: 'When it was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

export type AutomationRuleRow = Partial<AutomationRuleType> & { id: string };

registerReadModel({
  graphqlType: 'AutomationRule',
  entity: AutomationRule,
  tenantColumn: 'tenant_id',
  extraFields: { actionList: { kind: 'computed', columns: ['actions'] } },
});

@ObjectType('AutomationRuleProblem', { simpleResolvers: true, description: 'What is wrong with a draft rule, and where.' })
export class AutomationRuleProblemType {
  @Field(() => String, { description: 'JSON path of the part at fault, e.g. `conditions.all[1].op`, `actions[0].queueId`, `trigger.minutes`, `name`.' })
  path!: string;
  @Field(() => String, { description: 'What is wrong, for people.' })
  message!: string;
}

@ObjectType('AutomationRuleValidation', { simpleResolvers: true, description: 'The result of validateAutomationRule (nothing is saved).' })
export class AutomationRuleValidationType {
  @Field(() => Boolean, { description: 'True when the draft would be saved as it is.' })
  valid!: boolean;
  @Field(() => [AutomationRuleProblemType], { description: 'Every problem, each with its path (empty when valid).' })
  problems!: AutomationRuleProblemType[];
}

// ---------- the language, for editors ----------

@ObjectType('AutomationFieldSpec', { simpleResolvers: true, description: 'A field conditions can test.' })
export class AutomationFieldSpecType {
  @Field(() => String, { description: 'The field, e.g. `ticket.priority`.' })
  name!: string;
  @Field(() => AutomationFieldType, { description: 'Its type: which operators and values it takes.' })
  type!: string;
  @Field(() => String, { description: 'A label for people.' })
  label!: string;
  @Field(() => [String], { nullable: true, description: 'enum: the allowed values.' })
  values!: string[] | null;
  @Field(() => Float, { nullable: true, description: 'number: the smallest value.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'number: the largest value.' })
  max!: number | null;
  @Field(() => Boolean, { description: 'number: whole numbers only.' })
  integer!: boolean;
  @Field(() => [AutomationOp], { description: 'The operators this field takes.' })
  ops!: string[];
}

@ObjectType('AutomationParamSpec', { simpleResolvers: true, description: 'A parameter of an action.' })
export class AutomationParamSpecType {
  @Field(() => String, { description: 'The key in the action object, e.g. `queueId`.' })
  name!: string;
  @Field(() => AutomationParamType, { description: 'Its type.' })
  type!: string;
  @Field(() => String, { description: 'A label for people.' })
  label!: string;
  @Field(() => Boolean, { description: 'May be left out.' })
  optional!: boolean;
  @Field(() => Float, { nullable: true, description: 'Numbers: smallest value; text and lists: fewest characters or items.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Numbers: largest value; text and lists: most characters or items.' })
  max!: number | null;
}

@ObjectType('AutomationActionSpec', { simpleResolvers: true, description: 'An action rules can take.' })
export class AutomationActionSpecType {
  @Field(() => AutomationActionType, { description: 'The action.' })
  type!: string;
  @Field(() => String, { description: 'A label for people.' })
  label!: string;
  @Field(() => [AutomationParamSpecType], { description: 'Its parameters.' })
  params!: AutomationParamSpecType[];
}

@ObjectType('AutomationRuleLanguage', { simpleResolvers: true, description: 'The vocabulary of automation rules (what an editor offers).' })
export class AutomationRuleLanguageType {
  @Field(() => [AutomationEvent], { description: 'Events an EVENT trigger can name.' })
  events!: string[];
  @Field(() => [AutomationTimeAnchor], { description: 'Moments a TIME_BASED trigger can count from.' })
  timeAnchors!: string[];
  @Field(() => Int, { description: 'Largest `minutes` of a TIME_BASED trigger.' })
  maxTimeMinutes!: number;
  @Field(() => [AutomationFieldSpecType], { description: 'Fields conditions can test.' })
  fields!: AutomationFieldSpecType[];
  @Field(() => [AutomationActionSpecType], { description: 'Actions rules can take.' })
  actions!: AutomationActionSpecType[];
  @Field(() => Int, { description: 'Most conditions and groups in one rule.' })
  maxConditionNodes!: number;
  @Field(() => Int, { description: 'Deepest nesting of groups.' })
  maxConditionDepth!: number;
  @Field(() => Int, { description: 'Most actions in one rule.' })
  maxActions!: number;
}
