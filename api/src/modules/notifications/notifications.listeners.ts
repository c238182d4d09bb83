// Who hears about what (docs/api.md, "Notifications"). Each listener decides the recipients from
// the event's payload (plus a small read for a readable title) and calls `notify`; nobody is told
// about something they did themselves.
import type { AppServices } from '../../services.js';
import { listener, type ActorFacts, type AnyListener, type SlaTarget, type TicketFacts } from '../../events/domain-events.js';
import { mentionedUserIds } from './mentions.js';
import { notify, notifyQueueMembers, notifyUsersWithPermission, queueMemberIds, userIdsWithPermission, type NewNotification } from './notification.service.js';

const byUser = (actor: ActorFacts, userId: string) => actor.kind === 'USER' && actor.id === userId;
const notBy = (actor: ActorFacts) => (ids: string[]) => ids.filter((id) => !byUser(actor, id));

const TARGET: Record<SlaTarget, string> = { FIRST_RESPONSE: 'first response', NEXT_RESPONSE: 'next response', RESOLUTION: 'resolution' };

async function conversationLabel(services: AppServices, tenantId: string, conversationId: string): Promise<{ who: string; subject: string | null }> {
  const [row] = await services.readPool.query<{ name: string | null; subject: string | null }>(
    `select k.name, c.subject from conversations c left join contacts k on k.id = c.contact_id and k.tenant_id = c.tenant_id where c.id = $1 and c.tenant_id = $2`,
    [conversationId, tenantId],
  );
  return { who: row?.name?.trim() || 'a customer', subject: row?.subject ?? null };
}

/** The assignee, else the queue's members, else everyone who may assign tickets: someone must hear. */
async function ticketOwners(services: AppServices, tenantId: string, t: TicketFacts, n: NewNotification) {
  if (t.assigneeId) return notify(services, tenantId, [t.assigneeId], n);
  if (t.queueId) return notifyQueueMembers(services, tenantId, t.queueId, n);
  return notifyUsersWithPermission(services, tenantId, 'tickets.assign', n);
}

const ticketSubject = (t: TicketFacts) => ({ subjectKind: 'TICKET' as const, subjectId: t.ticketId });

