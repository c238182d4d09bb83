// Reporting listens to the domain events (one listener per concern) and writes reporting_events
// rows folded into the rollups (reporting.writer.ts; definitions in definitions.ts and
// docs/kpis.md). Every instant is the domain event's `at`, never a fresh clock read. Listeners
// are idempotent: a row's dedupe key comes from the event, the conversation and its cycle.
import type { AppServices } from '../../services.js';
import { listener, type AnyListener, type DomainEvent, type TransitionFacts } from '../../events/domain-events.js';
import type { FiredTimer } from '../../jobs/timers.js';
import { ReportingWriter } from './reporting.writer.js';

const writers = new WeakMap<AppServices, ReportingWriter>();
/** One writer per app (the read pool's prepared statements, the app's timers). */
export function reportingWriter(services: AppServices): ReportingWriter {
  let w = writers.get(services);
  if (!w) {
    w = new ReportingWriter(services.readPool, services.timers);
    writers.set(services, w);
  }
  return w;
}

type TransitionEvent = 'conversation.handed_off' | 'conversation.assigned' | 'conversation.transferred' | 'conversation.handed_back' | 'conversation.resolved' | 'conversation.reopened' | 'conversation.closed';

/** The listeners, built on any writer (the app's, or a test's with its own timers). */
export function listenersOn(writer: ReportingWriter): AnyListener[] {
  const transition = <N extends TransitionEvent>(name: string, on: N) =>
    listener({
      name: `reporting.${name}`,
      on,
      async handle(e: DomainEvent<N>) {
        const p = e.payload as TransitionFacts;
        await writer.conversationFact(
          e.tenantId,
          p.conversationId,
          { kind: 'transition', at: new Date(e.at), eventId: e.id, event: on, from: p.from, status: p.status, handler: p.handler, assigneeId: p.assigneeId, queueId: p.queueId },
          { agentId: p.assigneeId },
        );
      },
    });
  return [
    listener({
      name: 'reporting.conversation-opened',
      on: 'conversation.created',
      async handle(e) {
        const p = e.payload;
        await writer.conversationFact(e.tenantId, p.conversationId, { kind: 'created', at: new Date(e.at), channel: p.channel, queueId: p.queueId, inBot: p.handler === 'AI' && p.status === 'BOT' });
      },
    }),
    listener({
      name: 'reporting.responses',
      on: 'message.created',
      lane: 'background', // one per message; the live figures it moves are pushed at most once a second anyway
      async handle(e) {
        const p = e.payload;
        if (p.private || p.author === 'SYSTEM') return; // never a response nor a wait: no read at all
        await writer.conversationFact(
          e.tenantId,
          p.conversationId,
          { kind: 'message', at: new Date(e.at), messageId: p.messageId, author: p.author, private: p.private, authorUserId: null },
          { messageId: p.author === 'AGENT' ? p.messageId : null },
        );
      },
    }),
    transition('bot-handoff', 'conversation.handed_off'),
    transition('assignment', 'conversation.assigned'),
    transition('transfer', 'conversation.transferred'),
    transition('hand-back', 'conversation.handed_back'),
    transition('resolution', 'conversation.resolved'),
    transition('reopen', 'conversation.reopened'),
    transition('close', 'conversation.closed'),
    listener({
      name: 'reporting.escalated-to-ticket',
      on: 'ticket.created',
      async handle(e) {
        const p = e.payload;
        if (!p.conversationId) return;
        await writer.conversationFact(e.tenantId, p.conversationId, { kind: 'escalated', at: new Date(e.at), ticketId: p.ticketId });
      },
    }),
    listener({
      name: 'reporting.csat',
      on: 'customer.rated',
      async handle(e) {
        const { conversationId, contactId: _contact, rating, ...extra } = e.payload as DomainEvent<'customer.rated'>['payload'] & Record<string, unknown>;
        await writer.conversationFact(e.tenantId, conversationId, { kind: 'rated', at: new Date(e.at), eventId: e.id, rating, extra: pickScalars(extra) });
      },
    }),
    listener({
      name: 'reporting.sla-on-resolved',
      on: 'ticket.resolved',
      async handle(e) {
        await writer.ticketSla(e.tenantId, e.payload.ticketId, new Date(e.at), null);
      },
    }),
    listener({
      name: 'reporting.sla-on-breached',
      on: 'ticket.sla_breached',
      async handle(e) {
        if (e.payload.target !== 'RESOLUTION') return;
        await writer.ticketSla(e.tenantId, e.payload.ticketId, new Date(e.at), e.payload.dueAt);
      },
    }),
    listener({
      name: 'reporting.task-done',
      on: 'task.updated',
      async handle(e) {
        const p = e.payload;
        if (p.status !== 'DONE' || p.from === 'DONE' || !p.completedAt) return; // only a move into DONE is a completion
        await writer.taskDone(e.tenantId, { taskId: p.taskId, assigneeId: p.assigneeId, createdAt: new Date(p.createdAt), completedAt: new Date(p.completedAt) });
      },
    }),
    listener({
      name: 'reporting.agent-activity',
      on: 'user.availability_changed',
      async handle(e) {
        if (!e.tenantId) return; // platform staff have no tenant to report on
        await writer.availabilityChanged(e.tenantId, e.payload.userId, e.payload.availability, new Date(e.at));
      },
    }),
  ];
}

/** Extra CSAT fields worth keeping on the row (ids, short texts, numbers), never whole objects. */
function pickScalars(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 200)) out[k] = v;
  }
  return out;
}

export const reportingListeners = (services: AppServices): AnyListener[] => listenersOn(reportingWriter(services));

/** 72 h after a bucket (ten minutes) of resolutions (the timer checks the facts itself: a reopen in between is in the state). */
export async function fireAfterResolution(services: AppServices, timer: FiredTimer): Promise<void> {
  const { from, to } = timer.data as { from: number; to: number };
  await reportingWriter(services).afterResolutions(timer.tenantId, new Date(from), new Date(to));
}
