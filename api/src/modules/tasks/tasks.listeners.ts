// Tasks react to meetings: a scheduled CALLBACK gets one task "Call back <contact>" for its
// organizer, due at the meeting's start and linked to the meeting and its conversation / ticket
// (once per meeting: `source_key` = `callback:<meetingId>`); a moved callback moves the open task's
// due time; a cancelled one cancels it. Actor: SYSTEM.
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type MeetingFacts } from '../../events/domain-events.js';
import { createTask, openTaskBySource, updateTask } from './task.service.js';
import { TaskStatus } from './task.entity.js';

const SYSTEM = { kind: 'SYSTEM', id: null } as const;
export const callbackSourceKey = (meetingId: string) => `callback:${meetingId}`;

async function contactName(services: AppServices, tenantId: string, contactIds: string[]): Promise<string> {
  if (!contactIds.length) return 'the customer';
  const [r] = await services.readPool.query<{ name: string | null; email: string | null }>(
    `select name, email from contacts where tenant_id = $1 and id = any($2::uuid[]) order by array_position($2::uuid[], id) limit 1`,
    [tenantId, contactIds],
  );
  return r?.name?.trim() || r?.email?.trim() || 'the customer';
}

export async function taskForCallback(services: AppServices, tenantId: string, m: MeetingFacts) {
  if (m.type !== 'CALLBACK') return null;
  const who = await contactName(services, tenantId, m.contactIds);
  return createTask(services, tenantId, SYSTEM, {
    title: `Call back ${who}`.slice(0, 200),
    assigneeId: m.organizerId,
    dueAt: new Date(m.startsAt),
    meetingId: m.meetingId,
    conversationId: m.conversationId,
    ticketId: m.ticketId,
    tags: ['callback'],
    sourceKey: callbackSourceKey(m.meetingId),
  });
}

export function tasksListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'tasks.callback-scheduled',
      on: 'meeting.scheduled',
      handle: (e) => taskForCallback(services, e.tenantId, e.payload),
    }),
    listener({
      name: 'tasks.callback-moved',
      on: 'meeting.updated',
      async handle(e) {
        if (e.payload.type !== 'CALLBACK') return;
        const open = await openTaskBySource(services, e.tenantId, callbackSourceKey(e.payload.meetingId));
        if (!open) return;
        const at = new Date(e.payload.startsAt);
        if (open.dueAt?.getTime() === at.getTime()) return;
        await updateTask(services, e.tenantId, open.id, SYSTEM, { dueAt: at });
      },
    }),
    listener({
      name: 'tasks.callback-cancelled',
      on: 'meeting.cancelled',
      async handle(e) {
        if (e.payload.type !== 'CALLBACK') return;
        const open = await openTaskBySource(services, e.tenantId, callbackSourceKey(e.payload.meetingId));
        if (open) await updateTask(services, e.tenantId, open.id, SYSTEM, { status: TaskStatus.CANCELLED });
      },
    }),
  ];
}
