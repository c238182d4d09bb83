// The KPI definitions (docs/kpis.md) as pure functions, against hand-computed fixtures: each
// scenario is a list of facts (domain events with chosen instants) and the rows they must write.
import { describe, expect, it } from 'vitest';
import {
  decide,
  decideAfterResolution,
  initialState,
  localDay,
  localMidnightsBetween,
  spanRows,
  durationOf,
  type ConversationFact,
  type ConversationState,
  type EventRow,
  type AfterResolutionTimer,
} from '../../../api/src/modules/reporting/definitions.js';
import type { BusinessCalendar, SlaCalendar } from '../../../api/src/modules/sla/business-time.js';

const CONV = '00000000-0000-4000-8000-00000000c0c0';
const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000b2';
const Z = (iso: string) => new Date(iso);


/** Run facts through `decide` from a fresh (never seen) conversation; collect rows and timers. */
function run(steps: (ConversationFact | 'timers')[], calendar: SlaCalendar = null, team: string | null = 'Support') {
  let state: ConversationState = initialState({ createdAt: Z('2027-03-01T00:00:00Z'), channel: 'WIDGET', queueId: null, status: 'BOT', handler: 'AI', assigneeId: null, reopenCount: 0, firstResponseAt: null, resolvedAt: null });
  const rows: EventRow[] = [];
  const timers: AfterResolutionTimer[] = [];
  for (const s of steps) {
    if (s === 'timers') {
      for (const t of timers.splice(0)) rows.push(...decideAfterResolution(state, t.data, CONV));
      continue;
    }
    const d = decide(state, s, { conversationId: CONV, calendar, agentTeam: team });
    state = d.state;
    rows.push(...d.rows);
    timers.push(...d.timers);
  }
  return { state, rows, timers, byName: (n: string) => rows.filter((r) => r.name === n) };
}

let n = 0;
const created = (at: string, inBot = true): ConversationFact => ({ kind: 'created', at: Z(at), channel: 'WIDGET', queueId: null, inBot });
const customer = (at: string): ConversationFact => ({ kind: 'message', at: Z(at), messageId: `m${++n}`, author: 'CUSTOMER', private: false, authorUserId: null });
const ai = (at: string): ConversationFact => ({ kind: 'message', at: Z(at), messageId: `m${++n}`, author: 'AI', private: false, authorUserId: null });
const agent = (at: string, who = A, priv = false): ConversationFact => ({ kind: 'message', at: Z(at), messageId: `m${++n}`, author: 'AGENT', private: priv, authorUserId: who });
const system = (at: string): ConversationFact => ({ kind: 'message', at: Z(at), messageId: `m${++n}`, author: 'SYSTEM', private: false, authorUserId: null });
const tr = (event: string, at: string, from: string, status: string, handler: 'AI' | 'HUMAN', assigneeId: string | null = null): ConversationFact =>
  ({ kind: 'transition', at: Z(at), eventId: `e${++n}`, event: event as any, from, status, handler, assigneeId, queueId: null });
const handoff = (at: string) => tr('conversation.handed_off', at, 'BOT', 'WAITING', 'HUMAN');
const assigned = (at: string, who = A, from = 'WAITING') => tr('conversation.assigned', at, from, 'OPEN', 'HUMAN', who);
const resolved = (at: string, who: string | null = A, from = 'OPEN') => tr('conversation.resolved', at, from, 'RESOLVED', who ? 'HUMAN' : 'AI', who);
const reopened = (at: string, who: string | null = A) => tr('conversation.reopened', at, 'RESOLVED', who ? 'OPEN' : 'BOT', who ? 'HUMAN' : 'AI', who);
const values = (rows: EventRow[]) => rows.map((r) => r.valueSeconds);

