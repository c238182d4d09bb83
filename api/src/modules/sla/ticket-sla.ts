// SLA clocks on tickets: the plan (ticket-sla-plan.ts) applied through the tickets service under
// the ticket's row lock, the timers that raise AT_RISK / BREACHED, and the recompute of a
// tenant's open tickets after its SLA settings changed.
//
// Timers are (re)scheduled INSIDE the ticket's transaction, on its connection (timer rows and
// pg-boss jobs alike): two changes of one ticket schedule in the order they commit (scheduling
// after commit could let the older change's timers win), a change that rolls back leaves no timer
// behind, and no timer is visible before the ticket's change commits. A timer that still finds a
// due time the ticket does not have (a job that outlived its row) recomputes the ticket.
import type { AppServices } from '../../services.js';
import { DomainError, ErrorCode } from '../../errors.js';
import { realInstant } from '../../clock.js';
import type { FiredTimer, TimerSpec, TimerTx } from '../../jobs/timers.js';
import { txSql } from '../../db/tx-sql.js';
import type { SlaState as TicketSlaState } from '../tickets/ticket.entity.js';
import { TicketAction } from '../tickets/ticket-event.entity.js';
import { withLockedTicket, type TicketActor, type TicketPatch } from '../tickets/ticket.service.js';
import type { LockedTicket } from '../tickets/locked-ticket.js';
import { worstSlaState, type PausedInterval, type SlaState } from './sla-clock.js';
import { recomputeSla } from './sla-matching.js';
import { loadSlaSetup, type SlaSetup } from './sla.reads.js';
import { slaSetupOf } from './setup-cache.js';
import { allTimerKeys, FIELDS, phaseRank, planTicketSla, rankOf, isSettled, TARGETS, type SlaCause, type SlaPhase, type SlaTargetName, type TicketSlaInput } from './ticket-sla-plan.js';

export const SLA_TIMER_KIND = 'sla';
const SYSTEM: TicketActor = { kind: 'SYSTEM', id: null };

interface ClockRow extends Record<string, unknown> {
  awaiting_reply_since: Date | null;
  pauses: { from: string; to: string | null }[];
}

export const toPauses = (rows: ClockRow['pauses'] | null | undefined): PausedInterval[] => (rows ?? []).map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));
export const iso = (d: Date | null) => d?.toISOString() ?? null;

async function exec<R>(lt: LockedTicket, sql: string, params: unknown[]): Promise<R[]> {
  return lt.em.getConnection().execute<R[]>(sql, params, 'all', lt.em.getTransactionContext());
}

/** The facts the plan needs, read inside the lock. */
async function inputOf(lt: LockedTicket): Promise<TicketSlaInput> {
  const t = lt.ticket;
  const [clock] = await exec<ClockRow>(lt, `select awaiting_reply_since, pauses from sla_ticket_clocks where ticket_id = ?`, [t.id]);
  const [contact] = t.contact ? await exec<{ vip: boolean }>(lt, `select vip from contacts where id = ?`, [t.contact.id]) : [];
  return {
    ticketId: t.id,
    status: t.status,
    priority: t.priority,
    queueId: t.queue?.id ?? null,
    tags: t.tags,
    vip: !!contact?.vip,
    createdAt: t.createdAt,
    firstRespondedAt: t.firstRespondedAt,
    slaPolicyId: t.slaPolicyId,
    due: { FIRST_RESPONSE: t.firstResponseDueAt, NEXT_RESPONSE: t.nextResponseDueAt, RESOLUTION: t.resolutionDueAt },
    state: { FIRST_RESPONSE: t.slaFirstResponseState, NEXT_RESPONSE: t.slaNextResponseState, RESOLUTION: t.slaResolutionState },
    awaitingReplySince: clock?.awaiting_reply_since ? new Date(clock.awaiting_reply_since) : null,
    pauses: toPauses(clock?.pauses),
  };
}

/**
 * Bring one ticket's SLA up to date (after `cause`): one SYSTEM change with the SLA columns when
 * anything differs (none otherwise), the clock row, and its timers. A ticket of another tenant, or
 * gone: nothing.
 */
