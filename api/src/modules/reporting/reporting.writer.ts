// The write path of reporting: for one fact, ONE read (the remembered state, the conversation's
// row, the tenant's time zone and business calendar, the agent's team) and ONE write statement
// that inserts the reporting_events rows `on conflict (tenant_id, dedupe_key) do nothing` and
// folds only the rows actually inserted into the daily rollups (per tenant / agent / team / queue /
// channel, on the tenant's local day) and the hourly rollups (UTC hour, tenant) — and, in the same
// statement, saves the state only if nobody saved it since it was read (its version). A lost race
// writes nothing at all and is decided again on a fresh read. So a fact handled twice, or two
// facts of one conversation handled at once, never count twice. A customer's or the assistant's
// message skips the read when this writer remembers the conversation's state (see `states`).
import type { TimerSpec } from '../../jobs/timers.js';
import { calendarShape, type Holiday } from '../sla/business-calendar.entity.js';
import type { SlaCalendar, TimeRange } from '../sla/business-time.js';
import {
  REOPEN_WINDOW_MS,
  decide,
  decideAfterResolution,
  initialState,
  spanRows,
  type AfterResolutionData,
  type Availability,
  type ConversationFact,
  type ConversationState,
  type Decision,
  type EventRow,
} from './definitions.js';

/** What the writer needs of the database (the read pool fits: named prepared statements). */
export interface ReportingDb {
  query<R extends Record<string, unknown>>(text: string, values: unknown[]): Promise<R[]>;
}
/** What it needs of the timers (services.timers fits; tests pass a recorder). */
export interface ReportingTimers {
  scheduleAt(spec: TimerSpec): Promise<void>;
}

export const AFTER_RESOLUTION_TIMER = 'reporting.after-resolution';
/**
 * Resolutions are decided 72 h later in batches of ten minutes per tenant: the resolution path
 * writes a timer once per tenant and ten minutes (a minute's batches made it ≈ 4 % of resolutions
 * at 25 a minute, and the p95 of the listener with them); a decision lands ≤ 10 min after 72 h.
 */
export const BUCKET_MS = 10 * 60_000;
/** Optimistic attempts: a conversation rarely has more than two facts in flight; a burst backs off a little more each time. */
const ATTEMPTS = 40;
const backoff = (attempt: number) => (attempt < 2 ? Promise.resolve() : new Promise<void>((r) => setTimeout(r, Math.random() * Math.min(20, 2 * attempt))));
/** Spans are counted on the local day they cover (each piece lies within one); everything else where it ended. */
const SPAN_NAMES = `('agent_online', 'agent_away', 'agent_busy')`;

const ROWS_CTE = `ev as (
    insert into reporting_events (tenant_id, name, value_seconds, value_business_seconds, started_at, ended_at, conversation_id, ticket_id,
                                  agent_id, team, queue_id, channel, attributes, dedupe_key)
    select $1::uuid, x.name, x.value_seconds, x.value_business_seconds, x.started_at, x.ended_at, x.conversation_id, x.ticket_id,
           x.agent_id, x.team, x.queue_id, x.channel, coalesce(x.attributes, '{}'::jsonb), x.dedupe_key
      from jsonb_to_recordset($2::jsonb) as x(name text, value_seconds float8, value_business_seconds float8, started_at timestamptz,
           ended_at timestamptz, conversation_id uuid, ticket_id uuid, agent_id uuid, team text, queue_id uuid, channel text,
           attributes jsonb, dedupe_key text)
     where exists (select 1 from st)
    on conflict (tenant_id, dedupe_key) do nothing
    returning name, value_seconds, value_business_seconds, agent_id, team, queue_id, channel,
              case when name in ${SPAN_NAMES} then started_at else ended_at end as at
  ), daily as (
    insert into reporting_daily_rollups as r (tenant_id, day, dimension, dimension_key, metric, count, sum_seconds, sum_business_seconds)
    select $1::uuid, (ev.at at time zone t.timezone)::date, d.dimension, d.key, ev.name, count(*),
           coalesce(sum(ev.value_seconds), 0), coalesce(sum(ev.value_business_seconds), 0)
      from ev
      join tenants t on t.id = $1::uuid
     cross join lateral (values ('TENANT', ''), ('AGENT', ev.agent_id::text), ('TEAM', ev.team), ('QUEUE', ev.queue_id::text), ('CHANNEL', ev.channel)) d (dimension, key)
     where d.key is not null
     group by 2, 3, 4, 5
    on conflict (tenant_id, metric, dimension, dimension_key, day) do update
       set count = r.count + excluded.count, sum_seconds = r.sum_seconds + excluded.sum_seconds,
           sum_business_seconds = r.sum_business_seconds + excluded.sum_business_seconds
    returning 1
  ), hourly as (
    insert into reporting_hourly_rollups as h (tenant_id, hour, metric, count, sum_seconds, sum_business_seconds)
    select $1::uuid, date_trunc('hour', ev.at at time zone 'UTC') at time zone 'UTC', ev.name, count(*),
           coalesce(sum(ev.value_seconds), 0), coalesce(sum(ev.value_business_seconds), 0)
      from ev
     group by 2, 3
    on conflict (tenant_id, metric, hour) do update
       set count = h.count + excluded.count, sum_seconds = h.sum_seconds + excluded.sum_seconds,
           sum_business_seconds = h.sum_business_seconds + excluded.sum_business_seconds
    returning 1
  )
  select (select count(*) from st)::int as saved, (select count(*) from cfg)::int as async_commit, (select count(*) from ev)::int as inserted,
         ((select count(*) from daily) + (select count(*) from hourly))::int as rollups`;

