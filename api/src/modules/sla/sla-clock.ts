// The SLA clock, pure: due times from a policy's targets, a start and the paused intervals, and the
// state of one target at an instant. Tickets call these with plain facts (no entities, no clock of
// their own: `now` is always an argument).
import { addBusinessMinutes, businessMsBetween, type SlaCalendar } from './business-time.js';

/** A span during which the clock stood still (the ticket was PENDING). `to` null: still paused. */
export interface PausedInterval {
  from: Date;
  to: Date | null;
}

export interface SlaTargets {
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

/**
 * The instant at which `minutes` of running clock have passed since `start`, not counting paused
 * time (only the business time inside a pause is lost: a pause over a night or a weekend costs
 * nothing the calendar would have counted anyway). Null while a pause that began before the due
 * time is still open: there is no due time until the clock runs again.
 */
export function dueAfter(calendar: SlaCalendar, start: Date, minutes: number, pauses: readonly PausedInterval[] = []): Date | null {
  let cursor = start;
  let remainingMs = minutes * 60_000;
  for (const p of mergePauses(pauses)) {
    const to = p.to;
    if (to && to <= cursor) continue;
    const candidate = addBusinessMinutes(calendar, cursor, remainingMs / 60_000);
    if (candidate <= p.from) return candidate;
    if (p.from > cursor) remainingMs -= businessMsBetween(calendar, cursor, p.from);
    if (!to) return null;
    cursor = to;
  }
  return addBusinessMinutes(calendar, cursor, remainingMs / 60_000);
}

/** Sorted, overlaps merged, empty spans dropped. */
export function mergePauses(pauses: readonly PausedInterval[]): PausedInterval[] {
  const sorted = pauses.filter((p) => !p.to || p.to > p.from).slice().sort((a, b) => a.from.getTime() - b.from.getTime());
  const out: PausedInterval[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (!last.to || p.from <= last.to)) {
      if (last.to && (!p.to || p.to > last.to)) last.to = p.to;
      continue;
    }
    out.push({ from: p.from, to: p.to });
  }
  return out;
}

/** Running (unpaused) clock time in [start, until), in ms: business time, or calendar time for null. */
export function elapsedMs(calendar: SlaCalendar, start: Date, until: Date, pauses: readonly PausedInterval[] = []): number {
  if (until <= start) return 0;
  let total = businessMsBetween(calendar, start, until);
  for (const p of mergePauses(pauses)) {
    const lo = p.from > start ? p.from : start;
    const hi = !p.to || p.to > until ? until : p.to;
    if (hi > lo) total -= businessMsBetween(calendar, lo, hi);
  }
  return total;
}

export interface SlaClockFacts {
  targets: SlaTargets;
  /** The policy's calendar when it counts business hours; null for calendar time (24/7). */
  calendar: SlaCalendar;
  /** When the ticket was created (first response and resolution count from here). */
  startedAt: Date;
  /** The customer message still waiting for an agent's reply (next response counts from here); null: none. */
  awaitingReplySince?: Date | null;
  /** Time spent PENDING (all three clocks stand still during it). */
  pauses?: readonly PausedInterval[];
  /** Share of a target after which it is AT_RISK (default 0.8). */
  atRiskShare?: number;
}

export interface SlaDue {
  dueAt: Date | null;
  /** When the target turns AT_RISK (share × target of running clock after its start). */
  atRiskAt: Date | null;
}

export interface SlaDueTimes {
  firstResponse: SlaDue;
  nextResponse: SlaDue;
  resolution: SlaDue;
}

const noDue: SlaDue = { dueAt: null, atRiskAt: null };

function due(calendar: SlaCalendar, start: Date | null | undefined, minutes: number | null, pauses: readonly PausedInterval[], share: number): SlaDue {
  if (!start || minutes == null) return noDue;
  return { dueAt: dueAfter(calendar, start, minutes, pauses), atRiskAt: dueAfter(calendar, start, minutes * share, pauses) };
}

/**
 * Due (and at-risk) instants of the three targets. A target without minutes, a next response
 * with nothing awaiting a reply, and any target while a pause is open answer null.
 */
export function slaDueTimes(f: SlaClockFacts): SlaDueTimes {
  const pauses = f.pauses ?? [];
  const share = f.atRiskShare ?? 0.8;
  return {
    firstResponse: due(f.calendar, f.startedAt, f.targets.firstResponseMinutes, pauses, share),
    nextResponse: due(f.calendar, f.awaitingReplySince, f.targets.nextResponseMinutes, pauses, share),
    resolution: due(f.calendar, f.startedAt, f.targets.resolutionMinutes, pauses, share),
  };
}

export const SlaState = { ACTIVE: 'ACTIVE', AT_RISK: 'AT_RISK', BREACHED: 'BREACHED', MET: 'MET', MISSED: 'MISSED' } as const;
export type SlaState = (typeof SlaState)[keyof typeof SlaState];

export interface SlaTargetStateInput {
  now: Date;
  startedAt: Date;
  /** Null: no due time now (no target, or paused) — the target is ACTIVE with no instants. */
  dueAt: Date | null;
  atRiskShare?: number;
  /** When the target was met (the reply sent, the ticket resolved); null/undefined: not yet. */
  metAt?: Date | null;
  /** The business calendar when the policy counts business hours; null/undefined: calendar time. */
  calendar?: SlaCalendar;
}

export interface SlaTargetStatus {
  state: SlaState;
  /** When it turns (or turned) AT_RISK: start + share × (due − start), in business time for a business calendar. */
  atRiskAt: Date | null;
  /** When it breaches (its due time). */
  breachedAt: Date | null;
}

/** The state of one target at `now`, with the instants at which it changes (for timers). */
export function slaTargetState(i: SlaTargetStateInput): SlaTargetStatus {
  const { now, startedAt, dueAt } = i;
  if (!dueAt) return { state: i.metAt ? SlaState.MET : SlaState.ACTIVE, atRiskAt: null, breachedAt: null };
  const share = i.atRiskShare ?? 0.8;
  const calendar = i.calendar ?? null;
  const spanMs = businessMsBetween(calendar, startedAt, dueAt);
  const atRiskAt = spanMs > 0 ? addBusinessMinutes(calendar, startedAt, (share * spanMs) / 60_000) : dueAt;
  if (i.metAt) return { state: i.metAt <= dueAt ? SlaState.MET : SlaState.MISSED, atRiskAt, breachedAt: dueAt };
  const state = now >= dueAt ? SlaState.BREACHED : now >= atRiskAt ? SlaState.AT_RISK : SlaState.ACTIVE;
  return { state, atRiskAt, breachedAt: dueAt };
}

const SEVERITY: Record<SlaState, number> = { MET: 0, ACTIVE: 1, AT_RISK: 2, MISSED: 3, BREACHED: 4 };

/** A ticket's overall SLA state: the worst of its targets' (null when it has none). */
export function worstSlaState(states: readonly (SlaState | null | undefined)[]): SlaState | null {
  let worst: SlaState | null = null;
  for (const s of states) if (s && (!worst || SEVERITY[s] > SEVERITY[worst])) worst = s;
  return worst;
}