describe('a reopened conversation: two resolution cycles', () => {
  const r = run([
    created('2027-03-01T10:00:00Z'),
    customer('2027-03-01T10:00:00Z'),
    ai('2027-03-01T10:00:05Z'),
    customer('2027-03-01T10:01:00Z'),
    handoff('2027-03-01T10:02:00Z'),
    system('2027-03-01T10:02:00Z'),
    assigned('2027-03-01T10:03:00Z'),
    agent('2027-03-01T10:04:00Z', A, true), // an internal note: not a response
    agent('2027-03-01T10:05:00Z'),
    customer('2027-03-01T10:06:00Z'),
    customer('2027-03-01T10:07:00Z'),
    agent('2027-03-01T10:10:00Z'),
    agent('2027-03-01T10:11:00Z'), // nobody was waiting: no reply time
    resolved('2027-03-01T10:20:00Z'),
    reopened('2027-03-01T12:20:00Z'),
    customer('2027-03-01T12:20:00Z'),
    agent('2027-03-01T12:30:00Z'),
    resolved('2027-03-01T13:00:00Z'),
    'timers',
  ]);

  it('first response once per cycle: from the hand-off in cycle 1 (180 s), from the reopen in cycle 2 (600 s)', () => {
    expect(r.byName('first_response').map((x) => [x.attributes.cycle, x.valueSeconds, x.agentId, x.dedupeKey])).toEqual([
      [1, 180, A, `first_response:${CONV}:1`],
      [2, 600, A, `first_response:${CONV}:2`],
    ]);
  });
  it('reply time = reply − waiting since (the first unanswered customer message, not earlier than the hand-off)', () => {
    expect(values(r.byName('reply'))).toEqual([180, 240, 600]);
  });
  it('resolution time per cycle: creation → 1st resolution, reopen → 2nd', () => {
    expect(r.byName('resolution').map((x) => [x.attributes.cycle, x.valueSeconds, x.agentId, x.team])).toEqual([
      [1, 1200, A, 'Support'],
      [2, 2400, A, 'Support'],
    ]);
    expect(r.byName('reopened').map((x) => [x.valueSeconds, x.attributes.within72h])).toEqual([[7200, true]]);
  });
  it('the bot hand-off is counted with the bot time (120 s); no FCR (reopened within 72 h)', () => {
    expect(values(r.byName('bot_handoff'))).toEqual([120]);
    expect(r.byName('fcr')).toEqual([]);
    expect(r.byName('bot_resolved')).toEqual([]);
    expect(r.byName('ai_resolved_left')).toEqual([]);
  });
  it('only the first-cycle resolution sets the 72 h timer', () => {
    const again = run([created('2027-03-01T10:00:00Z', false), customer('2027-03-01T10:00:00Z'), assigned('2027-03-01T10:01:00Z'), resolved('2027-03-01T10:20:00Z'), reopened('2027-03-01T12:20:00Z'), resolved('2027-03-01T13:00:00Z')]);
    expect(again.timers.map((t) => [t.data.cycle, t.at.toISOString()])).toEqual([[1, '2027-03-04T10:20:00.000Z']]);
  });
});

describe('a bot hand-off before the first human reply', () => {
  it('first response counts from the hand-off, not from creation; bot and system messages never count', () => {
    const r = run([
      created('2027-03-01T09:00:00Z'),
      customer('2027-03-01T09:00:00Z'),
      ai('2027-03-01T09:00:02Z'),
      customer('2027-03-01T09:10:00Z'),
      ai('2027-03-01T09:10:02Z'),
      handoff('2027-03-01T09:15:00Z'),
      system('2027-03-01T09:15:00Z'),
      assigned('2027-03-01T09:16:00Z'),
      agent('2027-03-01T09:17:30Z'),
    ]);
    expect(values(r.byName('first_response'))).toEqual([150]);
    expect(values(r.byName('reply'))).toEqual([150]);
    expect(values(r.byName('bot_handoff'))).toEqual([900]);
  });
  it('a take-over of the bot conversation is a hand-off too (the person takes it from the assistant)', () => {
    const r = run([created('2027-03-01T09:00:00Z'), customer('2027-03-01T09:00:00Z'), ai('2027-03-01T09:00:02Z'), assigned('2027-03-01T09:05:00Z', A, 'BOT'), agent('2027-03-01T09:06:00Z')]);
    expect(values(r.byName('bot_handoff'))).toEqual([300]);
    expect(values(r.byName('first_response'))).toEqual([60]);
  });
});

describe('a customer asking for a person after the assistant resolved', () => {
  it('is a reopen and a hand-off: a new cycle whose first response counts from that moment', () => {
    const r = run([
      created('2027-03-01T09:00:00Z'),
      customer('2027-03-01T09:00:00Z'),
      ai('2027-03-01T09:00:10Z'),
      resolved('2027-03-01T09:30:00Z', null, 'BOT'),
      tr('conversation.handed_off', '2027-03-01T10:00:00Z', 'RESOLVED', 'WAITING', 'HUMAN'),
      assigned('2027-03-01T10:01:00Z'),
      agent('2027-03-01T10:03:00Z'),
      'timers',
    ]);
    expect(r.byName('reopened').map((x) => [x.valueSeconds, x.attributes.cycle])).toEqual([[1800, 2]]);
    expect(r.byName('bot_handoff').map((x) => [x.valueSeconds, x.attributes.cycle])).toEqual([[0, 2]]);
    expect(r.byName('first_response').map((x) => [x.valueSeconds, x.attributes.cycle])).toEqual([[180, 2]]);
    expect(r.byName('ai_resolved_72h')).toEqual([]); // reopened within 72 h
    expect(r.byName('fcr')).toEqual([]);
  });
});