export async function syncTicketSla(services: AppServices, tenantId: string, ticketId: string, cause: SlaCause, setup?: SlaSetup): Promise<void> {
  const s = setup ?? (await slaSetupOf(services, tenantId));
  await ignoreGone(
    withLockedTicket(services, tenantId, ticketId, SYSTEM, async (lt) => {
      // Resolved or closed without a policy: no clock to settle, nothing to touch.
      if ((lt.ticket.status === 'RESOLVED' || lt.ticket.status === 'CLOSED') && !lt.ticket.slaPolicyId) return;
      const input = await inputOf(lt);
      const now = services.clock.now();
      const plan = planTicketSla(input, s, now, cause);
      await lt.set(plan.patch as TicketPatch);
      const pausesJson = JSON.stringify(plan.pauses.map((p) => ({ from: iso(p.from), to: iso(p.to) })));
      if (iso(plan.awaitingReplySince) !== iso(input.awaitingReplySince) || pausesJson !== JSON.stringify(input.pauses.map((p) => ({ from: iso(p.from), to: iso(p.to) })))) {
        await exec(lt, `insert into sla_ticket_clocks (ticket_id, tenant_id, awaiting_reply_since, pauses) values (?, ?, ?, ?::jsonb)
            on conflict (ticket_id) do update set awaiting_reply_since = excluded.awaiting_reply_since, pauses = excluded.pauses`, [ticketId, tenantId, plan.awaitingReplySince, pausesJson]);
      }
      await placeTimers(services, txSql(lt.em), tenantId, ticketId, plan.timers);
    }),
  );
}

/** Make the ticket's timers exactly `wanted`: schedule the new or moved ones, cancel the others. */
async function placeTimers(services: AppServices, tx: TimerTx, tenantId: string, ticketId: string, wanted: ReturnType<typeof planTicketSla>['timers']): Promise<void> {
  const keys = allTimerKeys(ticketId);
  const current = await tx.query<{ key: string; version: string }>(`select key, version from timers where tenant_id = $1 and kind = $2 and key = any($3::text[])`, [tenantId, SLA_TIMER_KIND, keys]);
  const have = new Map(current.map((r) => [r.key, r.version]));
  const specs: TimerSpec[] = wanted
    .filter((w) => have.get(w.key) !== w.version)
    .map((w) => ({
      tenantId,
      kind: SLA_TIMER_KIND,
      key: w.key,
      version: w.version,
      // Timers fire on real time; the SLA clock may run ahead of it (tests).
      at: realInstant(services.clock, w.at),
      data: { ticketId, target: w.target, phase: w.phase, dueAt: w.dueAt.toISOString() },
    }));
  const wantedKeys = new Set(wanted.map((w) => w.key));
  const drop = [...have.keys()].filter((k) => !wantedKeys.has(k));
  await services.timers.scheduleMany(specs, tx);
  await services.timers.cancelMany(tenantId, SLA_TIMER_KIND, drop, tx);
}

async function ignoreGone<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) return null;
    throw e;
  }
}

/**
 * A phase's timer fired: under the ticket's lock, record the rise (one SLA_AT_RISK or
 * SLA_BREACHED entry, and its domain event) unless it no longer applies — the target met or
 * missed, the ticket resolved, closed or paused, its due time moved, or the state already at (or
 * past) this phase. The state check under the lock is what makes a second run (another instance,
 * a retry after a crash) do nothing.
 */
