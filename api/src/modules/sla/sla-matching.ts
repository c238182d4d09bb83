// Which SLA policy applies to a ticket, and what a policy or calendar change means for its due
// times. Pure: policies and facts in, a decision out.
import type { SlaCalendar } from './business-time.js';
import { slaDueTimes, type PausedInterval, type SlaDueTimes, type SlaTargets } from './sla-clock.js';

export const TICKET_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type TicketPriorityName = (typeof TICKET_PRIORITIES)[number];

/** Every listed condition must hold; inside a list any entry may match. Nothing listed: a fallback. */
export interface SlaConditions {
  priorities?: TicketPriorityName[];
  queueIds?: string[];
  vip?: boolean;
  tagsAny?: string[];
}

export interface MatchablePolicy {
  id: string;
  position: number;
  enabled: boolean;
  conditions: SlaConditions;
}

export interface TicketSlaFacts {
  priority: TicketPriorityName | string;
  queueId: string | null;
  vip: boolean;
  tags: readonly string[];
}

/** True when the policy has no condition at all (it only applies when nothing else does). */
export function isFallback(c: SlaConditions): boolean {
  return !c.priorities?.length && !c.queueIds?.length && c.vip == null && !c.tagsAny?.length;
}

function matches(c: SlaConditions, f: TicketSlaFacts): boolean {
  if (c.priorities?.length && !c.priorities.includes(f.priority as TicketPriorityName)) return false;
  if (c.queueIds?.length && (!f.queueId || !c.queueIds.includes(f.queueId))) return false;
  if (c.vip != null && c.vip !== f.vip) return false;
  if (c.tagsAny?.length) {
    const tags = new Set(f.tags.map((t) => t.toLowerCase()));
    if (!c.tagsAny.some((t) => tags.has(t.toLowerCase()))) return false;
  }
  return true;
}

/**
 * The first enabled policy (by position) whose conditions all hold; when none does, the first
 * enabled condition-less policy; else null (no SLA).
 */
export function matchSlaPolicy<P extends MatchablePolicy>(policies: readonly P[], facts: TicketSlaFacts): P | null {
  const ordered = policies.filter((p) => p.enabled).sort((a, b) => a.position - b.position);
  return ordered.find((p) => !isFallback(p.conditions) && matches(p.conditions, facts)) ?? ordered.find((p) => isFallback(p.conditions)) ?? null;
}

/** What the clock needs of a policy. */
export interface ClockPolicy extends MatchablePolicy, SlaTargets {
  businessHours: boolean;
  /** Null: the tenant's default calendar (or the queue's, see `calendarFor`). */
  calendarId: string | null;
  atRiskShare: number;
}

export interface CalendarSet {
  /** The tenant's default calendar. */
  defaultCalendar: SlaCalendar;
  /** Calendars by id (a policy may name one). */
  byId: ReadonlyMap<string, SlaCalendar>;
  /** Calendars by queue id (a queue's own hours). */
  byQueue: ReadonlyMap<string, SlaCalendar>;
}

/** The calendar a policy counts in: null (24/7) without business hours; else its own, the queue's, or the tenant default. */
export function calendarFor(policy: ClockPolicy, queueId: string | null, calendars: CalendarSet): SlaCalendar {
  if (!policy.businessHours) return null;
  if (policy.calendarId && calendars.byId.has(policy.calendarId)) return calendars.byId.get(policy.calendarId)!;
  if (queueId && calendars.byQueue.has(queueId)) return calendars.byQueue.get(queueId)!;
  return calendars.defaultCalendar;
}

export interface TicketClockFacts extends TicketSlaFacts {
  startedAt: Date;
  awaitingReplySince?: Date | null;
  pauses?: readonly PausedInterval[];
}

export interface CurrentDueTimes {
  policyId: string | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

export interface SlaRecompute extends CurrentDueTimes {
  /** Full detail (at-risk instants too). */
  due: SlaDueTimes | null;
  /** The fields that differ from `current` (empty: nothing to write, no timer to move). */
  changed: (keyof CurrentDueTimes)[];
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * For one ticket: the policy that applies now and its due times, and which of the stored values
 * change. Call it for each open ticket after a policy or calendar edit (or a ticket's priority,
 * queue, tags or contact VIP change) and write/reschedule only when `changed` is not empty.
 */
export function recomputeSla(policies: readonly ClockPolicy[], calendars: CalendarSet, ticket: TicketClockFacts, current: CurrentDueTimes): SlaRecompute {
  const policy = matchSlaPolicy(policies, ticket);
  const due = policy
    ? slaDueTimes({
        targets: policy,
        calendar: calendarFor(policy, ticket.queueId, calendars),
        startedAt: ticket.startedAt,
        awaitingReplySince: ticket.awaitingReplySince ?? null,
        pauses: ticket.pauses ?? [],
        atRiskShare: policy.atRiskShare,
      })
    : null;
  const next: CurrentDueTimes = {
    policyId: policy?.id ?? null,
    firstResponseDueAt: due?.firstResponse.dueAt ?? null,
    nextResponseDueAt: due?.nextResponse.dueAt ?? null,
    resolutionDueAt: due?.resolution.dueAt ?? null,
  };
  const changed: (keyof CurrentDueTimes)[] = [];
  if (next.policyId !== current.policyId) changed.push('policyId');
  for (const k of ['firstResponseDueAt', 'nextResponseDueAt', 'resolutionDueAt'] as const) if (!sameInstant(next[k], current[k])) changed.push(k);
  return { ...next, due, changed };
}
