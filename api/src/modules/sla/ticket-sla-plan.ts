// The SLA clock of one ticket, decided: given what the ticket and its clock row say now, what the
// SLA columns become and which timers must exist. Pure (no database, `now` is an argument), so
// the rules are read in one place: ticket-sla.ts applies the outcome under the ticket's row lock.
//
// A target's state only ever RISES through its timer (ACTIVE → AT_RISK → BREACHED, one history
// entry and one domain event each, ticket-sla.ts `fireSlaTimer`); a recompute may lower it (the
// due time moved later) but never raises it: a phase whose instant already passed gets a timer
// due now, so the rise is still recorded by the timer, exactly once.
import type { PausedInterval } from './sla-clock.js';
import { SlaState, worstSlaState } from './sla-clock.js';
import { recomputeSla, type SlaRecompute } from './sla-matching.js';
import type { SlaSetup } from './sla.reads.js';

export type SlaTargetName = 'FIRST_RESPONSE' | 'NEXT_RESPONSE' | 'RESOLUTION';
export type SlaPhase = 'AT_RISK' | 'BREACHED';
export const TARGETS: readonly SlaTargetName[] = ['FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION'];
export const PHASES: readonly SlaPhase[] = ['AT_RISK', 'BREACHED'];

/** The ticket's columns each target lives in. */
export const FIELDS = {
  FIRST_RESPONSE: { due: 'firstResponseDueAt', state: 'slaFirstResponseState', detail: 'firstResponse' },
  NEXT_RESPONSE: { due: 'nextResponseDueAt', state: 'slaNextResponseState', detail: 'nextResponse' },
  RESOLUTION: { due: 'resolutionDueAt', state: 'slaResolutionState', detail: 'resolution' },
} as const;

const RUNNING_RANK: Record<string, number> = { ACTIVE: 0, AT_RISK: 1, BREACHED: 2 };
const BY_RANK = [SlaState.ACTIVE, SlaState.AT_RISK, SlaState.BREACHED] as const;
export const isSettled = (s: string | null | undefined) => s === SlaState.MET || s === SlaState.MISSED;
/** How far a running target got (0 ACTIVE, 1 AT_RISK, 2 BREACHED); settled or none: -1. */
export const rankOf = (s: string | null | undefined) => (s && s in RUNNING_RANK ? RUNNING_RANK[s] : -1);
export const phaseRank = (p: SlaPhase) => RUNNING_RANK[p];

/** The timer key of one phase of one target of a ticket. */
export const timerKey = (ticketId: string, target: SlaTargetName, phase: SlaPhase) => `${ticketId}:${target}:${phase}`;
export const allTimerKeys = (ticketId: string) => TARGETS.flatMap((t) => PHASES.map((p) => timerKey(ticketId, t, p)));

export interface TicketSlaInput {
  ticketId: string;
  status: 'OPEN' | 'PENDING' | 'ESCALATED' | 'RESOLVED' | 'CLOSED';
  priority: string;
  queueId: string | null;
  tags: readonly string[];
  vip: boolean;
  createdAt: Date;
  firstRespondedAt: Date | null;
  slaPolicyId: string | null;
  due: Record<SlaTargetName, Date | null>;
  state: Record<SlaTargetName, string | null>;
  awaitingReplySince: Date | null;
  pauses: PausedInterval[];
}

/** What happened, besides "look again" (a policy, priority, queue, tag or status change). */
export type SlaCause = 'recompute' | 'staffReply' | 'customerWrote' | 'reopened';

export interface PlannedTimer {
  key: string;
  target: SlaTargetName;
  phase: SlaPhase;
  /** The clock instant at which the phase is reached. */
  at: Date;
  /** The target's due time the timer belongs to (the handler compares it with the ticket's). */
  dueAt: Date;
  /** Changes whenever the instant or the due time moves: the older job becomes stale. */
  version: string;
}

export interface TicketSlaPlan {
  patch: {
    slaPolicyId: string | null;
    firstResponseDueAt: Date | null;
    nextResponseDueAt: Date | null;
    resolutionDueAt: Date | null;
    firstRespondedAt?: Date;
    slaFirstResponseState: string | null;
    slaNextResponseState: string | null;
    slaResolutionState: string | null;
    slaState: string | null;
    slaPausedAt: Date | null;
  };
  awaitingReplySince: Date | null;
  pauses: PausedInterval[];
  /** Timers that must exist (any other key of the ticket must not). */
  timers: PlannedTimer[];
}

const OPEN = new Set(['OPEN', 'PENDING', 'ESCALATED']);