export async function fireSlaTimer(services: AppServices, timer: FiredTimer): Promise<void> {
  const { ticketId, target, phase, dueAt } = timer.data as { ticketId: string; target: SlaTargetName; phase: SlaPhase; dueAt: string };
  if (!TARGETS.includes(target) || (phase !== 'AT_RISK' && phase !== 'BREACHED')) return;
  let dueMoved = false;
  const done = await ignoreGone(
    withLockedTicket(services, timer.tenantId, ticketId, SYSTEM, async (lt) => {
      const t = lt.ticket;
      if ((t.status !== 'OPEN' && t.status !== 'ESCALATED') || t.slaPausedAt) return;
      const f = FIELDS[target];
      const current = t[f.due];
      if (!current || current.toISOString() !== dueAt) {
        dueMoved = true;
        return;
      }
      const state = t[f.state];
      if (isSettled(state) || rankOf(state) >= phaseRank(phase)) return;
      const states = { FIRST_RESPONSE: t.slaFirstResponseState, NEXT_RESPONSE: t.slaNextResponseState, RESOLUTION: t.slaResolutionState } as Record<SlaTargetName, string | null>;
      states[target] = phase;
      await lt.set({ [f.state]: phase as TicketSlaState, slaState: worstSlaState(Object.values(states) as SlaState[]) as TicketSlaState | null });
      lt.recordAs(phase === 'AT_RISK' ? TicketAction.SLA_AT_RISK : TicketAction.SLA_BREACHED);
      lt.emit(phase === 'AT_RISK' ? 'ticket.sla_at_risk' : 'ticket.sla_breached', { target, dueAt });
    }),
  );
  // A due time the ticket does not have: the job outlived its row (or was scheduled before timers
  // joined the ticket's transaction). Recompute so the committed state has its timers.
  // Read the settings afresh: a timer may fire on any instance, and a rare path needs no cache.
  if (done && dueMoved) await syncTicketSla(services, timer.tenantId, ticketId, 'recompute', await loadSlaSetup(services.readPool, timer.tenantId));
}

interface OpenTicketRow extends Record<string, unknown> {
  id: string;
  priority: string;
  queue_id: string | null;
  tags: string[];
  vip: boolean;
  created_at: Date;
  sla_policy_id: string | null;
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  awaiting_reply_since: Date | null;
  pauses: ClockRow['pauses'] | null;
}

const PAGE = 500;
const PARALLEL = 4;

/**
 * After the tenant's SLA settings changed: every open ticket whose policy or due times would
 * change (or that follows one of `policyIds`) is synced. Pages of 500 by id, decided in memory
 * first, at most 4 tickets locked at a time: bounded work however many tickets are open.
 */
export async function recomputeOpenTickets(services: AppServices, tenantId: string, policyIds: readonly string[]): Promise<number> {
  const setup = await loadSlaSetup(services.readPool, tenantId);
  const touched = new Set(policyIds);
  let after = '00000000-0000-0000-0000-000000000000';
  let synced = 0;
  for (;;) {
    const rows = await services.readPool.scopedQuery<OpenTicketRow>(
      { kind: 'tenant', tenantId },
      `select t.id::text, t.priority, t.queue_id::text, t.tags, coalesce(c.vip, false) as vip, t.created_at, t.sla_policy_id::text,
              t.first_response_due_at, t.next_response_due_at, t.resolution_due_at, s.awaiting_reply_since, s.pauses
         from tickets t
         left join contacts c on c.id = t.contact_id
         left join sla_ticket_clocks s on s.ticket_id = t.id
        where t.tenant_id = $1 and t.status in ('OPEN', 'PENDING', 'ESCALATED') and t.id > $2::uuid
        order by t.id limit ${PAGE}`,
      [after],
    );
    if (!rows.length) break;
    after = rows[rows.length - 1].id;
    const now = services.clock.now();
    const stale = rows.filter((r) => {
      if (r.sla_policy_id && touched.has(r.sla_policy_id)) return true;
      const pauses = toPauses(r.pauses).map((p) => (p.to ? p : { from: p.from, to: now }));
      const next = recomputeSla(setup.policies, setup.calendars, { priority: r.priority, queueId: r.queue_id, vip: r.vip, tags: r.tags, startedAt: new Date(r.created_at), awaitingReplySince: r.awaiting_reply_since, pauses }, {
        policyId: r.sla_policy_id,
        firstResponseDueAt: r.first_response_due_at,
        nextResponseDueAt: r.next_response_due_at,
        resolutionDueAt: r.resolution_due_at,
      });
      // A met next response keeps its due time on purpose (recomputeSla answers none for it).
      return next.changed.some((c) => c !== 'nextResponseDueAt' || !!r.awaiting_reply_since);
    });
    for (let i = 0; i < stale.length; i += PARALLEL) {
      await Promise.all(stale.slice(i, i + PARALLEL).map((r) => syncTicketSla(services, tenantId, r.id, 'recompute', setup)));
    }
    synced += stale.length;
    if (rows.length < PAGE) break;
  }
  return synced;
}
