// iCalendar files (ical-generator): one meeting (METHOD:REQUEST, or CANCEL once cancelled) and a
// user's feed (every meeting they organize or attend in their tenant). UID stays for the meeting's
// whole life; SEQUENCE grows with every change; times carry the meeting's TZID with a VTIMEZONE.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { MeetingRow } from './meeting.reads.js';
import { vtimezone } from './vtimezone.js';

const STATUS: Record<string, ICalAttendeeStatus> = {
  NEEDS_ACTION: ICalAttendeeStatus.NEEDSACTION,
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
};

const localFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The wall-clock time of `d` in `tz` as "YYYY-MM-DDTHH:MM:SS" without an offset: ical-generator
 * writes a native Date's process-local fields after a TZID, and a string without an offset parses
 * to exactly those fields, so the file carries the meeting's local time.
 */
export function wallTime(d: Date, tz: string): string {
  let f = localFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    localFormatters.set(tz, f);
  }
  const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

const fmtUtc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export type IcsMeeting = MeetingRow;

function years(rows: IcsMeeting[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    lo = Math.min(lo, r.starts_at.getUTCFullYear() - 1);
    hi = Math.max(hi, r.starts_at.getUTCFullYear() + 2);
  }
  return Number.isFinite(lo) ? [lo, hi] : [2000, 2001];
}

function build(rows: IcsMeeting[], method: ICalCalendarMethod | null, name: string, publicUrl: string): ICalCalendar {
  const [y0, y1] = years(rows);
  const cal = ical({ name, prodId: { company: 'Switchboard', product: 'Meetings', language: 'EN' }, timezone: { name: null, generator: (tz) => vtimezone(tz, y0, y1) } });
  if (method) cal.method(method);
  for (const r of rows) {
    const description = [r.notes, r.summary ? `Summary: ${r.summary}` : ''].filter(Boolean).join('\n\n');
    const ev = cal.createEvent({
      id: r.uid,
      sequence: r.sequence,
      start: wallTime(r.starts_at, r.timezone),
      end: wallTime(r.ends_at, r.timezone),
      timezone: r.timezone,
      summary: r.title,
      description: description || null,
      location: r.location ?? null,
      url: r.meeting_url ?? `${publicUrl.replace(/\/$/, '')}/calendar?meeting=${r.id}`,
      stamp: r.updated_at,
      created: r.created_at,
      lastModified: r.updated_at,
      status: r.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: { name: r.organizer_name, email: r.organizer_email },
    });
    if (r.recurrence) {
      const lines = [`RRULE:${r.recurrence}`];
      if (r.exception_dates?.length) lines.push(`EXDATE:${r.exception_dates.map(fmtUtc).join(',')}`);
      ev.repeating(lines.join('\n'));
    }
    for (const a of r.attendees ?? []) {
      if (!a.email) continue;
      ev.createAttendee({ name: a.name || a.email, email: a.email, status: STATUS[a.response], role: ICalAttendeeRole.REQ, rsvp: a.response === 'NEEDS_ACTION' });
    }
  }
  return cal;
}

/** One meeting as an invitation (REQUEST) or its cancellation (CANCEL). */
export function meetingIcs(row: IcsMeeting, publicUrl: string): string {
  return build([row], row.status === 'CANCELLED' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, row.title, publicUrl).toString();
}

/** A subscription feed (METHOD:PUBLISH). */
export function feedIcs(rows: IcsMeeting[], name: string, publicUrl: string): string {
  return build(rows, ICalCalendarMethod.PUBLISH, name, publicUrl).toString();
}
