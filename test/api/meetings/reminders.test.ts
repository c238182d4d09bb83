// Reminders on real timers with an offset clock: one per meeting at its minute (reminderMinutes
// before the start), moved with the meeting, none for a cancelled one, never twice — not after a
// change that leaves the time alone, not for a stale job, not across an instance restart.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAgent, asManager } from '../../helpers/as.js';
import { sql } from '../../helpers/db.js';
import { timerJobsSettled } from '../../helpers/timer-jobs.js';
import { OffsetClock } from '../../../api/src/clock.js';
import { MEETING_REMINDER_TIMER } from '../../../api/src/modules/meetings/meeting-reminders.js';

const MIN = 60_000;
/** 1 s polling plus a busy 2-core machine. */
const LATE_MS = 3500;
// The app believes it is 1 hour later than real time: a meeting "1 h 15 min from now" (clock) is
// reminded 15 minutes before, i.e. a few real seconds from now when we place it right.
const clock = new OffsetClock(60 * MIN);
let a: TestServer;
let db: string;
let manager: string;
let agentId: string;

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }`;

/** A meeting whose reminder (15 min before) is due `inMs` real ms from now. */
async function meetingRemindedIn(server: TestServer, inMs: number, title: string): Promise<{ id: string; due: number }> {
  // The due time is fixed when the start is chosen, not after the (possibly slow) mutation returns.
  const due = Date.now() + inMs;
  const start = clock.now().getTime() + 15 * MIN + inMs;
  const r = await gql(server.graphqlUrl, SCHEDULE, { i: { title, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * MIN).toISOString(), attendeeUserIds: [agentId], reminderMinutes: 15, allowConflicts: true } }, { token: manager });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { id: r.data!.scheduleMeeting.meeting.id, due };
}

const reminders = (meetingId: string) =>
  sql<{ user_id: string; created_at: Date; title: string }>(db, `select user_id, created_at, title from notifications where kind = 'MEETING_REMINDER' and subject_id = $1 order by created_at`, [meetingId]);

async function waitFor(cond: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await cond()) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
}

beforeAll(async () => {
  a = await startTestServer({ clock });
  db = a.services.config.DATABASE_URL!;
  manager = await asManager(a);
  const agent = await asAgent(a);
  agentId = (await gql(a.graphqlUrl, `{ viewer { user { id } } }`, {}, { token: agent })).data!.viewer.user.id;
});

describe('meeting reminders', () => {
  it('one per meeting at the right minute, moved with the meeting, none when cancelled, never twice', async () => {
    const plain = await meetingRemindedIn(a, 3000, 'Plain');
    // Moved and cancelled before their first reminder could fire: 5 s leaves a busy machine time for the mutations.
    const moved = await meetingRemindedIn(a, 5000, 'Moved');
    const cancelled = await meetingRemindedIn(a, 5500, 'Cancelled');
    // Move "Moved" later, past its old instant (its reminder moves with it), and cancel "Cancelled".
    const movedDue = Date.now() + 7_000;
    const newStart = clock.now().getTime() + 15 * MIN + 7_000;
    const u = await gql(a.graphqlUrl, `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id } } }`, { i: { id: moved.id, startsAt: new Date(newStart).toISOString(), allowConflicts: true } }, { token: manager });
    expect(u.errors).toBeUndefined();
    await gql(a.graphqlUrl, `mutation($i: MeetingIdInput!) { cancelMeeting(input: $i) { meeting { id } } }`, { i: { id: cancelled.id } }, { token: manager });
    expect(await a.services.timers.current((await sql<{ t: string }>(db, `select tenant_id::text as t from meetings where id = $1`, [cancelled.id]))[0].t, MEETING_REMINDER_TIMER, cancelled.id)).toBeNull();

    await waitFor(async () => (await reminders(plain.id)).length >= 2 && (await reminders(moved.id)).length >= 2, 15_000);
    const p = await reminders(plain.id);
    expect(p.map((r) => r.user_id).sort()).toHaveLength(2); // organizer + agent
    expect(p.map((r) => r.user_id)).toContain(agentId);
    for (const r of p) {
      expect(r.created_at.getTime()).toBeGreaterThanOrEqual(plain.due - 100);
      expect(r.created_at.getTime() - plain.due).toBeLessThan(LATE_MS);
    }
    expect(p[0].title).toContain('Plain');
    const m = await reminders(moved.id);
    expect(m).toHaveLength(2);
    for (const r of m) {
      expect(r.created_at.getTime()).toBeGreaterThanOrEqual(movedDue - 100);
      expect(r.created_at.getTime() - movedDue).toBeLessThan(LATE_MS);
    }
    // A change that leaves the time alone after the reminder does not remind again; nor does a stale job.
    await gql(a.graphqlUrl, `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id } } }`, { i: { id: plain.id, notes: 'Agenda attached' } }, { token: manager });
    const [{ t: tenantId }] = await sql<{ t: string }>(db, `select tenant_id::text as t from meetings where id = $1`, [plain.id]);
    await a.services.jobs.send('timer', { tenantId, kind: MEETING_REMINDER_TIMER, key: plain.id, version: 'stale', data: { occurrence: new Date(clock.now().getTime() + 15 * MIN).toISOString() } });
    // The stale job, the moved meeting's old job and the cancelled one's: all run (or cancelled) before we count.
    await timerJobsSettled(db, [plain.id, moved.id, cancelled.id], 15_000);
    expect(await reminders(plain.id)).toHaveLength(2);
    expect(await reminders(moved.id)).toHaveLength(2);
    expect(await reminders(cancelled.id)).toHaveLength(0);
  });

  it('survives an instance restart and is not sent twice by the next instance', async () => {
    const d = await meetingRemindedIn(a, 5000, 'Across restart');
    await a.stop();
    a = await startTestServer({ databaseUrl: db, clock });
    await waitFor(async () => (await reminders(d.id)).length >= 2, 15_000);
    const r = await reminders(d.id);
    expect(r).toHaveLength(2);
    for (const x of r) expect(x.created_at.getTime() - d.due).toBeLessThan(LATE_MS + 2000);
    // Another restart: nothing new.
    await a.stop();
    a = await startTestServer({ databaseUrl: db, clock });
    await timerJobsSettled(db, [d.id], 15_000);
    expect(await reminders(d.id)).toHaveLength(2);
  });
});