/**
 * The statement's own transaction commits without waiting for the WAL flush (`set_config(…, true)`
 * is local to it). Reporting rows are derived facts: a crash may lose the last fraction of a second
 * of them — as it may lose domain events not yet handled — but never half of one (rows, rollups and
 * state commit together). It spares every fact an fsync on the path of the change that caused it.
 */
const ASYNC_COMMIT = `with cfg as (select set_config('synchronous_commit', 'off', true)),`;
/** Rows only ($1 tenant, $2 rows). */
const WRITE_ROWS = `${ASYNC_COMMIT} st as (select 1), ${ROWS_CTE}`;
/** Rows + the conversation's state if still at version $4 ($3 conversation, $5 state). */
const WRITE_CONVERSATION = `${ASYNC_COMMIT} st as (
    insert into reporting_conversations as s (tenant_id, conversation_id, version, state, updated_at)
    values ($1::uuid, $3::uuid, $4::int + 1, $5::jsonb, now())
    on conflict (tenant_id, conversation_id) do update set version = excluded.version, state = excluded.state, updated_at = now()
     where s.version = $4::int
    returning 1
  ), ${ROWS_CTE}`;
/** Rows + a user's open span if still at version $4 ($3 user, $5 availability, $6 since). */
const WRITE_SPAN = `${ASYNC_COMMIT} st as (
    insert into reporting_open_spans as s (tenant_id, user_id, version, availability, started_at)
    values ($1::uuid, $3::uuid, $4::int + 1, $5, $6::timestamptz)
    on conflict (tenant_id, user_id) do update set version = excluded.version, availability = excluded.availability, started_at = excluded.started_at
     where s.version = $4::int
    returning 1
  ), ${ROWS_CTE}`;

const CALENDAR_JOIN = (queueExpr: string) => `left join lateral (
      select b.timezone, b.weekly_hours, b.holidays from business_calendars b
       where b.tenant_id = $1::uuid and (b.queue_id is null or b.queue_id = ${queueExpr})
       order by b.queue_id nulls last limit 1) cal on true`;

const READ_CONVERSATION = `
  select t.timezone, cal.timezone as cal_timezone, cal.weekly_hours, cal.holidays,
         c.created_at, c.channel, c.queue_id::text as queue_id, c.status, c.handler, c.assignee_id::text as assignee_id,
         c.reopen_count, c.first_response_at, c.resolved_at,
         s.version, s.state, m.author_user_id::text as author_user_id, u.team as agent_team
    from conversations c
    join tenants t on t.id = c.tenant_id
    left join reporting_conversations s on s.tenant_id = c.tenant_id and s.conversation_id = c.id
    left join messages m on m.id = $3::uuid and m.tenant_id = c.tenant_id
    left join users u on u.tenant_id = c.tenant_id and u.id = coalesce($4::uuid, m.author_user_id, (s.state ->> 'lastAgentId')::uuid)
    ${CALENDAR_JOIN('c.queue_id')}
   where c.tenant_id = $1::uuid and c.id = $2::uuid`;

const READ_SPAN = `
  select t.timezone, cal.timezone as cal_timezone, cal.weekly_hours, cal.holidays, u.team,
         s.version, s.availability, s.started_at
    from tenants t
    join users u on u.id = $2::uuid and u.tenant_id = t.id
    left join reporting_open_spans s on s.tenant_id = t.id and s.user_id = u.id
    ${CALENDAR_JOIN('null')}
   where t.id = $1::uuid`;

