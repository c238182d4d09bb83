// Evaluating rules (pure): conditions over a facts object, which rules an occurrence selects (order,
// first-match-wins, loop guard), when a time-based rule is due, and what actions do to the facts
// (for simulation and tests). The caller gathers the facts and applies the actions; nothing here
// reads a database or a clock.
import {
  FIELDS, PRIORITIES,
  type Action, type Comparison, type Condition, type EventTriggerType, type FieldName, type Rule, type RulePriority,
  type ScalarValue, type TimeAnchor, type Trigger,
} from './rule-language.js';

/** What conditions read. Leave out what does not apply (a conversation event may have no ticket). */
export interface RuleFacts {
  ticket?: {
    priority?: RulePriority | null;
    status?: string | null;
    category?: string | null;
    intent?: string | null;
    ragConfidence?: number | null;
    autoResolveAttempts?: number | null;
    slaState?: string | null;
    tags?: readonly string[] | null;
    channel?: string | null;
    queueId?: string | null;
    assigneeId?: string | null;
    subject?: string | null;
  } | null;
  contact?: { vip?: boolean | null; email?: string | null } | null;
  conversation?: { sentiment?: string | null; handler?: string | null; status?: string | null } | null;
  now?: { businessHours?: boolean | null } | null;
  sla?: { atRisk?: boolean | null } | null;
  /** Whole or fractional minutes since each moment; null when it never happened. */
  minutesSince?: Partial<Record<'ticketCreated' | 'ticketUpdated' | 'lastCustomerMessage' | 'lastAgentReply' | 'assigned', number | null>> | null;
}

type Value = string | number | boolean | readonly string[] | null | undefined;

export function factValue(facts: RuleFacts, field: FieldName): Value {
  const [group, key] = field.split('.') as [keyof RuleFacts, string];
  const scope = facts[group] as Record<string, Value> | null | undefined;
  return scope ? scope[key] : undefined;
}

const lower = (v: ScalarValue) => (typeof v === 'string' ? v.toLowerCase() : v);

/**
 * One comparison. An unset fact (missing, null, or an empty tag list) satisfies only `isNotSet`:
 * every other operator, `neq` and `notIn` included, is false for it (wrap in `not` to say "unless").
 */
function compare(c: Comparison, facts: RuleFacts): boolean {
  const spec = FIELDS[c.field];
  const raw = factValue(facts, c.field);
  const unset = raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0);
  if (c.op === 'isSet') return !unset;
  if (c.op === 'isNotSet') return unset;
  if (unset) return false;
  // Text and ids compare case-insensitively; enums are stored in one case anyway.
  const fold = spec.type === 'string' || spec.type === 'tags' || spec.type === 'queueId' || spec.type === 'userId';
  const norm = (v: ScalarValue) => (fold ? lower(v) : v);
  const list = (Array.isArray(c.value) ? c.value : [c.value]).filter((v): v is ScalarValue => v !== undefined).map(norm);
  if (spec.type === 'tags') {
    const tags = new Set((raw as readonly string[]).map((t) => t.toLowerCase()));
    if (c.op === 'contains' || c.op === 'in') return list.some((t) => tags.has(t as string));
    if (c.op === 'notIn') return !list.some((t) => tags.has(t as string));
    return false;
  }
  const v = norm(raw as ScalarValue);
  const target = list[0];
  switch (c.op) {
    case 'eq': return v === target;
    case 'neq': return v !== target;
    case 'in': return list.includes(v);
    case 'notIn': return !list.includes(v);
    case 'contains': return typeof v === 'string' && typeof target === 'string' && v.includes(target);
    case 'lt': return typeof v === 'number' && v < (target as number);
    case 'lte': return typeof v === 'number' && v <= (target as number);
    case 'gt': return typeof v === 'number' && v > (target as number);
    case 'gte': return typeof v === 'number' && v >= (target as number);
  }
  return false;
}

/** True when the facts satisfy the condition tree (`{ all: [] }` is always true). */
export function evaluateConditions(condition: Condition, facts: RuleFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateConditions(c, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateConditions(c, facts));
  if ('not' in condition) return !evaluateConditions(condition.not, facts);
  return compare(condition, facts);
}

// ---------- time-based rules ----------

const ANCHOR_FACT: Record<TimeAnchor, keyof NonNullable<RuleFacts['minutesSince']>> = {
  TICKET_CREATED: 'ticketCreated',
  TICKET_UPDATED: 'ticketUpdated',
  LAST_CUSTOMER_MESSAGE: 'lastCustomerMessage',
  LAST_AGENT_REPLY: 'lastAgentReply',
  ASSIGNED: 'assigned',
};

/**
 * Minutes since the trigger's anchor, or null when the anchor never happened. "No agent reply for
 * N minutes" counts from the ticket's creation while no agent has replied yet.
 */
export function minutesSinceAnchor(anchor: TimeAnchor, facts: RuleFacts): number | null {
  const m = facts.minutesSince ?? {};
  const own = m[ANCHOR_FACT[anchor]];
  if (own !== undefined && own !== null) return own;
  if (anchor === 'LAST_AGENT_REPLY') return m.ticketCreated ?? null;
  return null;
}

/** When a time-based trigger is due, from the anchors' moments (what the integrator schedules a TIMER for). */
export function timeBasedDueAt(trigger: Extract<Trigger, { kind: 'TIME_BASED' }>, anchors: Partial<Record<TimeAnchor, Date | null>>): Date | null {
  const at = anchors[trigger.after] ?? (trigger.after === 'LAST_AGENT_REPLY' ? anchors.TICKET_CREATED : null);
  return at ? new Date(at.getTime() + trigger.minutes * 60_000) : null;
}