export function planTicketSla(t: TicketSlaInput, setup: SlaSetup, now: Date, cause: SlaCause): TicketSlaPlan {
  const state = { ...t.state };
  const due = { ...t.due };
  const open = OPEN.has(t.status);
  const paused = t.status === 'PENDING';
  let awaiting = t.awaitingReplySince;
  let firstRespondedAt: Date | undefined;

  // PENDING opens a pause (now), anything else closes the open one (now).
  const pauses = t.pauses.map((p) => ({ ...p }));
  const openPause = pauses.find((p) => !p.to);
  if (paused && !openPause) pauses.push({ from: now, to: null });
  if (!paused && openPause) openPause.to = now;
  // While paused, due times read "if the clock ran again now" (shown, never timed).
  const counted = pauses.map((p) => (p.to ? p : { from: p.from, to: now }));

  if (cause === 'reopened' && open) state.RESOLUTION = null;
  const responded = !!t.firstRespondedAt || isSettled(state.FIRST_RESPONSE);
  if (cause === 'customerWrote' && open && responded && !awaiting) {
    awaiting = now;
    state.NEXT_RESPONSE = null;
  }

  const r: SlaRecompute = recomputeSla(setup.policies, setup.calendars, { priority: t.priority, queueId: t.queueId, vip: t.vip, tags: t.tags, startedAt: t.createdAt, awaitingReplySince: awaiting, pauses: counted }, {
    policyId: t.slaPolicyId,
    firstResponseDueAt: t.due.FIRST_RESPONSE,
    nextResponseDueAt: t.due.NEXT_RESPONSE,
    resolutionDueAt: t.due.RESOLUTION,
  });
  // A resolved or closed ticket keeps the policy it was measured by.
  const policyId = open ? r.policyId : t.slaPolicyId;
  const atRisk: Record<SlaTargetName, Date | null> = { FIRST_RESPONSE: null, NEXT_RESPONSE: null, RESOLUTION: null };
  for (const k of TARGETS) {
    const d = r.due?.[FIELDS[k].detail];
    if (!policyId) {
      // No policy applies (any more): no due times, no states, no timers (a closed record stays).
      if (open) {
        due[k] = null;
        state[k] = null;
      }
    } else if (isSettled(state[k])) {
      // Met or missed: its due time is history (kept for the record), whatever happens now.
    } else if (!open || !d?.dueAt) {
      if (open) {
        due[k] = null;
        state[k] = null;
      }
    } else {
      due[k] = d.dueAt;
      atRisk[k] = d.atRiskAt ?? d.dueAt;
      const reached = now >= d.dueAt ? 2 : now >= atRisk[k]! ? 1 : 0;
      state[k] = BY_RANK[Math.min(Math.max(rankOf(state[k]), 0), reached)];
    }
  }

  // A staff reply meets the first response, then each next response the customer waits for.
  const settle = (k: SlaTargetName) => {
    if (due[k] && !isSettled(state[k])) state[k] = now <= due[k]! ? SlaState.MET : SlaState.MISSED;
    atRisk[k] = null;
  };
  // (No policy, no clock: nothing is recorded, not even the first reply's time.)
  if (cause === 'staffReply' && open && policyId) {
    if (!t.firstRespondedAt) {
      firstRespondedAt = now;
      settle('FIRST_RESPONSE');
    } else if (awaiting) {
      settle('NEXT_RESPONSE');
      awaiting = null;
    }
  }
  // Resolved or closed: every target still running is met (or missed) now.
  if (!open) {
    for (const k of TARGETS) if (policyId && !isSettled(state[k])) settle(k);
    awaiting = null;
  }

  const timers: PlannedTimer[] = [];
  if (open && !paused && policyId) {
    for (const k of TARGETS) {
      if (!due[k] || !atRisk[k] || isSettled(state[k])) continue;
      const rank = rankOf(state[k]);
      for (const phase of PHASES) {
        if (rank >= phaseRank(phase)) continue;
        const at = phase === 'AT_RISK' ? atRisk[k]! : due[k]!;
        timers.push({ key: timerKey(t.ticketId, k, phase), target: k, phase, at, dueAt: due[k]!, version: `${due[k]!.toISOString()}|${at.toISOString()}` });
      }
    }
  }

  return {
    patch: {
      slaPolicyId: policyId,
      firstResponseDueAt: due.FIRST_RESPONSE,
      nextResponseDueAt: due.NEXT_RESPONSE,
      resolutionDueAt: due.RESOLUTION,
      ...(firstRespondedAt ? { firstRespondedAt } : {}),
      slaFirstResponseState: state.FIRST_RESPONSE,
      slaNextResponseState: state.NEXT_RESPONSE,
      slaResolutionState: state.RESOLUTION,
      slaState: worstSlaState([state.FIRST_RESPONSE, state.NEXT_RESPONSE, state.RESOLUTION] as SlaState[]),
      slaPausedAt: paused ? (pauses.find((p) => !p.to)?.from ?? now) : null,
    },
    awaitingReplySince: awaiting,
    pauses: pauses.filter((p) => !p.to || p.to > p.from),
    timers,
  };
}
