// Callbacks: a CALLBACK meeting from a conversation or ticket with the assignee (or the caller)
// and the contact, and a message to the customer with the time in their time zone.
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { requireStaffTenant } from '../../auth/viewer.js';
import { withLockedConversation } from '../conversations/locked-conversation.js';
import { Author } from '../conversations/message.entity.js';
import { isValidTimeZone } from '../sla/business-time.js';
import { MeetingType } from './meeting.entity.js';
import type { ScheduleCallbackInput } from './meeting.inputs.js';
import { scheduleMeeting, type ScheduledRef } from './meeting.service.js';

interface Origin {
  conversation_id: string | null;
  ticket_id: string | null;
  contact_id: string | null;
  contact_name: string | null;
  assignee_id: string | null;
  timezone: string;
}

/** "Tuesday, 8 December 2026 at 15:00 (Europe/Berlin)". */
export function customerTime(t: Date, tz: string): string {
  const s = new Intl.DateTimeFormat('en-GB', { timeZone: tz, dateStyle: 'full', timeStyle: 'short' }).format(t);
  return `${s} (${tz})`;
}

export async function scheduleCallback(ctx: Context, input: ScheduleCallbackInput): Promise<ScheduledRef> {
  const services = ctx.services;
  const tenantId = requireStaffTenant(ctx.viewer, 'Callbacks belong to a tenant: sign in as a member of it');
  if (!input.conversationId && !input.ticketId) throw badInput('give conversationId or ticketId', 'conversationId');
  if (input.conversationId && !isUuid(input.conversationId)) throw notFound('Conversation');
  if (input.ticketId && !isUuid(input.ticketId)) throw notFound('Ticket');
  const duration = input.durationMinutes ?? 15;
  if (!Number.isInteger(duration) || duration < 5 || duration > 240) throw badInput('durationMinutes must be 5–240', 'durationMinutes');
  const tz = input.customerTimezone?.trim() || null;
  if (tz && !isValidTimeZone(tz)) throw badInput(`unknown time zone "${tz}"`, 'customerTimezone');
  const [o] = input.ticketId
    ? await services.readPool.scopedQuery<Origin & Record<string, unknown>>(
        { kind: 'tenant', tenantId },
        `select coalesce(t.conversation_id, $3::uuid) as conversation_id, t.id as ticket_id, coalesce(t.contact_id, c.contact_id) as contact_id,
                ct.name as contact_name, coalesce(t.assignee_id, c.assignee_id) as assignee_id, tn.timezone
           from tickets t join tenants tn on tn.id = t.tenant_id
           left join conversations c on c.id = coalesce(t.conversation_id, $3::uuid) and c.tenant_id = $1
           left join contacts ct on ct.id = coalesce(t.contact_id, c.contact_id)
          where t.tenant_id = $1 and t.id = $2`,
        [input.ticketId, input.conversationId ?? null],
      )
    : await services.readPool.scopedQuery<Origin & Record<string, unknown>>(
        { kind: 'tenant', tenantId },
        `select c.id as conversation_id, null::uuid as ticket_id, c.contact_id, ct.name as contact_name, c.assignee_id, tn.timezone
           from conversations c join tenants tn on tn.id = c.tenant_id left join contacts ct on ct.id = c.contact_id
          where c.tenant_id = $1 and c.id = $2`,
        [input.conversationId],
      );
  if (!o) throw notFound(input.ticketId ? 'Ticket' : 'Conversation');
  if (input.conversationId && o.conversation_id !== input.conversationId) throw notFound('Conversation');
  const v = ctx.viewer;
  const agentId = o.assignee_id ?? (v.kind === 'user' ? v.userId : null);
  if (!agentId) throw badInput('the conversation has no assignee: sign in as the agent who calls back', 'conversationId');
  const customerTimezone = tz ?? o.timezone;
  const startsAt = input.startsAt;
  const endsAt = new Date(startsAt.getTime() + duration * 60_000);
  const ref = await scheduleMeeting(
    ctx,
    {
      title: input.title?.trim() || `Callback: ${o.contact_name ?? 'customer'}`,
      startsAt,
      endsAt,
      timezone: customerTimezone,
      type: MeetingType.CALLBACK,
      organizerId: agentId,
      attendeeUserIds: v.kind === 'user' && v.userId !== agentId ? [v.userId] : [],
      attendeeContactIds: o.contact_id ? [o.contact_id] : [],
      conversationId: o.conversation_id,
      ticketId: o.ticket_id,
      allowConflicts: input.allowConflicts ?? false,
    },
    { customerTimezone },
  );
  if (o.conversation_id) {
    const conversationId = o.conversation_id;
    await withLockedConversation(services, tenantId, conversationId, (lc) =>
      lc.append({ author: Author.SYSTEM, body: `We will call you back on ${customerTime(startsAt, customerTimezone)}.`, private: false }),
    ).catch((e) => ctx.log.warn({ err: e, meetingId: ref.id }, 'meetings: the callback message could not be posted'));
  }
  return ref;
}
