// The ticket lifecycle, every (status, transition) pair: allowed → the next status, its history
// action and domain event; a no-op (a retry) → nothing; refused → CONFLICT naming the status.
import { describe, expect, it } from 'vitest';
import { plan, type TicketState, type TicketTransition } from '../../../api/src/modules/tickets/ticket-lifecycle.js';
import { TicketStatus as S } from '../../../api/src/modules/tickets/ticket.entity.js';
import { DomainError } from '../../../api/src/errors.js';
import type { ActorFacts } from '../../../api/src/events/domain-events.js';

const me: ActorFacts = { kind: 'USER', id: 'me' };
const rule: ActorFacts = { kind: 'RULE', id: 'r1' };
const t0 = new Date('2026-12-01T10:00:00Z');
const now = new Date('2026-12-01T10:05:00Z');
const state = (status: S, extra: Partial<TicketState> = {}): TicketState => ({ status, resolvedAt: null, closedAt: null, resolvedBy: null, ...extra });

const STATES: Record<string, TicketState> = {
  OPEN: state(S.OPEN),
  PENDING: state(S.PENDING),
  ESCALATED: state(S.ESCALATED),
  RESOLVED_BY_ME: state(S.RESOLVED, { resolvedAt: t0, resolvedBy: me }),
  RESOLVED_BY_RULE: state(S.RESOLVED, { resolvedAt: t0, resolvedBy: rule }),
  CLOSED: state(S.CLOSED, { resolvedAt: t0, closedAt: t0 }),
};
const TRANSITIONS: Record<string, TicketTransition> = {
  resolve: { name: 'resolve' },
  reopen: { name: 'reopen' },
  close: { name: 'close' },
  escalate: { name: 'escalate', reason: 'why' },
  setPending: { name: 'setPending' },
  setOpen: { name: 'setOpen' },
};

// status after, history action, domain event — or 'noop' / 'CONFLICT'.
type Want = 'noop' | 'CONFLICT' | [S, string, string];
const R: Want = [S.RESOLVED, 'RESOLVED', 'ticket.resolved'];
const C: Want = [S.CLOSED, 'CLOSED', 'ticket.closed'];
const E: Want = [S.ESCALATED, 'ESCALATED', 'ticket.escalated'];
const P: Want = [S.PENDING, 'UPDATED', 'ticket.updated'];
const O: Want = [S.OPEN, 'UPDATED', 'ticket.updated'];
const REOPEN: Want = [S.OPEN, 'REOPENED', 'ticket.reopened'];
const TABLE: Record<string, Record<string, Want>> = {
  OPEN: { resolve: R, reopen: 'noop', close: C, escalate: E, setPending: P, setOpen: 'noop' },
  PENDING: { resolve: R, reopen: 'CONFLICT', close: C, escalate: E, setPending: 'noop', setOpen: O },
  ESCALATED: { resolve: R, reopen: 'CONFLICT', close: C, escalate: 'noop', setPending: P, setOpen: O },
  RESOLVED_BY_ME: { resolve: 'noop', reopen: REOPEN, close: C, escalate: 'CONFLICT', setPending: 'CONFLICT', setOpen: 'CONFLICT' },
  RESOLVED_BY_RULE: { resolve: 'CONFLICT', reopen: REOPEN, close: C, escalate: 'CONFLICT', setPending: 'CONFLICT', setOpen: 'CONFLICT' },
  CLOSED: { resolve: 'CONFLICT', reopen: 'CONFLICT', close: 'noop', escalate: 'CONFLICT', setPending: 'CONFLICT', setOpen: 'CONFLICT' },
};

describe('ticket lifecycle: every (status, transition) pair', () => {
  for (const [s, row] of Object.entries(TABLE)) {
    for (const [t, want] of Object.entries(row)) {
      it(`${s} × ${t} → ${Array.isArray(want) ? want[0] : want}`, () => {
        const from = STATES[s];
        if (want === 'CONFLICT') {
          let error: unknown;
          try {
            plan(from, TRANSITIONS[t], me, now);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('CONFLICT');
          expect((error as DomainError).details.currentStatus).toBe(from.status);
          return;
        }
        const p = plan(from, TRANSITIONS[t], me, now);
        if (want === 'noop') {
          expect(p.changed).toBe(false);
          expect(p.next).toBe(from);
          expect(p.event).toBeNull();
          return;
        }
        expect(p.changed).toBe(true);
        expect([p.next.status, p.action, p.event?.name]).toEqual(want);
        if (t === 'resolve') expect(p.next).toMatchObject({ resolvedAt: now, resolvedBy: me });
        if (t === 'reopen') expect(p.next).toMatchObject({ resolvedAt: null, resolvedBy: null });
        if (t === 'close') expect(p.next.closedAt).toBe(now);
        if (t === 'escalate') expect(p.event?.extra).toEqual({ reason: 'why' });
      });
    }
  }
});
