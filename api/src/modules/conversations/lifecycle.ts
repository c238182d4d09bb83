// The conversation lifecycle: the ONLY place where status, handler, assignee and queue change.
// Each named transition checks the current state and returns what changes, the system message to
// post (if any) and the domain events to emit after commit. Pure: no database, no clock but `now`;
// callers apply it under the conversation's row lock (withLockedConversation).
//
//              enqueue            assign / takeOver / transfer→person
//   BOT ──────────────► WAITING ──────────────────────────────► OPEN
//    ▲ handBack            │ ▲ transfer→queue                      │
//    └─────────────────────┴─┴──────────────────────────────────────┘
//   any of BOT, WAITING, OPEN ── resolve ──► RESOLVED ── reopen ──► back to BOT / WAITING / OPEN
//   anything ── close ──► CLOSED (final: every transition out of it is refused)
import { conflict } from '../../errors.js';
import type { DomainEventName } from '../../events/domain-events.js';
import { ConversationStatus as S, Handler } from './conversation.entity.js';

export interface Person {
  id: string;
  displayName: string;
}

/** What the lifecycle reads and writes of a conversation. */
export interface LifecycleState {
  status: S;
  handler: Handler;
  assigneeId: string | null;
  queueId: string | null;
  waitingSince: Date | null;
  resolvedAt: Date | null;
  reopenCount: number;
  aiFailedAttempts: number;
}

export type Transition =
  /** To humans: wait in `queueId` (the assistant handed off, or someone asked for a person). */
  | { name: 'enqueue'; queueId: string; reason?: string }
  /** Routing gives a waiting conversation to a person. */
  | { name: 'assign'; agent: Person }
  /** A person takes the conversation themselves (from the assistant, the queue or nobody). */
  | { name: 'takeOver'; agent: Person }
  /** Back to the assistant. */
  | { name: 'handBack' }
  /** A person moves it to another person, or back into a queue (routing may assign it again). */
  | { name: 'transfer'; toAgent: Person; /** Who transferred (a person handing it to themselves is not told about it). */ byUserId?: string | null }
  | { name: 'transfer'; toQueueId: string }
  | { name: 'resolve' }
  | { name: 'reopen' }
  | { name: 'close' };
export type TransitionName = Transition['name'];

export interface Planned {
  /** False: nothing to do (e.g. a retry of the same request); nothing is written or emitted. */
  changed: boolean;
  next: LifecycleState;
  systemMessage: string | null;
  events: { name: DomainEventName; extra: Record<string, unknown> }[];
}

const JOINED = (p: Person) => `${p.displayName} joined the conversation`;
export const IN_LINE = 'You are in line for an agent; we will be with you shortly';
const BACK_TO_ASSISTANT = 'The assistant is back in this conversation';
const RESOLVED = 'This conversation was marked as resolved';

const refuse = (t: TransitionName, state: LifecycleState) =>
  conflict(`Cannot ${t} a conversation that is ${state.status}`, { currentStatus: state.status, transition: t });

const unchanged = (state: LifecycleState): Planned => ({ changed: false, next: state, systemMessage: null, events: [] });

