// Domain events (docs/architecture.md, "Reactions"): what happened in one domain that others react
// to. One closed, typed list of names; payloads carry ids and the few fields listeners need.
// Emitted AFTER the change committed, by the instance that committed it, and handled there: each
// event is handled once in the whole deployment, never once per instance (Redis carries only the
// realtime topics that subscriptions read, see topics.ts). Listeners live in their own modules
// (`<module>.listeners.ts`), don't know each other, and one failing never stops the others nor
// undoes the change. Lost on a crash between commit and handling: every listener with a duty
// (routing, the assistant) has a sweeper that finds what was missed.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { platformMetrics, type PlatformMetrics } from '../metrics/platform-metrics.js';

export const DomainEventName = {
  /** A message was stored (any author; `private` for internal notes). */
  MESSAGE_CREATED: 'message.created',
  CONVERSATION_CREATED: 'conversation.created',
  /** The conversation went to humans (the assistant handed off, or someone asked for a person). */
  CONVERSATION_HANDED_OFF: 'conversation.handed_off',
  /** A person got the conversation (routing, take-over, or a transfer to a person). */
  CONVERSATION_ASSIGNED: 'conversation.assigned',
  /** Moved to another person or queue by a person. */
  CONVERSATION_TRANSFERRED: 'conversation.transferred',
  /** The assistant has the conversation again (hand-back). */
  CONVERSATION_HANDED_BACK: 'conversation.handed_back',
  CONVERSATION_RESOLVED: 'conversation.resolved',
  CONVERSATION_REOPENED: 'conversation.reopened',
  CONVERSATION_CLOSED: 'conversation.closed',
  /** A customer rated a conversation (CSAT). */
  CUSTOMER_RATED: 'customer.rated',
  /** A staff member's availability changed (chosen, silenced by the sweeper, or restored). */
  USER_AVAILABILITY_CHANGED: 'user.availability_changed',
  /** A staff member was changed (role, capacity, active, team). */
  USER_UPDATED: 'user.updated',
  /** A knowledge document was published (or re-published after an edit). */
  KNOWLEDGE_PUBLISHED: 'knowledge.published',
  /** A published knowledge document left the assistant's knowledge: unpublished, or deleted (`deleted`). */
  KNOWLEDGE_WITHDRAWN: 'knowledge.withdrawn',
  /**
   * The team labelled a customer question (ANSWERABLE: "our knowledge answers this" with the article;
   * UNANSWERABLE: "wrong / not in our knowledge"), labelled it again, or resolved it: the tenant's
   * calibration probes changed (calibration schedules a recalibration, debounced).
   */
  KNOWLEDGE_LABELLED: 'knowledge.labelled',
  /** Assistant settings of a tenant changed (`changed`: the setting names, e.g. `coverageTarget`, `handoffMode`). */
  TENANT_ASSISTANT_CHANGED: 'tenant.assistant_changed',
  TICKET_CREATED: 'ticket.created',
  /** Fields of a ticket changed (priority, queue, category, tags, status PENDING/OPEN, SLA policy…). */
  TICKET_UPDATED: 'ticket.updated',
  TICKET_ASSIGNED: 'ticket.assigned',
  /** A public reply or an internal comment was added. */
  TICKET_COMMENTED: 'ticket.commented',
  TICKET_ESCALATED: 'ticket.escalated',
  TICKET_RESOLVED: 'ticket.resolved',
  TICKET_REOPENED: 'ticket.reopened',
  TICKET_CLOSED: 'ticket.closed',
  /** An SLA target passed its at-risk share (default 80 %) without being met. */
  TICKET_SLA_AT_RISK: 'ticket.sla_at_risk',
  /** An SLA target's due time passed without being met. */
  TICKET_SLA_BREACHED: 'ticket.sla_breached',
  /** SLA policies were created, changed, disabled, deleted or reordered: open tickets may follow another policy now. */
  SLA_POLICIES_CHANGED: 'sla.policies_changed',
  /** Someone (the assistant, an agent) asked a human to decide on an action. */
  APPROVAL_REQUESTED: 'approval.requested',
  /** An approval was approved, rejected, escalated or reassigned. */
  APPROVAL_DECIDED: 'approval.decided',
  /** A staff user was invited (created without a password, or invited again). Carries the one-time token for the mail. */
  USER_INVITED: 'user.invited',
  /** A password reset link was issued for a staff user. Carries the one-time token for the mail. */
  USER_PASSWORD_RESET_REQUESTED: 'user.password_reset_requested',
  /** A meeting was scheduled (a CALLBACK from a conversation or ticket included). */
  MEETING_SCHEDULED: 'meeting.scheduled',
  /** A meeting's time, attendees, recurrence or details changed. */
  MEETING_UPDATED: 'meeting.updated',
  MEETING_CANCELLED: 'meeting.cancelled',
  /** Marked COMPLETED or NO_SHOW. */
  MEETING_COMPLETED: 'meeting.completed',
  /** A task was created (by a person, an API key, or the system for a callback). */
  TASK_CREATED: 'task.created',
  /** Fields or the status of a task changed (`changed` names them; `from`/`status` the status move). */
  TASK_UPDATED: 'task.updated',
} as const;
export type DomainEventName = (typeof DomainEventName)[keyof typeof DomainEventName];

