// Applying one matched rule's actions to a real ticket, through the tickets service with the
// actor `{ kind: 'RULE', id, ruleChain }` (that chain is the loop guard: the change's own event
// will not apply this rule, nor any earlier rule of the chain, again). All field actions of one
// rule become ONE ticket change (one TicketEvent); notifications go through the notifications
// service. Each action's outcome is what the rule's run row records.
import type { AppServices } from '../../services.js';
import { DomainError } from '../../errors.js';
import type { ActorFacts } from '../../events/domain-events.js';
import { Priority } from '../conversations/conversation.entity.js';
import { addTicketComment, changeTicket, escalateTicket, type TicketPatch } from '../tickets/ticket.service.js';
import { notify, notifyQueueMembers } from '../notifications/notification.service.js';
import { PRIORITIES, type Action, type Rule } from './rule-language.js';
import type { Subject } from './rule-facts.js';

export type ActionOutcome = Action & {
  outcome: 'APPLIED' | 'SKIPPED' | 'SCHEDULED' | 'FAILED';
  /** Why it was skipped or failed. */
  reason?: string;
};

/** Which of the queues / users the actions name still exist (users: active staff). */
export interface LiveRefs {
  queueIds: Set<string>;
  userIds: Set<string>;
}

export async function liveRefs(services: AppServices, tenantId: string, actions: readonly Action[]): Promise<LiveRefs> {
  const queues = new Set<string>();
  const users = new Set<string>();
  for (const a of actions) {
    if ('queueId' in a && a.queueId) queues.add(a.queueId);
    if (a.type === 'assign') users.add(a.userId);
    if (a.type === 'notifyUsers') a.userIds.forEach((u) => users.add(u));
  }
  if (!queues.size && !users.size) return { queueIds: new Set(), userIds: new Set() };
  const rows = await services.readPool.scopedQuery<{ kind: string; id: string }>(
    { kind: 'tenant', tenantId },
    `select 'queue' as kind, id::text as id from queues where tenant_id = $1 and id = any($2::uuid[])
     union all
     select 'user', id::text from users where tenant_id = $1 and id = any($3::uuid[]) and active`,
    [[...queues], [...users]],
  );
  return {
    queueIds: new Set(rows.filter((r) => r.kind === 'queue').map((r) => r.id)),
    userIds: new Set(rows.filter((r) => r.kind === 'user').map((r) => r.id)),
  };
}

const TICKET_FIELD_ACTIONS = new Set<Action['type']>(['setQueue', 'setPriority', 'boostPriority', 'assign', 'unassign', 'addTag', 'removeTag', 'addInternalComment', 'escalate']);

/**
 * Apply `rule`'s actions to the subject. Never throws for a refused change (a closed ticket, a
 * status that cannot escalate): the affected actions are FAILED with the reason.
 */