export function notificationListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'notifications.conversation-assigned',
      on: 'conversation.assigned',
      async handle({ tenantId, payload: p }) {
        if (!p.assigneeId || p.selfAssigned) return;
        const { who, subject } = await conversationLabel(services, tenantId, p.conversationId);
        await notify(services, tenantId, [p.assigneeId], {
          kind: 'ASSIGNED',
          title: p.via === 'AUTO' ? `New conversation with ${who}` : `A conversation with ${who} was transferred to you`,
          body: subject ?? '',
          subjectKind: 'CONVERSATION',
          subjectId: p.conversationId,
        });
      },
    }),
    listener({
      name: 'notifications.mentioned-in-note',
      on: 'message.created',
      lane: 'background',
      async handle({ tenantId, payload: p }) {
        if (!p.private || p.author !== 'AGENT') return;
        const [message] = await services.readPool.query<{ body: string; author_user_id: string | null; author_name: string | null }>(
          `select m.body, m.author_user_id, u.display_name as author_name
             from messages m left join users u on u.id = m.author_user_id
            where m.id = $1 and m.tenant_id = $2`,
          [p.messageId, tenantId],
        );
        if (!message?.body.includes('@')) return;
        const staff = await services.readPool.query<{ id: string; display_name: string }>(`select id, display_name from users where tenant_id = $1 and active`, [tenantId]);
        const named = mentionedUserIds(message.body, staff.map((s) => ({ id: s.id, displayName: s.display_name }))).filter((id) => id !== message.author_user_id);
        if (!named.length) return;
        await notify(services, tenantId, named, {
          kind: 'MENTIONED',
          title: `${message.author_name ?? 'A colleague'} mentioned you in a note`,
          body: message.body,
          subjectKind: 'CONVERSATION',
          subjectId: p.conversationId,
        });
      },
    }),
    listener({
      name: 'notifications.ticket-assigned',
      on: 'ticket.assigned',
      async handle({ tenantId, payload: p }) {
        if (!p.assigneeId || byUser(p.actor, p.assigneeId)) return;
        await notify(services, tenantId, [p.assigneeId], { kind: 'ASSIGNED', title: `Ticket #${p.number} was assigned to you`, body: `Priority ${p.priority.toLowerCase()}`, ...ticketSubject(p) });
      },
    }),
    listener({
      name: 'notifications.ticket-sla-at-risk',
      on: 'ticket.sla_at_risk',
      async handle({ tenantId, payload: p }) {
        await ticketOwners(services, tenantId, p, { kind: 'SLA_AT_RISK', title: `Ticket #${p.number}: ${TARGET[p.target]} due soon`, body: `Due ${p.dueAt}`, ...ticketSubject(p) });
      },
    }),
    listener({
      name: 'notifications.ticket-sla-breached',
      on: 'ticket.sla_breached',
      async handle({ tenantId, payload: p }) {
        await ticketOwners(services, tenantId, p, { kind: 'SLA_BREACHED', title: `Ticket #${p.number}: ${TARGET[p.target]} overdue`, body: `Was due ${p.dueAt}`, ...ticketSubject(p) });
      },
    }),
    listener({
      name: 'notifications.ticket-escalated',
      on: 'ticket.escalated',
      async handle({ tenantId, payload: p }) {
        const n: NewNotification = { kind: 'ESCALATED_TO_QUEUE', title: `Ticket #${p.number} was escalated`, body: p.reason, ...ticketSubject(p) };
        const ids = p.queueId ? await queueMemberIds(services, tenantId, p.queueId) : await userIdsWithPermission(services, tenantId, 'tickets.assign');
        await notify(services, tenantId, notBy(p.actor)(ids), n);
      },
    }),
    listener({
      name: 'notifications.approval-requested',
      on: 'approval.requested',
      async handle({ tenantId, payload: p }) {
        const n: NewNotification = { kind: 'APPROVAL_WAITING', title: 'An approval waits for your decision', body: p.ticketId ? 'About a ticket' : p.conversationId ? 'About a conversation' : '', subjectKind: 'APPROVAL', subjectId: p.approvalId };
        if (p.approverId) await notify(services, tenantId, notBy(p.actor)([p.approverId]), n);
        else {
          await notify(services, tenantId, notBy(p.actor)(await userIdsWithPermission(services, tenantId, 'approvals.decide')), n);
        }
      },
    }),
    listener({
      name: 'notifications.approval-decided',
      on: 'approval.decided',
      async handle({ tenantId, payload: p }) {
        if (p.decision === 'REASSIGNED') {
          // The new approver now has it waiting.
          if (p.approverId) await notify(services, tenantId, notBy(p.actor)([p.approverId]), { kind: 'APPROVAL_WAITING', title: 'An approval was handed to you', subjectKind: 'APPROVAL', subjectId: p.approvalId });
          return;
        }
        if (!p.requestedById) return;
        await notify(services, tenantId, notBy(p.actor)([p.requestedById]), {
          kind: 'APPROVAL_DECIDED',
          title: `Your approval request was ${p.decision.toLowerCase()}`,
          subjectKind: 'APPROVAL',
          subjectId: p.approvalId,
        });
      },
    }),
    // A task handed to someone (created for them, or reassigned): they hear, unless they did it.
    listener({
      name: 'notifications.task-assigned-on-create',
      on: 'task.created',
      async handle({ tenantId, payload: p }) {
        if (!p.assigneeId) return;
        await notify(services, tenantId, notBy(p.actor)([p.assigneeId]), { kind: 'ASSIGNED', title: `Task for you: ${p.title}`, subjectKind: 'TASK', subjectId: p.taskId });
      },
    }),
    listener({
      name: 'notifications.task-assigned',
      on: 'task.updated',
      async handle({ tenantId, payload: p }) {
        if (!p.assigneeId || !p.changed.includes('assigneeId')) return;
        await notify(services, tenantId, notBy(p.actor)([p.assigneeId]), { kind: 'ASSIGNED', title: `Task assigned to you: ${p.title}`, subjectKind: 'TASK', subjectId: p.taskId });
      },
    }),
  ];
}