type Status = 'BOT' | 'WAITING' | 'OPEN' | 'RESOLVED' | 'CLOSED';
type Handler = 'AI' | 'HUMAN';

/** Where a conversation stands after the change (listeners decide without reading it back). */
export interface ConversationFacts {
  conversationId: string;
  contactId: string;
  status: Status;
  handler: Handler;
  assigneeId: string | null;
  queueId: string | null;
}

/** A lifecycle transition's event: the state after the change, and the status it left. */
export type TransitionFacts = ConversationFacts & { from: Status };

/** Who made a change: rules use it so that a change made by a rule does not re-trigger that rule. */
export interface ActorFacts {
  kind: 'USER' | 'API_KEY' | 'RULE' | 'SYSTEM' | 'CONTACT';
  /** The user, key, rule or contact id (null for SYSTEM). */
  id: string | null;
  /**
   * kind RULE: every rule applied in this causal chain so far (automation/rule-evaluation.ts
   * `selectRules(...).chain`), so A→B→A stops at the second A, not only A→A.
   */
  ruleChain?: string[];
}

export type TicketStatus = 'OPEN' | 'PENDING' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';
export type TicketPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type SlaTarget = 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION';

/** Where a ticket stands after the change. */
export interface TicketFacts {
  ticketId: string;
  number: number;
  status: TicketStatus;
  priority: TicketPriority;
  queueId: string | null;
  assigneeId: string | null;
  contactId: string | null;
  conversationId: string | null;
  actor: ActorFacts;
}

/** A meeting after the change (times of its first occurrence, ISO strings). */
export interface MeetingFacts {
  meetingId: string;
  type: 'CALLBACK' | 'DEMO' | 'REVIEW' | 'PLANNING' | 'STANDUP' | 'OTHER';
  status: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
  organizerId: string;
  attendeeUserIds: string[];
  contactIds: string[];
  conversationId: string | null;
  ticketId: string | null;
  startsAt: string;
  endsAt: string;
  /** The meeting's version after the change (+1 per change): names one change for idempotent reactions. */
  version: number;
  /** Who made the change. */
  actor: ActorFacts;
}

export type TaskStatus = 'TODO' | 'IN_PROGRESS' | 'REVIEW' | 'DONE' | 'CANCELLED';

/** Where a task stands after the change. `completedAt`: ISO instant while DONE, else null. */
export interface TaskFacts {
  taskId: string;
  status: TaskStatus;
  assigneeId: string | null;
  title: string;
  createdAt: string;
  completedAt: string | null;
  actor: ActorFacts;
}

