// The SLA plan of one ticket, pure: what the columns become and which timers must exist.
import { describe, expect, it } from 'vitest';
import { planTicketSla, type TicketSlaInput } from '../../../api/src/modules/sla/ticket-sla-plan.js';
import type { SlaSetup } from '../../../api/src/modules/sla/sla.reads.js';
import type { ClockPolicy } from '../../../api/src/modules/sla/sla-matching.js';

const MIN = 60_000;
const t0 = new Date('2026-12-07T10:00:00Z');
const at = (min: number) => new Date(t0.getTime() + min * MIN);

const policy = (p: Partial<ClockPolicy> = {}): ClockPolicy => ({
  id: 'p1', position: 0, enabled: true, conditions: {}, firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 240, businessHours: false, calendarId: null, atRiskShare: 0.5, ...p,
});
const setup = (...policies: ClockPolicy[]): SlaSetup => ({ policies, calendars: { defaultCalendar: null, byId: new Map(), byQueue: new Map() } });
const ticket = (t: Partial<TicketSlaInput> = {}): TicketSlaInput => ({
  ticketId: 'T', status: 'OPEN', priority: 'MEDIUM', queueId: null, tags: [], vip: false, createdAt: t0, firstRespondedAt: null, slaPolicyId: null,
  due: { FIRST_RESPONSE: null, NEXT_RESPONSE: null, RESOLUTION: null }, state: { FIRST_RESPONSE: null, NEXT_RESPONSE: null, RESOLUTION: null },
  awaitingReplySince: null, pauses: [], ...t,
});