describe('a bot-only resolution', () => {
  it('the assistant resolved it, the customer left without asking more, not reopened in 72 h, rated 5: every AI-resolution way', () => {
    const r = run([
      created('2027-03-01T09:00:00Z'),
      customer('2027-03-01T09:00:00Z'),
      ai('2027-03-01T09:00:10Z'),
      resolved('2027-03-01T09:30:00Z', null, 'BOT'),
      { kind: 'rated', at: Z('2027-03-01T09:31:00Z'), eventId: 'rate1', rating: 5 },
      'timers',
    ]);
    expect(r.byName('resolution').map((x) => [x.valueSeconds, x.agentId, x.attributes.aiOnly])).toEqual([[1800, null, true]]);
    expect(values(r.byName('bot_resolved'))).toEqual([1800]);
    expect(r.byName('ai_resolved_left')).toHaveLength(1);
    expect(r.byName('ai_resolved_72h').map((x) => x.endedAt.toISOString())).toEqual(['2027-03-01T09:30:00.000Z']);
    expect(r.byName('ai_resolved_confirmed')).toHaveLength(1);
    expect(r.byName('csat_received').map((x) => [x.agentId, x.attributes.rating, x.attributes.aiOnly, x.valueSeconds])).toEqual([[null, 5, true, null]]);
    expect(r.byName('fcr')).toHaveLength(1);
    expect(r.byName('first_response')).toEqual([]);
  });
  it('the customer wrote last: not "left without asking more"; reopened within 72 h: not resolved by the 72 h rule; rated 3: not confirmed', () => {
    const r = run([
      created('2027-03-01T09:00:00Z'),
      customer('2027-03-01T09:00:00Z'),
      ai('2027-03-01T09:00:10Z'),
      customer('2027-03-01T09:01:00Z'),
      resolved('2027-03-01T09:30:00Z', null, 'BOT'),
      { kind: 'rated', at: Z('2027-03-01T09:31:00Z'), eventId: 'rate2', rating: 3 },
      reopened('2027-03-02T09:00:00Z', null),
      'timers',
    ]);
    expect(r.byName('ai_resolved_left')).toEqual([]);
    expect(r.byName('ai_resolved_72h')).toEqual([]);
    expect(r.byName('ai_resolved_confirmed')).toEqual([]);
    expect(r.byName('bot_resolved')).toHaveLength(1);
  });
  it('CSAT after a human had it goes to the last assignee and is not AI-only', () => {
    const r = run([created('2027-03-01T09:00:00Z'), customer('2027-03-01T09:00:00Z'), handoff('2027-03-01T09:01:00Z'), assigned('2027-03-01T09:02:00Z', B), agent('2027-03-01T09:03:00Z', B), resolved('2027-03-01T09:10:00Z', B), { kind: 'rated', at: Z('2027-03-01T09:11:00Z'), eventId: 'rate3', rating: 5 }]);
    expect(r.byName('csat_received').map((x) => [x.agentId, x.attributes.aiOnly])).toEqual([[B, false]]);
    expect(r.byName('ai_resolved_confirmed')).toEqual([]);
  });
});

// Mon–Fri 09:00–17:00 in Berlin (CET, UTC+1 in early March 2027), Monday 8 March a holiday.
const berlin: BusinessCalendar = {
  timezone: 'Europe/Berlin',
  weeklyHours: [0, 1, 2, 3, 4].map(() => [{ start: '09:00', end: '17:00' }]).concat([[], []]),
  holidays: ['2027-03-08'],
};

describe('business hours across a weekend and a holiday', () => {
  it('Friday 16:00 → Tuesday 10:00 (weekend, then a Monday holiday): 90 h of calendar time, 2 h of business time', () => {
    const r = run(
      [created('2027-03-05T15:00:00Z', false), customer('2027-03-05T15:00:00Z'), assigned('2027-03-05T15:00:00Z'), agent('2027-03-09T09:00:00Z'), resolved('2027-03-09T10:00:00Z')],
      berlin,
    );
    const [frt] = r.byName('first_response');
    expect([frt.valueSeconds, frt.valueBusinessSeconds]).toEqual([90 * 3600, 2 * 3600]);
    const [reply] = r.byName('reply');
    expect([reply.valueSeconds, reply.valueBusinessSeconds]).toEqual([90 * 3600, 2 * 3600]);
    const [res] = r.byName('resolution');
    expect([res.valueSeconds, res.valueBusinessSeconds]).toEqual([91 * 3600, 3 * 3600]);
  });
  it('without a calendar business time is calendar time', () => {
    expect(durationOf(null, Z('2027-03-05T15:00:00Z'), Z('2027-03-09T09:00:00Z'))).toEqual({ valueSeconds: 324000, valueBusinessSeconds: 324000 });
  });
});