export interface DomainEventPayloads {
  'message.created': { conversationId: string; messageId: string; seq: number; author: 'CUSTOMER' | 'AI' | 'AGENT' | 'SYSTEM'; private: boolean; status: Status; handler: Handler };
  'conversation.created': ConversationFacts & { channel: string };
  'conversation.handed_off': TransitionFacts & { reason: string };
  /** `selfAssigned`: the assignee took it themselves (take-over, or a transfer to oneself). */
  'conversation.assigned': TransitionFacts & { via: 'AUTO' | 'MANUAL'; selfAssigned: boolean; previousAssigneeId: string | null };
  'conversation.transferred': TransitionFacts & { fromAssigneeId: string | null; fromQueueId: string | null };
  'conversation.handed_back': TransitionFacts & { previousAssigneeId: string | null };
  'conversation.resolved': TransitionFacts & { previousAssigneeId: string | null; wasWaiting: boolean };
  'conversation.reopened': TransitionFacts;
  'conversation.closed': TransitionFacts & { previousAssigneeId: string | null; wasWaiting: boolean };
  /**
   * `resolutionCycle`: the conversation's reopenCount when rated (one rating per cycle); `agentId`: the
   * person the rating counts for (null when `aiOnly`: the assistant handled it alone).
   */
  'customer.rated': {
    conversationId: string;
    contactId: string;
    rating: number;
    responseId?: string;
    resolutionCycle?: number;
    agentId?: string | null;
    aiOnly?: boolean;
    comment?: string | null;
  };
  'user.availability_changed': { userId: string; availability: 'ONLINE' | 'AWAY' | 'BUSY' | 'OFFLINE' };
  'user.updated': { userId: string };
  'knowledge.published': { documentId: string };
  'knowledge.withdrawn': { documentId: string; deleted: boolean };
  'tenant.assistant_changed': { changed: string[] };
  /** `documentId`: ANSWERABLE's article; `resolved`: the example is closed (an FAQ was written for it, or dismissed). */
  'knowledge.labelled': { exampleId: string; kind: 'ANSWERABLE' | 'UNANSWERABLE'; documentId: string | null; resolved: boolean };
  'ticket.created': TicketFacts & { channel: string };
  /** `changed`: the ticket fields that changed (camelCase names, as in TicketEvent.before/after). */
  'ticket.updated': TicketFacts & { changed: string[]; from: TicketStatus };
  'ticket.assigned': TicketFacts & { previousAssigneeId: string | null };
  'ticket.commented': TicketFacts & { ticketEventId: string; public: boolean };
  'ticket.escalated': TicketFacts & { from: TicketStatus; reason: string };
  'ticket.resolved': TicketFacts & { from: TicketStatus };
  'ticket.reopened': TicketFacts & { from: TicketStatus };
  'ticket.closed': TicketFacts & { from: TicketStatus };
  'ticket.sla_at_risk': TicketFacts & { target: SlaTarget; dueAt: string };
  'ticket.sla_breached': TicketFacts & { target: SlaTarget; dueAt: string };
  'sla.policies_changed': { policyIds: string[] };
  'approval.requested': { approvalId: string; ticketId: string | null; conversationId: string | null; approverId: string | null; actor: ActorFacts };
  /**
   * In-process only (domain events never travel through Redis): the token goes straight into the
   * mail, which is stored sealed. `tenantId` of the event is the user's tenant ('' for platform users).
   */
  'user.invited': { userId: string; email: string; displayName: string; tenantName: string | null; invitedByName: string | null; token: string; expiresAt: string };
  'user.password_reset_requested': { userId: string; email: string; displayName: string; tenantSlug: string | null; token: string; expiresAt: string };
  'meeting.scheduled': MeetingFacts;
  'meeting.updated': MeetingFacts & { changed: string[] };
  'meeting.cancelled': MeetingFacts;
  'meeting.completed': MeetingFacts;
  'task.created': TaskFacts;
  /**
   * `changed`: the task fields that changed (camelCase, as on Task); `from`: the status it left
   * (equal to `status` when the status did not change); `previousAssigneeId` when the assignee changed.
   */
  'task.updated': TaskFacts & { changed: string[]; from: TaskStatus; previousAssigneeId: string | null };
  'approval.decided': { approvalId: string; ticketId: string | null; conversationId: string | null; decision: 'APPROVED' | 'REJECTED' | 'ESCALATED' | 'REASSIGNED'; approverId: string | null; requestedById: string | null; actor: ActorFacts };
}

export interface DomainEvent<N extends DomainEventName = DomainEventName> {
  /** Unique per event: logs of a failing listener name it. */
  id: string;
  name: N;
  tenantId: string;
  at: string;
  payload: DomainEventPayloads[N];
}

/** Build an event (inside the transaction); emit it after commit. */
export function domainEvent<N extends DomainEventName>(name: N, tenantId: string, payload: DomainEventPayloads[N]): DomainEvent<N> {
  return { id: randomUUID(), name, tenantId, at: new Date().toISOString(), payload };
}