export async function applyRuleActions(
  services: AppServices,
  tenantId: string,
  subject: Subject,
  rule: Rule,
  actions: readonly Action[],
  chain: string[],
  refs: LiveRefs,
): Promise<ActionOutcome[]> {
  const actor: ActorFacts = { kind: 'RULE', id: rule.id, ruleChain: chain };
  const out: ActionOutcome[] = [];
  const ticket = subject.facts.ticket;
  const patch: TicketPatch = {};
  const comments: string[] = [];
  let escalate: Extract<Action, { type: 'escalate' }> | null = null;
  let priority = ticket?.priority ?? 'MEDIUM';
  let tags = [...(ticket?.tags ?? [])];
  const fieldOutcomes: ActionOutcome[] = [];

  for (const a of actions) {
    if (TICKET_FIELD_ACTIONS.has(a.type) && !subject.ticketId) {
      out.push({ ...a, outcome: 'SKIPPED', reason: 'no ticket: the conversation has none yet' });
      continue;
    }
    const gone = (what: string) => out.push({ ...a, outcome: 'SKIPPED', reason: `${what} no longer exists` });
    const field = (o: ActionOutcome) => {
      out.push(o);
      fieldOutcomes.push(o);
    };
    switch (a.type) {
      case 'setQueue':
        if (!refs.queueIds.has(a.queueId)) {
          gone('the queue');
          break;
        }
        patch.queueId = a.queueId;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'setPriority':
        priority = a.priority;
        patch.priority = a.priority as Priority;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'boostPriority': {
        const i = PRIORITIES.indexOf(priority);
        priority = PRIORITIES[Math.min(PRIORITIES.length - 1, Math.max(0, i + a.steps))];
        patch.priority = priority as Priority;
        field({ ...a, outcome: 'APPLIED' });
        break;
      }
      case 'assign':
        if (!refs.userIds.has(a.userId)) {
          gone('the user');
          break;
        }
        patch.assigneeId = a.userId;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'unassign':
        patch.assigneeId = null;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'addTag':
        if (!tags.some((t) => t.toLowerCase() === a.tag.toLowerCase())) tags = [...tags, a.tag];
        patch.tags = tags;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'removeTag':
        tags = tags.filter((t) => t.toLowerCase() !== a.tag.toLowerCase());
        patch.tags = tags;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'addInternalComment':
        comments.push(a.text);
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'escalate':
        if (a.queueId && !refs.queueIds.has(a.queueId)) {
          gone('the queue');
          break;
        }
        escalate = a;
        if (a.queueId) patch.queueId = a.queueId;
        if (a.priority) patch.priority = a.priority as Priority;
        field({ ...a, outcome: 'APPLIED' });
        break;
      case 'notifyUsers':
      case 'notifyQueue':
        out.push({ ...a, outcome: 'APPLIED' }); // sent after the ticket change, below
        break;
      case 'slaMultiplier':
        out.push({ ...a, outcome: 'SKIPPED', reason: 'tickets have no SLA factor yet: recorded, not applied' });
        break;
      case 'webhook':
        out.push({ ...a, outcome: 'SCHEDULED', reason: 'stored; delivery comes with webhooks' });
        break;
    }
  }

  if (subject.ticketId && fieldOutcomes.length) {
    try {
      await changeTicketFields(services, tenantId, subject, rule, actor, patch, comments, escalate);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      for (const o of fieldOutcomes) Object.assign(o, { outcome: 'FAILED', reason: err.message });
    }
  }

  const label = subject.ticketNumber != null ? `ticket #${subject.ticketNumber}` : 'a conversation';
  const note = {
    kind: 'AUTOMATION_RULE' as const,
    title: `Rule “${rule.name}”: ${label}`,
    body: subject.title ?? '',
    subjectKind: subject.ticketId ? ('TICKET' as const) : ('CONVERSATION' as const),
    subjectId: (subject.ticketId ?? subject.conversationId)!,
  };
  for (const o of out) {
    if (o.type === 'notifyUsers') {
      const live = o.userIds.filter((u) => refs.userIds.has(u));
      if (!live.length) Object.assign(o, { outcome: 'SKIPPED', reason: 'none of these users exists any more' });
      else await notify(services, tenantId, live, note);
    } else if (o.type === 'notifyQueue') {
      if (!refs.queueIds.has(o.queueId)) Object.assign(o, { outcome: 'SKIPPED', reason: 'the queue no longer exists' });
      else await notifyQueueMembers(services, tenantId, o.queueId, note);
    }
  }
  return out;
}

async function changeTicketFields(
  services: AppServices,
  tenantId: string,
  subject: Subject,
  rule: Rule,
  actor: ActorFacts,
  patch: TicketPatch,
  comments: string[],
  escalate: Extract<Action, { type: 'escalate' }> | null,
): Promise<void> {
  const ticketId = subject.ticketId!;
  const comment = comments.length ? { body: comments.join('\n\n'), public: false } : undefined;
  const canEscalate = subject.status === 'OPEN' || subject.status === 'PENDING';
  if (escalate && canEscalate) {
    await escalateTicket(services, tenantId, ticketId, actor, `Escalated by rule “${rule.name}”`, patch);
    if (comment) await addTicketComment(services, tenantId, ticketId, actor, comment.body, false);
    return;
  }
  // Already escalated (or nothing to escalate): the target queue / priority still apply.
  await changeTicket(services, tenantId, ticketId, actor, patch, { comment });
}