/** Decide a transition. Throws CONFLICT (naming the current state) when it is not allowed. */
export function plan(state: LifecycleState, t: Transition, now: Date): Planned {
  const s = state.status;
  if (s === S.CLOSED) {
    if (t.name === 'close') return unchanged(state);
    throw refuse(t.name, state);
  }
  const withPerson = (agent: Person): LifecycleState => ({ ...state, status: S.OPEN, handler: Handler.HUMAN, assigneeId: agent.id, waitingSince: null, resolvedAt: null });
  const reopened = (next: LifecycleState): LifecycleState => (s === S.RESOLVED ? { ...next, resolvedAt: null, reopenCount: state.reopenCount + 1 } : next);
  const previous = { previousAssigneeId: state.assigneeId };

  switch (t.name) {
    case 'enqueue': {
      if (s === S.OPEN && state.assigneeId) return unchanged(state); // a person has it already
      if (s === S.WAITING && state.queueId === t.queueId) return unchanged(state); // already in line there
      const alreadyWaiting = s === S.WAITING && !!state.waitingSince;
      const next = reopened({ ...state, status: S.WAITING, handler: Handler.HUMAN, assigneeId: null, queueId: t.queueId, waitingSince: alreadyWaiting ? state.waitingSince : now });
      const handedOff = s === S.BOT || s === S.RESOLVED;
      const events: Planned['events'] = handedOff
        ? [{ name: 'conversation.handed_off', extra: { reason: t.reason ?? 'CUSTOMER_ASKED' } }]
        : [{ name: 'conversation.transferred', extra: { fromAssigneeId: state.assigneeId, fromQueueId: state.queueId } }];
      return { changed: true, next, systemMessage: handedOff ? IN_LINE : null, events };
    }
    case 'assign': {
      if (s !== S.WAITING) throw refuse(t.name, state);
      return { changed: true, next: withPerson(t.agent), systemMessage: JOINED(t.agent), events: [{ name: 'conversation.assigned', extra: { via: 'AUTO', selfAssigned: false, ...previous } }] };
    }
    case 'takeOver': {
      if (state.handler === Handler.HUMAN && state.assigneeId === t.agent.id && s === S.OPEN) return unchanged(state); // already mine
      if (s === S.OPEN && state.assigneeId) throw conflict('Another agent already has this conversation', { currentStatus: s, transition: t.name });
      return { changed: true, next: reopened(withPerson(t.agent)), systemMessage: JOINED(t.agent), events: [{ name: 'conversation.assigned', extra: { via: 'MANUAL', selfAssigned: true, ...previous } }] };
    }
    case 'handBack': {
      if (s === S.BOT) return unchanged(state); // already with the assistant
      if (s === S.RESOLVED) throw refuse(t.name, state);
      const next = { ...state, status: S.BOT, handler: Handler.AI, assigneeId: null, waitingSince: null, aiFailedAttempts: 0 };
      return { changed: true, next, systemMessage: BACK_TO_ASSISTANT, events: [{ name: 'conversation.handed_back', extra: previous }] };
    }
    case 'transfer': {
      const from = { fromAssigneeId: state.assigneeId, fromQueueId: state.queueId };
      if ('toAgent' in t) {
        return {
          changed: true,
          next: reopened(withPerson(t.toAgent)),
          systemMessage: JOINED(t.toAgent),
          events: [{ name: 'conversation.transferred', extra: from }, { name: 'conversation.assigned', extra: { via: 'MANUAL', selfAssigned: t.byUserId === t.toAgent.id, ...previous } }],
        };
      }
      const next = reopened({ ...state, status: S.WAITING, handler: Handler.HUMAN, assigneeId: null, queueId: t.toQueueId, waitingSince: s === S.WAITING && state.waitingSince ? state.waitingSince : now });
      return { changed: true, next, systemMessage: null, events: [{ name: 'conversation.transferred', extra: from }] };
    }
    case 'resolve': {
      if (s === S.RESOLVED) return unchanged(state);
      const next = { ...state, status: S.RESOLVED, resolvedAt: now, waitingSince: null };
      return { changed: true, next, systemMessage: RESOLVED, events: [{ name: 'conversation.resolved', extra: { ...previous, wasWaiting: s === S.WAITING } }] };
    }
    case 'reopen': {
      if (s !== S.RESOLVED) return unchanged(state); // already open (a retry)
      const status = state.handler === Handler.HUMAN ? (state.assigneeId ? S.OPEN : S.WAITING) : S.BOT;
      const next = reopened({ ...state, status, waitingSince: status === S.WAITING ? now : null }); // back of the line
      return { changed: true, next, systemMessage: null, events: [{ name: 'conversation.reopened', extra: {} }] };
    }
    case 'close': {
      const next = { ...state, status: S.CLOSED, resolvedAt: state.resolvedAt ?? now, waitingSince: null };
      return { changed: true, next, systemMessage: null, events: [{ name: 'conversation.closed', extra: { ...previous, wasWaiting: s === S.WAITING } }] };
    }
  }
}