export interface Listener<N extends DomainEventName = DomainEventName> {
  /** `<module>.<duty>`, e.g. `routing.assign-on-availability`: names the listener in logs. */
  name: string;
  on: N;
  handle(event: DomainEvent<N>): Promise<unknown> | unknown;
  /**
   * `background`: per-message bookkeeping nobody waits for in the moment (reporting's response
   * facts, SLA clocks of linked tickets, automation rules on messages, reply mails). Such runs go
   * through a small FIFO lane (DomainEvents: at most `backgroundConcurrency` at once), so that
   * under load they queue in memory instead of in front of the work people wait for — the
   * assistant's answer, routing, an agent's reply — for database connections and the event loop
   * (session 10: with every listener started at once, 200 widget customers kept 140–260 requests
   * waiting for a pool connection and agent replies took seconds). Default: started at once.
   */
  lane?: 'background';
}

/** Declare a listener with its event's payload typed. */
export const listener = <const N extends DomainEventName>(l: Listener<N>): Listener<N> => l;

/** A listener of any one event (what `register` takes). */
export type AnyListener = { [N in DomainEventName]: Listener<N> }[DomainEventName];

/** Background runs at once: leaves most of a pool of 10 connections to the interactive work. */
export const BACKGROUND_CONCURRENCY = 3;
/**
 * Beyond this many waiting background runs, new ones start at once (as every run did before the
 * lane): sustained overload then costs latency, as it always did, rather than unbounded memory.
 */
export const BACKGROUND_QUEUE_LIMIT = 5000;

export class DomainEvents {
  private readonly listeners = new Map<DomainEventName, Listener[]>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private readonly counts: PlatformMetrics | null;
  /** The background lane: runs waiting for a slot (FIFO), and how many hold one. */
  private readonly waiting: (() => void)[] = [];
  private active = 0;

  constructor(
    private readonly log: Logger,
    metrics?: Metrics,
    private readonly backgroundConcurrency = BACKGROUND_CONCURRENCY,
  ) {
    this.counts = metrics ? platformMetrics(metrics) : null;
  }

  /** Background runs waiting for a slot (diagnostics, tests). */
  get backgroundWaiting(): number {
    return this.waiting.length;
  }

  /** A slot of the background lane; `release` hands it to the next waiting run. */
  private async slot(): Promise<boolean> {
    if (this.backgroundConcurrency <= 0) return false; // the lane is off
    if (this.active < this.backgroundConcurrency) {
      this.active++;
      return true;
    }
    if (this.waiting.length >= BACKGROUND_QUEUE_LIMIT) return false;
    await new Promise<void>((r) => this.waiting.push(r));
    return true; // the releasing run passed its slot on
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  register(...listeners: AnyListener[]): void {
    for (const l of listeners as Listener[]) {
      const list = this.listeners.get(l.on) ?? [];
      list.push(l);
      this.listeners.set(l.on, list);
    }
  }

  /** The listeners of one event, in registration order (benches that isolate one module's listener). */
  listenersOf(name: DomainEventName): readonly AnyListener[] {
    return (this.listeners.get(name) ?? []) as AnyListener[];
  }

  /** Unregister (tests that add a listener of their own). */
  unregister(l: AnyListener): void {
    const list = this.listeners.get(l.on);
    if (list) this.listeners.set(l.on, list.filter((x) => x !== l));
  }

  /**
   * After commit: hand every event to each of its listeners. Returns at once; each listener runs
   * on its own and a failure is logged with the event id. `settled()` waits for them.
   */
  emit(events: readonly DomainEvent[]): void {
    if (this.stopped) return;
    for (const event of events) {
      this.counts?.domainEvents.inc({ event: event.name });
      for (const l of this.listeners.get(event.name) ?? []) {
        const run = (async () => {
          const slotted = l.lane === 'background' && (await this.slot());
          try {
            await l.handle(event);
          } catch (err) {
            this.counts?.listenerFailures.inc({ listener: l.name, event: event.name });
            this.log.error({ err, eventId: event.id, event: event.name, listener: l.name }, 'domain event listener failed');
          } finally {
            if (slotted) this.release();
          }
        })();
        this.running.add(run);
        void run.finally(() => this.running.delete(run));
      }
    }
  }

  /** Resolves once every listener run started so far (and any they started) has finished. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }

  /** Shutdown: take no new events; wait for those running. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.settled();
  }
}
