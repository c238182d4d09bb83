// Read-only answers about rules: what a DRAFT rule would have done to the tenant's last N tickets
// (simulateAutomationRule), and which rules an escalation of one ticket would apply
// (ticketEscalationPreview). Nothing here writes: facts are read with the same statement the
// listeners use and `applyActionsToFacts` predicts the after-state.
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { DomainError, ErrorCode, badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { applyActionsToFacts, selectRules, type Occurrence, type RuleFacts } from './rule-evaluation.js';
import { type Action, type EventTriggerType, type Rule } from './rule-language.js';
import { validateRule, type RuleDraft } from './rule-validation.js';
import { refsFor } from './automation-rule.service.js';
import { rulesForEvaluation } from './automation-rule.reads.js';
import { lastTicketSubjects, lastTicketlessConversationSubjects, ticketSubject, withBusinessHours, type Subject } from './rule-facts.js';

export const MAX_SIMULATION_SUBJECTS = 5000;

/** The ticket fields a rule can change, before or after. */
export interface TicketState {
  status: string | null;
  priority: string | null;
  queueId: string | null;
  assigneeId: string | null;
  tags: string[];
}

export interface SimulatedMatch {
  subjectKind: 'TICKET' | 'CONVERSATION';
  ticketId: string | null;
  ticketNumber: number | null;
  conversationId: string | null;
  subject: string | null;
  trigger: string;
  actions: Action[];
  /** One line per action, with queue and people named ("Move to queue Tier 2"). */
  effects: string[];
  before: TicketState | null;
  after: TicketState | null;
}

export interface Simulation {
  evaluated: number;
  matchedCount: number;
  matches: SimulatedMatch[];
}

const stateOf = (f: RuleFacts): TicketState | null =>
  f.ticket
    ? { status: f.ticket.status ?? null, priority: f.ticket.priority ?? null, queueId: f.ticket.queueId ?? null, assigneeId: f.ticket.assigneeId ?? null, tags: [...(f.ticket.tags ?? [])] }
    : null;

const TICKET_EVENTS = new Set<EventTriggerType>(['TICKET_CREATED', 'TICKET_UPDATED', 'TICKET_ESCALATED', 'SLA_AT_RISK', 'SLA_BREACHED']);

/** Names of the queues and people actions mention (one statement). */
async function namesFor(services: AppServices, tenantId: string, actions: readonly Action[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const a of actions) {
    if ('queueId' in a && a.queueId) ids.add(a.queueId);
    if (a.type === 'assign') ids.add(a.userId);
    if (a.type === 'notifyUsers') a.userIds.forEach((u) => ids.add(u));
  }
  if (!ids.size) return new Map();
  const rows = await services.readPool.scopedQuery<{ id: string; name: string }>(
    { kind: 'tenant', tenantId },
    `select id::text as id, name from queues where tenant_id = $1 and id = any($2::uuid[])
     union all select id::text, display_name from users where tenant_id = $1 and id = any($2::uuid[])`,
    [[...ids]],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function describeAction(a: Action, names: Map<string, string>): string {
  const n = (id: string) => names.get(id) ?? 'a removed entry';
  switch (a.type) {
    case 'setQueue': return `Move to queue ${n(a.queueId)}`;
    case 'setPriority': return `Set priority ${a.priority}`;
    case 'boostPriority': return `${a.steps > 0 ? 'Raise' : 'Lower'} priority by ${Math.abs(a.steps)}`;
    case 'assign': return `Assign to ${n(a.userId)}`;
    case 'unassign': return 'Unassign';
    case 'addTag': return `Add tag ${a.tag}`;
    case 'removeTag': return `Remove tag ${a.tag}`;
    case 'slaMultiplier': return `Scale SLA targets by ${a.factor} (recorded only)`;
    case 'addInternalComment': return `Add internal comment “${a.text.length > 60 ? `${a.text.slice(0, 59)}…` : a.text}”`;
    case 'notifyUsers': return `Notify ${a.userIds.map(n).join(', ')}`;
    case 'notifyQueue': return `Notify the members of ${n(a.queueId)}`;
    case 'webhook': return `Call webhook ${a.url} (stored, not delivered yet)`;
    case 'escalate': return ['Escalate', a.queueId ? `to ${n(a.queueId)}` : '', a.priority ? `with priority ${a.priority}` : ''].filter(Boolean).join(' ');
  }
}

function ownTenant(ctx: Context): string {
  const v = ctx.viewer;
  const tenantId = v.kind === 'user' || v.kind === 'apiKey' ? v.tenantId : null;
  if (!tenantId) throw badInput('Automation rules belong to a tenant: sign in as a member of it');
  return tenantId;
}

/**
 * Replay a draft rule over the tenant's last `last` tickets (and, for conversation events, its
 * last conversations without a ticket): who it would match now and what it would do.
 */
export async function simulateRule(ctx: Context, draft: RuleDraft, last: number): Promise<Simulation> {
  const tenantId = ownTenant(ctx);
  if (!Number.isInteger(last) || last < 1 || last > MAX_SIMULATION_SUBJECTS) throw badInput(`last is 1–${MAX_SIMULATION_SUBJECTS}`, 'last');
  const checked = validateRule(draft, await refsFor(ctx.em, tenantId, draft));
  if (!checked.ok) {
    const problems = checked.problems.map((p) => ({ path: `rule.${p.path}`, message: p.message }));
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${problems[0].path}: ${problems[0].message}`, { field: problems[0].path, problems });
  }
  const rule: Rule = { ...checked.rule, id: 'draft', enabled: true, position: 0, stopProcessing: false };
  const services = ctx.services;
  const now = services.clock.now();
  const events = rule.trigger.kind === 'EVENT' ? rule.trigger.events : [];
  const ticketEvent = events.find((e) => TICKET_EVENTS.has(e));
  const conversationEvent = events.find((e) => !TICKET_EVENTS.has(e));
  const subjects: { subject: Subject; occurrence: Occurrence }[] = [];
  if (rule.trigger.kind === 'TIME_BASED' || ticketEvent || conversationEvent) {
    // Conversation events on a conversation with a ticket act on that ticket: the ticket list covers them.
    const occurrence: Occurrence = rule.trigger.kind === 'TIME_BASED' ? { kind: 'TIME_BASED' } : { kind: 'EVENT', event: (ticketEvent ?? conversationEvent)! };
    for (const s of await lastTicketSubjects(services.readPool, tenantId, last, now)) subjects.push({ subject: s, occurrence });
  }
  if (conversationEvent) {
    for (const s of await lastTicketlessConversationSubjects(services.readPool, tenantId, last, now)) subjects.push({ subject: s, occurrence: { kind: 'EVENT', event: conversationEvent } });
  }
  await withBusinessHours(services.readPool, tenantId, [rule], subjects.map((s) => s.subject), now);
  const names = await namesFor(services, tenantId, rule.actions);
  const effects = rule.actions.map((a) => describeAction(a, names));
  const matches: SimulatedMatch[] = [];
  for (const { subject, occurrence } of subjects) {
    const selection = selectRules([rule], occurrence, subject.facts);
    if (!selection.matched.length) continue;
    matches.push({
      subjectKind: subject.ticketId ? 'TICKET' : 'CONVERSATION',
      ticketId: subject.ticketId,
      ticketNumber: subject.ticketNumber,
      conversationId: subject.conversationId,
      subject: subject.title,
      trigger: occurrence.kind === 'EVENT' ? occurrence.event : 'TIME_BASED',
      actions: rule.actions,
      effects,
      before: stateOf(subject.facts),
      after: subject.ticketId ? stateOf(applyActionsToFacts(subject.facts, rule.actions)) : null,
    });
  }
  return { evaluated: subjects.length, matchedCount: matches.length, matches };
}

export interface EscalationPreview {
  ticketId: string;
  /** False when the ticket's status does not allow escalating (RESOLVED, CLOSED, already ESCALATED). */
  canEscalate: boolean;
  rules: { ruleId: string; name: string; actions: Action[]; effects: string[] }[];
  before: TicketState;
  after: TicketState;
}

/** Which TICKET_ESCALATED rules an escalation of this ticket would apply now, and the result. */
export async function escalationPreview(ctx: Context, ticketId: string): Promise<EscalationPreview> {
  const scope = ctx.scope();
  const tenantId = scope?.kind === 'tenant' ? scope.tenantId : null;
  if (!tenantId || !isUuid(ticketId)) throw notFound('Ticket');
  const services = ctx.services;
  const now = services.clock.now();
  const [rules, subject] = await Promise.all([rulesForEvaluation(services.readPool, tenantId), ticketSubject(services.readPool, tenantId, ticketId, now)]);
  if (!subject?.ticketId || !subject.facts.ticket) throw notFound('Ticket');
  const canEscalate = subject.status === 'OPEN' || subject.status === 'PENDING';
  // The rules see the ticket as it will be: escalated.
  const facts: RuleFacts = { ...subject.facts, ticket: { ...subject.facts.ticket, status: 'ESCALATED' } };
  const escalated = { ...subject, facts };
  await withBusinessHours(services.readPool, tenantId, rules, [escalated], now);
  const selection = selectRules(rules, { kind: 'EVENT', event: 'TICKET_ESCALATED' }, facts);
  const names = await namesFor(services, tenantId, selection.matched.flatMap((m) => m.actions));
  const after = selection.matched.reduce((f, m) => applyActionsToFacts(f, m.actions), facts);
  return {
    ticketId,
    canEscalate,
    rules: selection.matched.map((m) => ({ ruleId: m.rule.id, name: m.rule.name, actions: m.actions, effects: m.actions.map((a) => describeAction(a, names)) })),
    before: stateOf(subject.facts)!,
    after: stateOf(after)!,
  };
}