/** First-cycle and AI-only resolutions of a tenant in [from, to), with their conversation's state. */
const READ_RESOLUTIONS = `
  select e.conversation_id::text as conversation_id, e.ended_at, e.agent_id::text as agent_id, e.team, e.queue_id::text as queue_id, e.channel, e.attributes, s.state
    from reporting_events e
    join reporting_conversations s on s.tenant_id = e.tenant_id and s.conversation_id = e.conversation_id
   where e.tenant_id = $1::uuid and e.name = 'resolution' and e.ended_at >= $2::timestamptz and e.ended_at < $3::timestamptz
     and ((e.attributes ->> 'cycle') = '1' or (e.attributes ->> 'aiOnly') = 'true')`;

const READ_TICKET = `
  select k.conversation_id::text as conversation_id, k.queue_id::text as queue_id, k.assignee_id::text as assignee_id, k.channel,
         k.resolution_due_at, k.created_at, u.team
    from tickets k left join users u on u.id = k.assignee_id and u.tenant_id = k.tenant_id
   where k.tenant_id = $1::uuid and k.id = $2::uuid`;

const READ_USER_TEAM = `select u.team from users u where u.tenant_id = $1::uuid and u.id = $2::uuid`;

interface CalendarCols {
  cal_timezone: string | null;
  weekly_hours: TimeRange[][] | null;
  holidays: Holiday[] | null;
}
const calendarOf = (r: CalendarCols): SlaCalendar =>
  r.cal_timezone && r.weekly_hours ? calendarShape({ timezone: r.cal_timezone, weeklyHours: r.weekly_hours, holidays: r.holidays ?? [] }) : null;

const rowsJson = (rows: EventRow[]) =>
  JSON.stringify(
    rows.map((r) => ({
      name: r.name,
      value_seconds: r.valueSeconds,
      value_business_seconds: r.valueBusinessSeconds,
      started_at: r.startedAt?.toISOString() ?? null,
      ended_at: r.endedAt.toISOString(),
      conversation_id: r.conversationId,
      ticket_id: r.ticketId,
      agent_id: r.agentId,
      team: r.team,
      queue_id: r.queueId,
      channel: r.channel,
      attributes: r.attributes,
      dedupe_key: r.dedupeKey,
    })),
  );

interface WriteResult extends Record<string, unknown> {
  saved: number;
  inserted: number;
  rollups: number;
}

/** Conversations whose last saved state this writer remembers (the oldest are forgotten first). */
const REMEMBERED_STATES = 10_000;