// ---------- selecting rules ----------

/** What happened: an event, or a timer firing for time-based rules (optionally only some of them). */
export type Occurrence = { kind: 'EVENT'; event: EventTriggerType } | { kind: 'TIME_BASED'; ruleIds?: readonly string[] };

/** Causal chains longer than this apply nothing more: a backstop behind the per-rule guard. */
export const MAX_RULE_CHAIN = 10;

export interface SelectOptions {
  /**
   * The rule ids already applied in this causal chain (from the event's actor: kind RULE, its
   * `ruleChain`, else `[id]`). A rule in the chain is not applied again: A→B→A stops at the second A.
   */
  chain?: readonly string[];
  /** The rule whose change caused this event (kind RULE id); added to the chain. */
  firedBy?: string | null;
}

export type SkipReason = 'DISABLED' | 'IN_CHAIN' | 'FIRST_MATCH_TAKEN' | 'CHAIN_LIMIT' | 'NOT_DUE' | 'NO_MATCH';

export interface Selection<R extends Rule = Rule> {
  /** Matched rules in order, with their actions, to apply in this order. */
  matched: { rule: R; actions: Action[] }[];
  /** Rules of this trigger that were not applied, and why (for the run history and simulation). */
  skipped: { ruleId: string; reason: SkipReason }[];
  /** The chain to stamp on changes these actions make (actor RULE, `ruleChain`). */
  chain: string[];
}

function listensTo(rule: Rule, occurrence: Occurrence): boolean {
  if (occurrence.kind === 'EVENT') return rule.trigger.kind === 'EVENT' && rule.trigger.events.includes(occurrence.event);
  return rule.trigger.kind === 'TIME_BASED' && (!occurrence.ruleIds || occurrence.ruleIds.includes(rule.id));
}

/** Rules in evaluation order: position, then id (a stable tie-break). */
export function orderRules<R extends Rule>(rules: readonly R[]): R[] {
  return [...rules].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The rules an occurrence applies, in order. Rules whose trigger does not listen to it are left out
 * entirely; of the rest, disabled ones, ones already in the causal chain, time-based ones not yet
 * due, ones whose conditions fail and first-match-wins rules after a matched one are skipped.
 */
export function selectRules<R extends Rule>(rules: readonly R[], occurrence: Occurrence, facts: RuleFacts, options: SelectOptions = {}): Selection<R> {
  const chain = [...(options.chain ?? [])];
  if (options.firedBy && !chain.includes(options.firedBy)) chain.push(options.firedBy);
  const out: Selection<R> = { matched: [], skipped: [], chain };
  let firstMatchTaken = false;
  for (const rule of orderRules(rules)) {
    if (!listensTo(rule, occurrence)) continue;
    const skip = (reason: SkipReason) => out.skipped.push({ ruleId: rule.id, reason });
    if (!rule.enabled) skip('DISABLED');
    else if (chain.includes(rule.id)) skip('IN_CHAIN');
    else if (chain.length >= MAX_RULE_CHAIN) skip('CHAIN_LIMIT');
    else if (rule.stopProcessing && firstMatchTaken) skip('FIRST_MATCH_TAKEN');
    else if (rule.trigger.kind === 'TIME_BASED' && !((minutesSinceAnchor(rule.trigger.after, facts) ?? -1) >= rule.trigger.minutes)) skip('NOT_DUE');
    else if (!evaluateConditions(rule.conditions, facts)) skip('NO_MATCH');
    else {
      out.matched.push({ rule, actions: rule.actions });
      if (rule.stopProcessing) firstMatchTaken = true;
    }
  }
  out.chain = [...chain, ...out.matched.map((m) => m.rule.id)];
  return out;
}

/** The chain an event carries, from its actor (what the integrator passes as `chain`). */
export function ruleChainOf(actor: { kind: string; id: string | null; ruleChain?: readonly string[] } | null | undefined): string[] {
  if (!actor || actor.kind !== 'RULE') return [];
  const chain = [...(actor.ruleChain ?? [])];
  if (actor.id && !chain.includes(actor.id)) chain.push(actor.id);
  return chain;
}

// ---------- what actions do to the facts (simulation) ----------

/** The ticket facts after the actions, as the ticket service would change them (no side effects). */
export function applyActionsToFacts(facts: RuleFacts, actions: readonly Action[]): RuleFacts {
  const ticket = { ...(facts.ticket ?? {}) };
  for (const a of actions) {
    switch (a.type) {
      case 'setQueue': ticket.queueId = a.queueId; break;
      case 'setPriority': ticket.priority = a.priority; break;
      case 'boostPriority': {
        const i = PRIORITIES.indexOf(ticket.priority ?? 'MEDIUM');
        ticket.priority = PRIORITIES[Math.min(PRIORITIES.length - 1, Math.max(0, i + a.steps))];
        break;
      }
      case 'assign': ticket.assigneeId = a.userId; break;
      case 'unassign': ticket.assigneeId = null; break;
      case 'addTag': {
        const tags = ticket.tags ?? [];
        if (!tags.some((t) => t.toLowerCase() === a.tag.toLowerCase())) ticket.tags = [...tags, a.tag];
        break;
      }
      case 'removeTag': ticket.tags = (ticket.tags ?? []).filter((t) => t.toLowerCase() !== a.tag.toLowerCase()); break;
      case 'escalate':
        ticket.status = 'ESCALATED';
        if (a.queueId) ticket.queueId = a.queueId;
        if (a.priority) ticket.priority = a.priority;
        break;
      default: break; // comments, notifications, webhooks, SLA factors change no condition field
    }
  }
  return { ...facts, ticket };
}
