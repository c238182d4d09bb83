// The ticket lifecycle: the ONLY place where a ticket's status changes. Pure: callers apply the
// plan under the ticket's row lock (withLockedTicket), which writes the one TicketEvent.
//
//   OPEN ⇄ PENDING          (setPending / setOpen)
//   OPEN, PENDING ── escalate ──► ESCALATED ── setOpen ──► OPEN
//   OPEN, PENDING, ESCALATED ── resolve ──► RESOLVED ── reopen ──► OPEN
//   anything ── close ──► CLOSED (final: every transition out of it is refused)
//
// Asking for the state a ticket is already in is a retry and changes nothing — except resolve:
// a ticket someone ELSE resolved answers CONFLICT, so of two agents resolving at once one wins
// and the other learns it lost (the row lock orders them).
import { conflict } from '../../errors.js';
import type { ActorFacts, DomainEventName } from '../../events/domain-events.js';
import { TicketStatus as S } from './ticket.entity.js';
import { TicketAction } from './ticket-event.entity.js';

export interface TicketState {
  status: S;
  resolvedAt: Date | null;
  closedAt: Date | null;
  /** Who resolved it (the last RESOLVED event), when status is RESOLVED. */
  resolvedBy: ActorFacts | null;
}

export type TicketTransition =
  | { name: 'resolve' }
  | { name: 'reopen' }
  | { name: 'close' }
  | { name: 'escalate'; reason: string }
  | { name: 'setPending' }
  | { name: 'setOpen' };
export type TicketTransitionName = TicketTransition['name'];

export interface TicketPlan {
  /** False: nothing to do (a retry); nothing is written or emitted. */
  changed: boolean;
  next: TicketState;
  /** The history entry's action. */
  action: TicketAction;
  /** The domain event to emit after commit (with `from` and any `extra`). */
  event: { name: DomainEventName; extra: Record<string, unknown> } | null;
}

const refuse = (t: TicketTransitionName, state: TicketState) =>
  conflict(`Cannot ${t} a ticket that is ${state.status}`, { currentStatus: state.status, transition: t });

const sameActor = (a: ActorFacts | null, b: ActorFacts) => !!a && a.kind === b.kind && a.id === b.id;

export function plan(state: TicketState, t: TicketTransition, actor: ActorFacts, now: Date): TicketPlan {
  const s = state.status;
  const unchanged = (action: TicketAction): TicketPlan => ({ changed: false, next: state, action, event: null });
  const to = (status: S, action: TicketAction, event: DomainEventName, extra: Partial<TicketState> = {}, eventExtra: Record<string, unknown> = {}): TicketPlan => ({
    changed: true,
    next: { ...state, status, ...extra },
    action,
    event: { name: event, extra: eventExtra },
  });
  if (s === S.CLOSED) {
    if (t.name === 'close') return unchanged(TicketAction.CLOSED);
    throw refuse(t.name, state);
  }
  switch (t.name) {
    case 'resolve':
      if (s === S.RESOLVED) {
        if (sameActor(state.resolvedBy, actor)) return unchanged(TicketAction.RESOLVED);
        throw conflict('Someone else resolved this ticket already', { currentStatus: s, transition: t.name });
      }
      return to(S.RESOLVED, TicketAction.RESOLVED, 'ticket.resolved', { resolvedAt: now, resolvedBy: actor });
    case 'reopen':
      if (s === S.OPEN) return unchanged(TicketAction.REOPENED);
      if (s !== S.RESOLVED) throw refuse(t.name, state);
      return to(S.OPEN, TicketAction.REOPENED, 'ticket.reopened', { resolvedAt: null, resolvedBy: null });
    case 'close':
      return to(S.CLOSED, TicketAction.CLOSED, 'ticket.closed', { closedAt: now });
    case 'escalate':
      if (s === S.ESCALATED) return unchanged(TicketAction.ESCALATED);
      if (s === S.RESOLVED) throw refuse(t.name, state);
      return to(S.ESCALATED, TicketAction.ESCALATED, 'ticket.escalated', {}, { reason: t.reason });
    case 'setPending':
      if (s === S.PENDING) return unchanged(TicketAction.UPDATED);
      if (s === S.RESOLVED) throw refuse(t.name, state);
      return to(S.PENDING, TicketAction.UPDATED, 'ticket.updated');
    case 'setOpen':
      if (s === S.OPEN) return unchanged(TicketAction.UPDATED);
      if (s === S.RESOLVED) throw refuse(t.name, state);
      return to(S.OPEN, TicketAction.UPDATED, 'ticket.updated');
  }
}
