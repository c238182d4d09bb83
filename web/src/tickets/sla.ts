// SLA badges of a ticket, as pure functions of the ticket and "now" (unit-tested; the pages
// re-render them every second from one shared ticker, see now.ts).
//
// A target is "open" while its state is ACTIVE, AT_RISK or BREACHED (or not set yet by the
// clocks) and it has a due time; MET and MISSED are finished. The list badge shows the nearest
// due time of the open targets: "2h 14m" (ok), "at risk 12m" (the clocks marked it AT_RISK),
// "breached 5m ago" (past due — flipped here the moment the countdown reaches zero, without
// waiting for the clocks' job). Resolved/closed tickets and paused clocks do not count down.

export type SlaTone = 'ok' | 'at-risk' | 'breached' | 'paused' | 'done' | 'none';

export interface SlaFields {
  status: string;
  slaState?: string | null;
  slaPausedAt?: string | null;
  firstResponseDueAt?: string | null;
  slaFirstResponseState?: string | null;
  nextResponseDueAt?: string | null;
  slaNextResponseState?: string | null;
  resolutionDueAt?: string | null;
  slaResolutionState?: string | null;
}

export interface SlaBadge {
  tone: SlaTone;
  text: string;
  /** The target the badge is about (null when none). */
  target: SlaTargetName | null;
  dueAt: string | null;
}

export type SlaTargetName = 'firstResponse' | 'nextResponse' | 'resolution';

export const TARGET_LABELS: Record<SlaTargetName, string> = {
  firstResponse: 'First response',
  nextResponse: 'Next response',
  resolution: 'Resolution',
};

const OPEN_STATES = new Set(['ACTIVE', 'AT_RISK', 'BREACHED']);
const STOPPED_STATUSES = new Set(['RESOLVED', 'CLOSED']);

/** "3d 4h", "2h 14m", "12m", "42s" (rounded down: a countdown never shows more than is left). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return h ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return `${m}m`;
  return `${s}s`;
}

interface Target {
  name: SlaTargetName;
  dueAt: string | null;
  state: string | null;
}

export function targetsOf(t: SlaFields): Target[] {
  return [
    { name: 'firstResponse', dueAt: t.firstResponseDueAt ?? null, state: t.slaFirstResponseState ?? null },
    { name: 'nextResponse', dueAt: t.nextResponseDueAt ?? null, state: t.slaNextResponseState ?? null },
    { name: 'resolution', dueAt: t.resolutionDueAt ?? null, state: t.slaResolutionState ?? null },
  ];
}

const isOpenTarget = (x: Target) => !!x.dueAt && (x.state === null || OPEN_STATES.has(x.state));

/** One target's badge at `now` (also used per target on the detail page). */
export function targetBadge(t: SlaFields, target: Target, now: number): SlaBadge {
  const base = { target: target.name, dueAt: target.dueAt };
  if (target.state === 'MET') return { ...base, tone: 'done', text: 'met' };
  if (target.state === 'MISSED') return { ...base, tone: 'breached', text: 'missed' };
  if (!target.dueAt) return { ...base, tone: 'none', text: 'no target' };
  if (STOPPED_STATUSES.has(t.status)) return { ...base, tone: 'done', text: 'stopped' };
  if (t.slaPausedAt) return { ...base, tone: 'paused', text: 'paused' };
  const left = new Date(target.dueAt).getTime() - now;
  if (left <= 0 || target.state === 'BREACHED') return { ...base, tone: 'breached', text: `breached ${formatDuration(-left)} ago` };
  if (target.state === 'AT_RISK') return { ...base, tone: 'at-risk', text: `at risk ${formatDuration(left)}` };
  return { ...base, tone: 'ok', text: formatDuration(left) };
}

/** The list's badge: the nearest due time among the open targets. */
export function slaBadge(t: SlaFields, now: number): SlaBadge {
  const open = targetsOf(t).filter(isOpenTarget);
  if (!open.length) {
    if (t.slaState === 'MISSED' || targetsOf(t).some((x) => x.state === 'MISSED')) return { tone: 'breached', text: 'missed', target: null, dueAt: null };
    if (t.slaState === 'MET') return { tone: 'done', text: 'met', target: null, dueAt: null };
    return { tone: 'none', text: '—', target: null, dueAt: null };
  }
  const nearest = open.reduce((a, b) => (new Date(b.dueAt!).getTime() < new Date(a.dueAt!).getTime() ? b : a));
  return targetBadge(t, nearest, now);
}

/** The detail page's badges: every target that has a due time or a state. */
export function slaTargetBadges(t: SlaFields, now: number): (SlaBadge & { label: string })[] {
  return targetsOf(t)
    .filter((x) => x.dueAt || x.state)
    .map((x) => ({ ...targetBadge(t, x, now), label: TARGET_LABELS[x.name] }));
}

/** Badge component tone for an SLA tone. */
export const badgeTone = (tone: SlaTone): 'success' | 'warning' | 'danger' | 'neutral' | 'info' =>
  tone === 'ok' ? 'success' : tone === 'at-risk' ? 'warning' : tone === 'breached' ? 'danger' : 'neutral';