describe("the tenant's local day", () => {
  it.each([
    ['Pacific/Auckland', '2027-03-01T10:59:59Z', '2027-03-01'], // 23:59:59 NZDT
    ['Pacific/Auckland', '2027-03-01T11:00:00Z', '2027-03-02'], // 00:00 NZDT the next day
    ['America/Los_Angeles', '2027-03-01T07:59:59Z', '2027-02-28'], // 23:59:59 PST
    ['America/Los_Angeles', '2027-03-01T08:00:00Z', '2027-03-01'],
    ['America/Los_Angeles', '2027-03-14T10:30:00Z', '2027-03-14'], // 03:30 PDT, the spring-forward day
    ['UTC', '2027-03-01T23:59:59Z', '2027-03-01'],
  ])('%s at %s is %s', (tz, at, day) => {
    expect(localDay(tz, Z(at))).toBe(day);
  });
  it('a span over local midnight is cut there: each piece on its own day', () => {
    expect(localMidnightsBetween('America/Los_Angeles', Z('2027-03-01T06:00:00Z'), Z('2027-03-02T10:00:00Z')).map((x) => x.toISOString())).toEqual(['2027-03-01T08:00:00.000Z', '2027-03-02T08:00:00.000Z']);
    const rows = spanRows({ tz: 'Pacific/Auckland', calendar: null, userId: A, team: 'Support', availability: 'ONLINE', startedAt: Z('2027-03-01T09:00:00Z'), endedAt: Z('2027-03-01T13:00:00Z') });
    expect(rows.map((x) => [x.name, x.startedAt!.toISOString(), x.endedAt.toISOString(), x.valueSeconds, localDay('Pacific/Auckland', x.startedAt!)])).toEqual([
      ['agent_online', '2027-03-01T09:00:00.000Z', '2027-03-01T11:00:00.000Z', 7200, '2027-03-01'],
      ['agent_online', '2027-03-01T11:00:00.000Z', '2027-03-01T13:00:00.000Z', 7200, '2027-03-02'],
    ]);
    expect(spanRows({ tz: 'UTC', calendar: null, userId: A, team: null, availability: 'OFFLINE', startedAt: Z('2027-03-01T09:00:00Z'), endedAt: Z('2027-03-01T13:00:00Z') })).toEqual([]);
  });
});

describe('first-contact resolution', () => {
  const base: (ConversationFact | 'timers')[] = [created('2027-03-01T10:00:00Z', false), customer('2027-03-01T10:00:00Z'), assigned('2027-03-01T10:01:00Z'), agent('2027-03-01T10:02:00Z')];
  it('resolved in the first cycle with nothing else: FCR, on the resolution instant, to the resolving agent', () => {
    const r = run([...base, resolved('2027-03-01T10:30:00Z'), 'timers']);
    expect(r.byName('fcr').map((x) => [x.endedAt.toISOString(), x.agentId, x.dedupeKey])).toEqual([['2027-03-01T10:30:00.000Z', A, `fcr:${CONV}`]]);
  });
  it('a transfer: not FCR', () => {
    const r = run([...base, tr('conversation.transferred', '2027-03-01T10:05:00Z', 'OPEN', 'OPEN', 'HUMAN', B), assigned('2027-03-01T10:05:00Z', B, 'OPEN'), resolved('2027-03-01T10:30:00Z', B), 'timers']);
    expect(r.byName('transferred').map((x) => x.agentId)).toEqual([B]);
    expect(r.byName('fcr')).toEqual([]);
    expect(r.byName('resolution').map((x) => x.agentId)).toEqual([B]);
  });
  it('an escalation to a ticket: not FCR (even after the resolution, inside the window)', () => {
    const r = run([...base, resolved('2027-03-01T10:30:00Z'), { kind: 'escalated', at: Z('2027-03-01T11:00:00Z'), ticketId: 't1' }, 'timers']);
    expect(r.byName('escalated_to_ticket').map((x) => [x.ticketId, x.agentId])).toEqual([['t1', A]]);
    expect(r.byName('fcr')).toEqual([]);
  });
  it('a reopen after 80 h: still FCR (and the timer may fire after it: same answer)', () => {
    const late = run([...base, resolved('2027-03-01T10:30:00Z'), reopened('2027-03-04T18:30:00Z'), 'timers']);
    expect(late.byName('reopened').map((x) => [x.valueSeconds, x.attributes.within72h])).toEqual([[80 * 3600, false]]);
    expect(late.byName('fcr')).toHaveLength(1);
    const onTime = run([...base, resolved('2027-03-01T10:30:00Z'), 'timers', reopened('2027-03-04T18:30:00Z')]);
    expect(onTime.byName('fcr')).toHaveLength(1);
  });
  it('a reopen at 71 h: not FCR', () => {
    const r = run([...base, resolved('2027-03-01T10:30:00Z'), reopened('2027-03-04T09:30:00Z'), 'timers']);
    expect(r.byName('fcr')).toEqual([]);
  });
});
