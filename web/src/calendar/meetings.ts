// Meetings in the web app: readable labels, the CONFLICT error's clashes, the .ics download.
import type { CombinedError } from '@urql/core';
import type { MeetingFieldsFragment } from '../gql/graphql.js';
import { getToken } from '../auth.js';
import { formatClock, formatWhen } from './zoned.js';

export type Meeting = MeetingFieldsFragment;

/** What the grids need of a meeting. */
export interface GridMeeting {
  id: string;
  title: string;
  type: string;
  status: string;
  startsAt: string;
  endsAt: string;
  occurrenceStart?: string | null;
  recurrence?: string | null;
}

export const MEETING_TYPE_LABELS: Record<string, string> = {
  CALLBACK: 'Callback',
  DEMO: 'Demo',
  REVIEW: 'Review',
  PLANNING: 'Planning',
  STANDUP: 'Stand-up',
  OTHER: 'Other',
};

export const RESPONSE_LABELS: Record<string, string> = {
  NEEDS_ACTION: 'Not answered',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  TENTATIVE: 'Maybe',
};

export interface Clash {
  meetingId: string;
  meetingTitle: string;
  attendeeName: string;
  startsAt: string;
  endsAt: string;
}

/** The clashes of a CONFLICT answer (`extensions.conflicts`), or null for any other error. */
export function conflictsOf(error: CombinedError | undefined): Clash[] | null {
  const e = error?.graphQLErrors.find((g) => g.extensions?.code === 'CONFLICT');
  if (!e) return null;
  const list = e.extensions?.conflicts;
  return Array.isArray(list) ? (list as Clash[]) : [];
}

/** "Weekly sync (Ada Agent) Tue 8 Dec, 15:00–16:00" in `tz`. */
export function describeClash(c: Clash, tz: string): string {
  return `${c.meetingTitle} (${c.attendeeName}) ${formatWhen(new Date(c.startsAt), tz)}–${formatClock(new Date(c.endsAt), tz)}`;
}

/** Download a meeting's .ics with the session's bearer token and save it as a file. */
export async function downloadIcs(meetingId: string, title: string): Promise<void> {
  const token = getToken();
  const res = await fetch(`/calendar/meetings/${encodeURIComponent(meetingId)}.ics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(res.status === 404 ? 'That meeting no longer exists.' : `Could not download the calendar file (${res.status}).`);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${title.replace(/[^\w\- ]+/g, '').trim() || 'meeting'}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface RecurrenceForm {
  frequency: '' | 'DAILY' | 'WEEKLY';
  ends: 'COUNT' | 'UNTIL';
  count: string;
  /** YYYY-MM-DD (the last day, inclusive, in the meeting's timezone). */
  until: string;
}

/** The RRULE for the form (null: a single meeting). */
export function toRrule(f: RecurrenceForm): string | null {
  if (!f.frequency) return null;
  if (f.ends === 'UNTIL' && /^\d{4}-\d{2}-\d{2}$/.test(f.until)) return `FREQ=${f.frequency};UNTIL=${f.until.replace(/-/g, '')}T235959Z`;
  const count = Math.max(1, Math.min(366, Math.trunc(Number(f.count)) || 1));
  return `FREQ=${f.frequency};COUNT=${count}`;
}

/** The form for an RRULE (daily or weekly with a count or an until; anything else: no repeat). */
export function fromRrule(rule: string | null | undefined): RecurrenceForm {
  const parts = Object.fromEntries((rule ?? '').split(';').map((p) => p.split('=') as [string, string]));
  const frequency = parts.FREQ === 'DAILY' || parts.FREQ === 'WEEKLY' ? parts.FREQ : '';
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL ?? '');
  return until
    ? { frequency, ends: 'UNTIL', count: '5', until: `${until[1]}-${until[2]}-${until[3]}` }
    : { frequency, ends: 'COUNT', count: parts.COUNT ?? '5', until: '' };
}

/** "Repeats weekly, 5 times" / "Repeats daily until 2026-12-31". */
export function describeRrule(rule: string | null | undefined): string | null {
  const f = fromRrule(rule);
  if (!f.frequency) return null;
  const freq = f.frequency === 'DAILY' ? 'daily' : 'weekly';
  return f.ends === 'UNTIL' ? `Repeats ${freq} until ${f.until}` : `Repeats ${freq}, ${f.count} times`;
}

/** Up to `n` slots, the nearest to `around` first, then shown in time order. */
export function nearestSlots<T extends { startsAt: string }>(slots: readonly T[], around: Date, n = 6): T[] {
  return slots
    .slice()
    .sort((a, b) => Math.abs(Date.parse(a.startsAt) - around.getTime()) - Math.abs(Date.parse(b.startsAt) - around.getTime()))
    .slice(0, n)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