describe('planTicketSla', () => {
  it('a new ticket: due times, ACTIVE, two timers per running target (no next response yet)', () => {
    const p = planTicketSla(ticket(), setup(policy()), at(1), 'recompute');
    expect(p.patch).toMatchObject({ slaPolicyId: 'p1', firstResponseDueAt: at(60), nextResponseDueAt: null, resolutionDueAt: at(240), slaFirstResponseState: 'ACTIVE', slaNextResponseState: null, slaState: 'ACTIVE' });
    expect(p.timers.map((t) => [t.key, t.at.toISOString()])).toEqual([
      ['T:FIRST_RESPONSE:AT_RISK', at(30).toISOString()], ['T:FIRST_RESPONSE:BREACHED', at(60).toISOString()],
      ['T:RESOLUTION:AT_RISK', at(120).toISOString()], ['T:RESOLUTION:BREACHED', at(240).toISOString()],
    ]);
  });

  it('never raises a state itself: a passed phase gets a timer due then (the timer records it); a later due time lowers it', () => {
    const p = planTicketSla(ticket(), setup(policy()), at(45), 'recompute');
    expect(p.patch.slaFirstResponseState).toBe('ACTIVE');
    expect(p.timers.find((t) => t.key === 'T:FIRST_RESPONSE:AT_RISK')!.at).toEqual(at(30));
    const breached = ticket({ slaPolicyId: 'p1', state: { FIRST_RESPONSE: 'BREACHED', NEXT_RESPONSE: null, RESOLUTION: 'AT_RISK' } });
    const longer = planTicketSla(breached, setup(policy({ firstResponseMinutes: 80 })), at(70), 'recompute');
    expect(longer.patch).toMatchObject({ firstResponseDueAt: at(80), slaFirstResponseState: 'AT_RISK', slaResolutionState: 'ACTIVE' });
    expect(longer.timers.map((t) => t.key)).toEqual(['T:FIRST_RESPONSE:BREACHED', 'T:RESOLUTION:AT_RISK', 'T:RESOLUTION:BREACHED']);
  });

  it('staff reply: first response MET (or MISSED); the customer writing again starts the next response; the next reply meets it', () => {
    const met = planTicketSla(ticket({ slaPolicyId: 'p1' }), setup(policy()), at(10), 'staffReply');
    expect(met.patch).toMatchObject({ firstRespondedAt: at(10), slaFirstResponseState: 'MET' });
    expect(met.timers.some((t) => t.target === 'FIRST_RESPONSE')).toBe(false);
    const missed = planTicketSla(ticket({ slaPolicyId: 'p1', state: { FIRST_RESPONSE: 'BREACHED', NEXT_RESPONSE: null, RESOLUTION: null } }), setup(policy()), at(61), 'staffReply');
    expect(missed.patch.slaFirstResponseState).toBe('MISSED');
    expect(missed.patch.slaState).toBe('MISSED');
    // Before any staff reply, the customer writing again starts nothing.
    expect(planTicketSla(ticket(), setup(policy()), at(5), 'customerWrote').awaitingReplySince).toBeNull();
    const responded = ticket({ slaPolicyId: 'p1', firstRespondedAt: at(10), due: { FIRST_RESPONSE: at(60), NEXT_RESPONSE: null, RESOLUTION: at(240) }, state: { FIRST_RESPONSE: 'MET', NEXT_RESPONSE: null, RESOLUTION: 'ACTIVE' } });
    const waiting = planTicketSla(responded, setup(policy()), at(20), 'customerWrote');
    expect(waiting.awaitingReplySince).toEqual(at(20));
    expect(waiting.patch).toMatchObject({ nextResponseDueAt: at(50), slaNextResponseState: 'ACTIVE', firstResponseDueAt: at(60), slaFirstResponseState: 'MET' });
    const answered = planTicketSla({ ...responded, awaitingReplySince: at(20), due: { ...responded.due, NEXT_RESPONSE: at(50) }, state: { ...responded.state, NEXT_RESPONSE: 'ACTIVE' } }, setup(policy()), at(40), 'staffReply');
    expect(answered.patch.slaNextResponseState).toBe('MET');
    expect(answered.awaitingReplySince).toBeNull();
  });

  it('PENDING: a pause opens, no timers; back to OPEN the due times move by the paused time', () => {
    const paused = planTicketSla(ticket({ status: 'PENDING', slaPolicyId: 'p1' }), setup(policy()), at(10), 'recompute');
    expect(paused.timers).toEqual([]);
    expect(paused.pauses).toEqual([{ from: at(10), to: null }]);
    expect(paused.patch.slaPausedAt).toEqual(at(10));
    const resumed = planTicketSla(ticket({ status: 'OPEN', slaPolicyId: 'p1', pauses: paused.pauses }), setup(policy()), at(25), 'recompute');
    expect(resumed.pauses).toEqual([{ from: at(10), to: at(25) }]);
    expect(resumed.patch).toMatchObject({ firstResponseDueAt: at(75), resolutionDueAt: at(255), slaPausedAt: null });
  });

  it('resolved: running targets settle; no policy: nothing at all; reopened: resolution runs again', () => {
    const running = ticket({ slaPolicyId: 'p1', due: { FIRST_RESPONSE: at(60), NEXT_RESPONSE: null, RESOLUTION: at(240) }, state: { FIRST_RESPONSE: 'BREACHED', NEXT_RESPONSE: null, RESOLUTION: 'ACTIVE' } });
    const resolved = planTicketSla({ ...running, status: 'RESOLVED' }, setup(policy()), at(100), 'recompute');
    expect(resolved.patch).toMatchObject({ slaFirstResponseState: 'MISSED', slaResolutionState: 'MET', slaState: 'MISSED' });
    expect(resolved.timers).toEqual([]);
    const none = planTicketSla(running, setup(policy({ enabled: false })), at(100), 'recompute');
    expect(none.patch).toMatchObject({ slaPolicyId: null, firstResponseDueAt: null, resolutionDueAt: null, slaFirstResponseState: null, slaResolutionState: null, slaState: null });
    expect(none.timers).toEqual([]);
    const reopened = planTicketSla({ ...running, state: { ...running.state, RESOLUTION: 'MET' } }, setup(policy()), at(300), 'reopened');
    expect(reopened.patch.slaResolutionState).toBe('ACTIVE');
    expect(reopened.timers.find((t) => t.key === 'T:RESOLUTION:BREACHED')!.at).toEqual(at(240));
  });
});
