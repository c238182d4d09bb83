// Reminders: one exact timer per meeting (kind `meeting.reminder`, key = meeting id) at
// `reminderMinutes` before its next occurrence that was not reminded yet. Rescheduled after every
// change (a new version makes the old job stale), dropped when cancelled. When it fires: the
// meeting is re-read, `reminded_through` moves past the occurrence in one conditional update (so a
// reminder is never sent twice, even across instances and restarts), the user attendees who did
// not decline are notified (and e-mailed when SMTP is configured), and the next occurrence's timer
// is scheduled.
import type { AppServices } from '../../services.js';
import type { FiredTimer } from '../../jobs/timers.js';
import { notify } from '../notifications/notification.service.js';
import { sendMail } from '../mail/mail.service.js';
import { smtpTransport } from '../mail/mail.transport.js';
import { occurrencesBetween } from './recurrence.js';
import { realInstant } from '../../clock.js';

export const MEETING_REMINDER_TIMER = 'meeting.reminder';
const YEAR = 366 * 86_400_000;

interface ReminderFacts {
  id: string;
  title: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  recurrence: string | null;
  exception_dates: Date[];
  reminder_minutes: number;
  reminded_through: Date | null;
  version: number;
}

async function facts(services: AppServices, tenantId: string, meetingId: string): Promise<ReminderFacts | null> {
  const [r] = await services.readPool.scopedQuery<ReminderFacts & Record<string, unknown>>(
    { kind: 'tenant', tenantId },
    `select id, title, status, starts_at, ends_at, timezone, recurrence, exception_dates, reminder_minutes, reminded_through, version
       from meetings where tenant_id = $1 and id = $2`,
    [meetingId],
  );
  return r ?? null;
}

/** The next occurrence to remind of: after `reminded_through` and not yet started. */
function nextOccurrence(f: ReminderFacts, now: number): { start: number; end: number } | null {
  const after = Math.max(now, f.reminded_through ? f.reminded_through.getTime() + 1 : -Infinity);
  const [o] = occurrencesBetween({ startsAt: f.starts_at, endsAt: f.ends_at, timezone: f.timezone, recurrence: f.recurrence, exceptionDates: f.exception_dates }, after, after + YEAR, 50).filter((x) => x.start >= after);
  return o ?? null;
}

/** (Re)schedule the meeting's reminder, or cancel it (cancelled, closed, no reminder, nothing ahead). */
export async function scheduleReminder(services: AppServices, tenantId: string, meetingId: string): Promise<void> {
  const f = await facts(services, tenantId, meetingId);
  const now = services.clock.now().getTime();
  const next = f && f.status === 'SCHEDULED' && f.reminder_minutes > 0 ? nextOccurrence(f, now) : null;
  if (!f || !next) {
    await services.timers.cancel(tenantId, MEETING_REMINDER_TIMER, meetingId);
    return;
  }
  // Timers fire on real time; the clock may be a test's offset clock.
  const at = realInstant(services.clock, new Date(Math.max(next.start - f.reminder_minutes * 60_000, now)));
  const occurrence = new Date(next.start).toISOString();
  await services.timers.scheduleAt({ tenantId, kind: MEETING_REMINDER_TIMER, key: meetingId, version: `${f.version}:${occurrence}`, at, data: { occurrence } });
}

const fmt = (tz: string, t: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(t);

/** The timer handler. */
export async function fireMeetingReminder(services: AppServices, timer: FiredTimer): Promise<void> {
  const meetingId = timer.key;
  const occurrence = typeof timer.data.occurrence === 'string' ? new Date(timer.data.occurrence) : null;
  if (!occurrence || Number.isNaN(occurrence.getTime())) return;
  const f = await facts(services, timer.tenantId, meetingId);
  if (!f || f.status !== 'SCHEDULED' || f.reminder_minutes <= 0) return;
  // Still an occurrence of the meeting as it is now?
  const occ = occurrencesBetween({ startsAt: f.starts_at, endsAt: f.ends_at, timezone: f.timezone, recurrence: f.recurrence, exceptionDates: f.exception_dates }, occurrence.getTime(), occurrence.getTime() + 1, 1);
  if (!occ.length || occ[0].start !== occurrence.getTime()) return scheduleReminder(services, timer.tenantId, meetingId);
  // Claim it: only one run (any instance, any retry) moves reminded_through past this occurrence.
  const claimed = await services.readPool.scopedQuery<{ id: string }>(
    { kind: 'tenant', tenantId: timer.tenantId },
    `update meetings set reminded_through = $3 where tenant_id = $1 and id = $2 and status = 'SCHEDULED'
        and (reminded_through is null or reminded_through < $3) returning id`,
    [meetingId, occurrence],
  );
  if (claimed.length) {
    const recipients = await services.readPool.scopedQuery<{ id: string; email: string; display_name: string }>(
      { kind: 'tenant', tenantId: timer.tenantId },
      `select u.id, u.email, u.display_name from meeting_attendees a join users u on u.id = a.user_id
        where a.tenant_id = $1 and a.meeting_id = $2 and a.response <> 'DECLINED' and u.active`,
      [meetingId],
    );
    const when = fmt(f.timezone, occurrence);
    await notify(services, timer.tenantId, recipients.map((r) => r.id), {
      kind: 'MEETING_REMINDER',
      title: `“${f.title}” starts ${when}`,
      body: `Reminder: ${f.title} at ${when}.`,
      subjectKind: 'MEETING',
      subjectId: meetingId,
    });
    if (smtpTransport(services)) {
      for (const r of recipients) {
        await sendMail(services, { tenantId: timer.tenantId, to: r.email, kind: 'NOTIFICATION', subject: `Reminder: ${f.title} at ${when}`, text: `Hello ${r.display_name},\n\n“${f.title}” starts ${when}.\n` }).catch((e) =>
          services.log.warn({ err: e, meetingId }, 'meetings: reminder mail failed'),
        );
      }
    }
  }
  await scheduleReminder(services, timer.tenantId, meetingId);
}
