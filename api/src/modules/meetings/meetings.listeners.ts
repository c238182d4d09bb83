// Callbacks tell the customer when they change: a CALLBACK meeting linked to a conversation that is
// moved (its start changed) or cancelled gets one SYSTEM message in that conversation, with the time
// in the customer's time zone stored on the meeting (as scheduleCallback's message has it).
// Idempotent: the message carries a clientMessageId per change (`callback:<id>:moved:<version>`,
// `callback:<id>:cancelled`), so a repeated event appends nothing.
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type MeetingFacts } from '../../events/domain-events.js';
import { withLockedConversation } from '../conversations/locked-conversation.js';
import { Author } from '../conversations/message.entity.js';
import { customerTime } from './callback.service.js';

export const callbackMessageKey = (meetingId: string, change: 'moved' | 'cancelled', version?: number) =>
  change === 'moved' ? `callback:${meetingId}:moved:${version}` : `callback:${meetingId}:cancelled`;

async function customerTimezoneOf(services: AppServices, tenantId: string, meetingId: string): Promise<string | null> {
  const [r] = await services.readPool.scopedQuery<{ tz: string }>(
    { kind: 'tenant', tenantId },
    `select coalesce(customer_timezone, timezone) as tz from meetings where tenant_id = $1 and id = $2`,
    [meetingId],
  );
  return r?.tz ?? null;
}

async function tellCustomer(services: AppServices, tenantId: string, m: MeetingFacts, key: string, body: (tz: string) => string): Promise<void> {
  if (m.type !== 'CALLBACK' || !m.conversationId) return;
  const tz = await customerTimezoneOf(services, tenantId, m.meetingId);
  if (!tz) return;
  await withLockedConversation(services, tenantId, m.conversationId, (lc) =>
    lc.append({ author: Author.SYSTEM, body: body(tz), private: false, clientMessageId: key }),
  );
}

export function meetingsListeners(services: AppServices): AnyListener[] {
  return [
    listener({
      name: 'meetings.callback-moved-message',
      on: 'meeting.updated',
      handle: (e) => {
        const m = e.payload;
        if (m.status !== 'SCHEDULED' || !m.changed.includes('startsAt')) return;
        return tellCustomer(services, e.tenantId, m, callbackMessageKey(m.meetingId, 'moved', m.version), (tz) => `Your callback moved to ${customerTime(new Date(m.startsAt), tz)}.`);
      },
    }),
    listener({
      name: 'meetings.callback-cancelled-message',
      on: 'meeting.cancelled',
      handle: (e) =>
        tellCustomer(services, e.tenantId, e.payload, callbackMessageKey(e.payload.meetingId, 'cancelled'), (tz) => `Your callback on ${customerTime(new Date(e.payload.startsAt), tz)} was cancelled.`),
    }),
  ];
}