export class ReportingWriter {
  /** Tenant-minute timers this writer already scheduled. */
  private readonly scheduled = new Set<string>();
  /**
   * The state (and its version) this writer last saved or read per conversation. A customer's or
   * the assistant's message only moves the state (no rows, so neither the calendar nor a team is
   * needed): it is decided on the remembered state and saved if still at that version — one
   * statement instead of a read and a write. Another writer (instance) in between makes the save
   * write nothing, and the fact is decided again on a fresh read as before.
   */
  private readonly states = new Map<string, { version: number; state: ConversationState }>();
  /**
   * The fact of each conversation being decided here: the next one waits for it (in arrival
   * order), so two facts of one conversation on this instance neither race each other (a lost
   * race costs a read and a write more) nor land in either order.
   */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: ReportingDb,
    private readonly timers: ReportingTimers,
  ) {}

  /** Rows with no state to keep (SLA outcomes): one statement. Answers how many were new. */
  async writeRows(tenantId: string, rows: EventRow[]): Promise<number> {
    if (!rows.length) return 0;
    const [r] = await this.db.query<WriteResult>(WRITE_ROWS, [tenantId, rowsJson(rows)]);
    return r.inserted;
  }

  /**
   * Decide one fact of a conversation and write it. `agentId` names the person the rows are about
   * when the fact says so (an assignee); a message's author is found from `messageId`. Null when
   * the conversation is not the tenant's (or gone).
   */
  async conversationFact(tenantId: string, conversationId: string, fact: ConversationFact, o: { messageId?: string | null; agentId?: string | null } = {}): Promise<Decision | null> {
    const key = `${tenantId}:${conversationId}`;
    const before = this.inFlight.get(key);
    const mine = (before ?? Promise.resolve()).catch(() => undefined).then(() => this.decideAndWrite(key, tenantId, conversationId, fact, o));
    this.inFlight.set(key, mine);
    try {
      return await mine;
    } finally {
      if (this.inFlight.get(key) === mine) this.inFlight.delete(key);
    }
  }

  private async decideAndWrite(key: string, tenantId: string, conversationId: string, fact: ConversationFact, o: { messageId?: string | null; agentId?: string | null }): Promise<Decision | null> {
    const known = this.states.get(key);
    if (known && fact.kind === 'message' && (fact.author === 'CUSTOMER' || fact.author === 'AI')) {
      this.states.delete(key);
      const decision = decide(known.state, fact, { conversationId, calendar: null, agentTeam: null });
      if (!decision.rows.length && !decision.timers.length) {
        const [w] = await this.db.query<WriteResult>(WRITE_CONVERSATION, [tenantId, '[]', conversationId, known.version, JSON.stringify(decision.state)]);
        if (w.saved) {
          this.remember(key, known.version + 1, decision.state);
          return decision;
        }
      }
    }
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await backoff(attempt);
      const [r] = await this.db.query<Record<string, any>>(READ_CONVERSATION, [tenantId, conversationId, o.messageId ?? null, o.agentId ?? null]);
      if (!r) return null;
      const version: number = r.version ?? 0;
      const state: ConversationState =
        r.state ??
        initialState({
          createdAt: r.created_at,
          channel: r.channel,
          queueId: r.queue_id,
          status: r.status,
          handler: r.handler,
          assigneeId: r.assignee_id,
          reopenCount: r.reopen_count,
          firstResponseAt: r.first_response_at,
          resolvedAt: r.resolved_at,
        });
      const f = fact.kind === 'message' && !fact.authorUserId ? { ...fact, authorUserId: r.author_user_id ?? null } : fact;
      const decision = decide(state, f, { conversationId, calendar: calendarOf(r as CalendarCols), agentTeam: r.agent_team ?? null });
      // Nothing to count and nothing new to remember (a customer's second message in a row): no write.
      if (version > 0 && !decision.rows.length && !decision.timers.length && JSON.stringify(decision.state) === JSON.stringify(state)) {
        this.remember(key, version, state);
        return decision;
      }
      const [w] = await this.db.query<WriteResult>(WRITE_CONVERSATION, [tenantId, rowsJson(decision.rows), conversationId, version, JSON.stringify(decision.state)]);
      if (!w.saved) continue; // someone saved the state since we read it: decide again
      this.remember(key, version + 1, decision.state);
      for (const t of decision.timers) await this.scheduleBucket(tenantId, Date.parse(t.data.resolvedAt));
      return decision;
    }
    throw new Error(`reporting: the state of conversation ${conversationId} kept changing (${ATTEMPTS} attempts)`);
  }

  private remember(key: string, version: number, state: ConversationState): void {
    this.states.delete(key);
    if (this.states.size >= REMEMBERED_STATES) {
      const oldest = this.states.keys().next().value;
      if (oldest !== undefined) this.states.delete(oldest);
    }
    this.states.set(key, { version, state });
  }

  /**
   * The 72 h decisions are made per tenant and ten minutes of resolutions (BUCKET_MS), not per
   * conversation: the first resolution of a bucket schedules one timer (`bucket:<bucket start ms>`,
   * due 72 h after the bucket ends); the others find it scheduled (remembered here; after a restart
   * it is scheduled again with the same key and version, which changes nothing). Costs the
   * resolution path a timer write once per bucket and tenant at most, instead of once per resolution.
   */
  private async scheduleBucket(tenantId: string, resolvedAtMs: number): Promise<void> {
    const start = Math.floor(resolvedAtMs / BUCKET_MS) * BUCKET_MS;
    const key = `bucket:${start}`;
    const seen = `${tenantId}:${key}`;
    if (this.scheduled.has(seen)) return;
    await this.timers.scheduleAt({ tenantId, kind: AFTER_RESOLUTION_TIMER, key, version: String(start), at: new Date(start + BUCKET_MS + REOPEN_WINDOW_MS), data: { from: start, to: start + BUCKET_MS } });
    if (this.scheduled.size >= 10_000) this.scheduled.clear();
    this.scheduled.add(seen);
  }

  /**
   * The after-resolution timer of one tenant's bucket of resolutions: first-contact resolution and AI resolution (3)
   * for every resolution in [from, to) that still needs a decision, on each conversation's current
   * state (a reopen, a transfer or an escalation since is in it). One read, one write.
   */
  async afterResolutions(tenantId: string, from: Date, to: Date): Promise<EventRow[]> {
    const found = await this.db.query<Record<string, any>>(READ_RESOLUTIONS, [tenantId, from.toISOString(), to.toISOString()]);
    const rows: EventRow[] = [];
    for (const r of found) {
      const a = r.attributes ?? {};
      const data: AfterResolutionData = { cycle: Number(a.cycle), resolvedAt: (r.ended_at as Date).toISOString(), aiOnly: !!a.aiOnly, agentId: r.agent_id, team: r.team, queueId: r.queue_id, channel: r.channel };
      rows.push(...decideAfterResolution(r.state as ConversationState, data, r.conversation_id));
    }
    await this.writeRows(tenantId, rows);
    return rows;
  }

  /**
   * A staff member's availability changed at `at`: close the open span (rows cut at the tenant's
   * local midnights) and open the next one (none for OFFLINE). The same availability again keeps
   * the span open.
   */
  async availabilityChanged(tenantId: string, userId: string, availability: Availability, at: Date): Promise<EventRow[]> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await backoff(attempt);
      const [r] = await this.db.query<Record<string, any>>(READ_SPAN, [tenantId, userId]);
      if (!r) return [];
      const version: number = r.version ?? 0;
      const open = r.availability as Availability | undefined;
      if (open === availability) return [];
      // An event older than the open span (handled out of order) changes nothing.
      if (r.started_at && (r.started_at as Date).getTime() > at.getTime()) return [];
      const rows = open && r.started_at ? spanRows({ tz: r.timezone, calendar: calendarOf(r as CalendarCols), userId, team: r.team ?? null, availability: open, startedAt: r.started_at, endedAt: at }) : [];
      const [w] = await this.db.query<WriteResult>(WRITE_SPAN, [tenantId, rowsJson(rows), userId, version, availability, at.toISOString()]);
      if (w.saved) return rows;
    }
    throw new Error(`reporting: the open span of user ${userId} kept changing (${ATTEMPTS} attempts)`);
  }

  /**
   * A task was set to DONE at `completedAt`: one `task_done` row (agent = the assignee, team = the
   * assignee's team now; value = creation → done). One row per completion: the key is the task and
   * its completion instant, so the same event handled twice, or a re-save of a done task, writes
   * nothing more; a task reopened and done again is a new completion.
   */
  async taskDone(tenantId: string, t: { taskId: string; assigneeId: string | null; createdAt: Date; completedAt: Date }): Promise<number> {
    const [u] = t.assigneeId ? await this.db.query<{ team: string | null }>(READ_USER_TEAM, [tenantId, t.assigneeId]) : [];
    return this.writeRows(tenantId, [
      {
        name: 'task_done',
        valueSeconds: Math.max(0, (t.completedAt.getTime() - t.createdAt.getTime()) / 1000),
        valueBusinessSeconds: null,
        startedAt: t.createdAt,
        endedAt: t.completedAt,
        conversationId: null,
        ticketId: null,
        agentId: t.assigneeId,
        team: u?.team ?? null,
        queueId: null,
        channel: null,
        attributes: { taskId: t.taskId },
        dedupeKey: `task_done:${t.taskId}:${t.completedAt.getTime()}`,
      },
    ]);
  }

  /**
   * SLA outcome of a ticket's resolution target: met when resolved by its due time, missed when
   * resolved after it or when the target breached. One outcome per due time (a breach and the later
   * resolution share the key), so a reopened ticket with a new due time gets a new one.
   */
  async ticketSla(tenantId: string, ticketId: string, at: Date, breachedDueAt: string | null): Promise<EventRow[]> {
    const [k] = await this.db.query<Record<string, any>>(READ_TICKET, [tenantId, ticketId]);
    if (!k) return [];
    const due: Date | null = breachedDueAt ? new Date(breachedDueAt) : k.resolution_due_at;
    if (!due) return [];
    const met = !breachedDueAt && at.getTime() <= due.getTime();
    const rows: EventRow[] = [
      {
        name: met ? 'sla_met' : 'sla_missed',
        valueSeconds: null,
        valueBusinessSeconds: null,
        startedAt: k.created_at,
        endedAt: at,
        conversationId: k.conversation_id,
        ticketId,
        agentId: k.assignee_id,
        team: k.assignee_id ? k.team ?? null : null,
        queueId: k.queue_id,
        channel: k.channel,
        attributes: { target: 'RESOLUTION', dueAt: due.toISOString(), by: breachedDueAt ? 'breach' : 'resolution' },
        dedupeKey: `sla:${ticketId}:${due.getTime()}`,
      },
    ];
    await this.writeRows(tenantId, rows);
    return rows;
  }
}
