// The conversation lifecycle, every (state, transition) pair: allowed → the resulting state, a
// no-op (a retry) → nothing changes, refused → CONFLICT naming the current state.
import { describe, expect, it } from 'vitest';
import { plan, type LifecycleState, type Transition } from '../../../api/src/modules/conversations/lifecycle.js';
import { ConversationStatus as S, Handler as H } from '../../../api/src/modules/conversations/conversation.entity.js';
import { DomainError } from '../../../api/src/errors.js';

const me = { id: 'me', displayName: 'Mia' };
const t0 = new Date('2026-12-01T10:00:00Z');
const now = new Date('2026-12-01T10:05:00Z');
const base: LifecycleState = { status: S.BOT, handler: H.AI, assigneeId: null, queueId: null, waitingSince: null, resolvedAt: null, reopenCount: 0, aiFailedAttempts: 2 };

const STATES: Record<string, LifecycleState> = {
  BOT: base,
  WAITING: { ...base, status: S.WAITING, handler: H.HUMAN, queueId: 'q1', waitingSince: t0 },
  OPEN_ME: { ...base, status: S.OPEN, handler: H.HUMAN, assigneeId: 'me', queueId: 'q1' },
  OPEN_OTHER: { ...base, status: S.OPEN, handler: H.HUMAN, assigneeId: 'other', queueId: 'q1' },
  RESOLVED_AI: { ...base, status: S.RESOLVED, resolvedAt: t0 },
  RESOLVED_HUMAN: { ...base, status: S.RESOLVED, handler: H.HUMAN, assigneeId: 'other', queueId: 'q1', resolvedAt: t0 },
  CLOSED: { ...base, status: S.CLOSED, handler: H.HUMAN, assigneeId: 'other', resolvedAt: t0 },
};

const TRANSITIONS: Record<string, Transition> = {
  enqueue: { name: 'enqueue', queueId: 'q2' },
  assign: { name: 'assign', agent: me },
  takeOver: { name: 'takeOver', agent: me },
  handBack: { name: 'handBack' },
  transferToMe: { name: 'transfer', toAgent: me },
  transferToQueue: { name: 'transfer', toQueueId: 'q2' },
  resolve: { name: 'resolve' },
  reopen: { name: 'reopen' },
  close: { name: 'close' },
};

// C: CONFLICT; =: nothing to do; otherwise the status after (and who has it: 'me', '-' nobody, 'other').
const TABLE: Record<string, Record<string, string>> = {
  //               enqueue      assign     takeOver   handBack   transferToMe transferToQueue resolve            reopen        close
  BOT:            { enqueue: 'WAITING -', assign: 'C', takeOver: 'OPEN me', handBack: '=', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: 'RESOLVED -', reopen: '=', close: 'CLOSED -' },
  WAITING:        { enqueue: 'WAITING -', assign: 'OPEN me', takeOver: 'OPEN me', handBack: 'BOT -', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: 'RESOLVED -', reopen: '=', close: 'CLOSED -' },
  OPEN_ME:        { enqueue: '=', assign: 'C', takeOver: '=', handBack: 'BOT -', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: 'RESOLVED me', reopen: '=', close: 'CLOSED me' },
  OPEN_OTHER:     { enqueue: '=', assign: 'C', takeOver: 'C', handBack: 'BOT -', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: 'RESOLVED other', reopen: '=', close: 'CLOSED other' },
  RESOLVED_AI:    { enqueue: 'WAITING -', assign: 'C', takeOver: 'OPEN me', handBack: 'C', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: '=', reopen: 'BOT -', close: 'CLOSED -' },
  RESOLVED_HUMAN: { enqueue: 'WAITING -', assign: 'C', takeOver: 'OPEN me', handBack: 'C', transferToMe: 'OPEN me', transferToQueue: 'WAITING -', resolve: '=', reopen: 'OPEN other', close: 'CLOSED other' },
  CLOSED:         { enqueue: 'C', assign: 'C', takeOver: 'C', handBack: 'C', transferToMe: 'C', transferToQueue: 'C', resolve: 'C', reopen: 'C', close: '=' },
};

const who = (s: LifecycleState) => s.assigneeId ?? '-';

describe('conversation lifecycle', () => {
  for (const [stateName, state] of Object.entries(STATES)) {
    for (const [tName, t] of Object.entries(TRANSITIONS)) {
      const expected = TABLE[stateName][tName];
      it(`${stateName} —${tName}→ ${expected}`, () => {
        if (expected === 'C') {
          let error: unknown;
          try {
            plan(state, t, now);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('CONFLICT');
          expect((error as DomainError).details).toMatchObject({ currentStatus: state.status, transition: t.name });
          return;
        }
        const p = plan(state, t, now);
        if (expected === '=') {
          expect(p.changed).toBe(false);
          expect(p.next).toEqual(state);
          expect(p.events).toEqual([]);
          expect(p.systemMessage).toBeNull();
          return;
        }
        expect(p.changed).toBe(true);
        expect(`${p.next.status} ${who(p.next)}`).toBe(expected);
        // Invariants of every state the lifecycle produces.
        if (p.next.status === S.OPEN) expect([p.next.handler, !!p.next.assigneeId]).toEqual([H.HUMAN, true]);
        if (p.next.status === S.WAITING) expect([p.next.handler, p.next.assigneeId, !!p.next.waitingSince, !!p.next.queueId]).toEqual([H.HUMAN, null, true, true]);
        if (p.next.status === S.BOT) expect([p.next.handler, p.next.assigneeId]).toEqual([H.AI, null]);
        if (p.next.status !== S.WAITING) expect(p.next.waitingSince).toBeNull();
        if (p.next.status === S.RESOLVED || p.next.status === S.CLOSED) expect(p.next.resolvedAt).not.toBeNull();
        if (state.status === S.RESOLVED && p.next.status !== S.CLOSED) expect([p.next.resolvedAt, p.next.reopenCount]).toEqual([null, 1]);
        expect(p.events.length).toBeGreaterThan(0);
      });
    }
  }

  it('a waiting conversation moved to another queue keeps its place in time; a new one waits from now', () => {
    expect(plan(STATES.WAITING, TRANSITIONS.enqueue, now).next.waitingSince).toEqual(t0);
    expect(plan(STATES.BOT, TRANSITIONS.enqueue, now).next.waitingSince).toEqual(now);
    expect(plan(STATES.WAITING, { name: 'enqueue', queueId: 'q1' }, now).changed).toBe(false); // asked again: already in line
  });

  it('names the person who joined, once, in the system message', () => {
    for (const t of [TRANSITIONS.assign, TRANSITIONS.takeOver, TRANSITIONS.transferToMe]) expect(plan(STATES.WAITING, t, now).systemMessage).toBe('Mia joined the conversation');
    expect(plan(STATES.OPEN_ME, TRANSITIONS.handBack, now).next.aiFailedAttempts).toBe(0);
  });
});
