// Evaluation (pure): conditions, rule selection (order, first-match-wins), the loop guard, the
// time-based triggers and the five default rules.
import { describe, expect, it } from 'vitest';
import {
  applyActionsToFacts, evaluateConditions, minutesSinceAnchor, ruleChainOf, selectRules, timeBasedDueAt, MAX_RULE_CHAIN, type RuleFacts,
} from '../../../api/src/modules/automation/rule-evaluation.js';
import { defaultRules } from '../../../api/src/modules/automation/default-rules.js';
import type { Condition, Rule } from '../../../api/src/modules/automation/rule-language.js';
import { validateRule } from '../../../api/src/modules/automation/rule-validation.js';

const facts = (f: RuleFacts = {}): RuleFacts => ({
  ticket: { priority: 'MEDIUM', status: 'OPEN', category: 'Technical', ragConfidence: 0.9, autoResolveAttempts: 0, tags: ['billing', 'Refund'], subject: 'Printer on fire', queueId: null, ...f.ticket },
  contact: { vip: false, email: 'ann@example.test', ...f.contact },
  now: { businessHours: true },
  ...(f.sla ? { sla: f.sla } : {}),
  ...(f.minutesSince ? { minutesSince: f.minutesSince } : {}),
});

describe('evaluateConditions', () => {
  const ok = (c: Condition, f = facts()) => evaluateConditions(c, f);
  it('compares by field type', () => {
    expect(ok({ field: 'ticket.priority', op: 'eq', value: 'MEDIUM' })).toBe(true);
    expect(ok({ field: 'ticket.priority', op: 'in', value: ['HIGH', 'URGENT'] })).toBe(false);
    expect(ok({ field: 'ticket.priority', op: 'notIn', value: ['HIGH', 'URGENT'] })).toBe(true);
    expect(ok({ field: 'ticket.ragConfidence', op: 'lt', value: 0.9 })).toBe(false);
    expect(ok({ field: 'ticket.ragConfidence', op: 'lte', value: 0.9 })).toBe(true);
    expect(ok({ field: 'ticket.ragConfidence', op: 'gt', value: 0.5 })).toBe(true);
    expect(ok({ field: 'ticket.autoResolveAttempts', op: 'gte', value: 1 })).toBe(false);
    expect(ok({ field: 'contact.vip', op: 'eq', value: false })).toBe(true);
    expect(ok({ field: 'contact.vip', op: 'neq', value: false })).toBe(false);
  });
  it('compares text case-insensitively and tags as a set', () => {
    expect(ok({ field: 'ticket.category', op: 'eq', value: 'TECHNICAL' })).toBe(true);
    expect(ok({ field: 'ticket.subject', op: 'contains', value: 'ON FIRE' })).toBe(true);
    expect(ok({ field: 'ticket.tags', op: 'contains', value: 'refund' })).toBe(true);
    expect(ok({ field: 'ticket.tags', op: 'in', value: ['x', 'BILLING'] })).toBe(true);
    expect(ok({ field: 'ticket.tags', op: 'notIn', value: ['x', 'billing'] })).toBe(false);
    expect(ok({ field: 'ticket.tags', op: 'isSet' })).toBe(true);
    expect(ok({ field: 'ticket.tags', op: 'isSet' }, facts({ ticket: { tags: [] } }))).toBe(false);
  });
  it('an unset fact satisfies only isNotSet', () => {
    const f = facts();
    expect(ok({ field: 'ticket.queueId', op: 'isNotSet' }, f)).toBe(true);
    expect(ok({ field: 'ticket.queueId', op: 'neq', value: '11111111-1111-4111-8111-111111111111' }, f)).toBe(false);
    expect(ok({ field: 'conversation.sentiment', op: 'notIn', value: ['NEGATIVE'] }, f)).toBe(false);
    expect(ok({ not: { field: 'conversation.sentiment', op: 'eq', value: 'NEGATIVE' } }, f)).toBe(true);
    expect(ok({ field: 'sla.atRisk', op: 'eq', value: true }, f)).toBe(false);
  });
  it('combines all, any and not', () => {
    const vip: Condition = { field: 'contact.vip', op: 'eq', value: true };
    const tech: Condition = { field: 'ticket.category', op: 'eq', value: 'technical' };
    expect(ok({ all: [] })).toBe(true);
    expect(ok({ all: [vip, tech] })).toBe(false);
    expect(ok({ any: [vip, tech] })).toBe(true);
    expect(ok({ not: { any: [vip, tech] } })).toBe(false);
    expect(ok({ all: [tech, { not: vip }] })).toBe(true);
  });
});

const rule = (id: string, position: number, over: Partial<Rule> = {}): Rule => ({
  id, name: id, enabled: true, position, stopProcessing: false,
  trigger: { kind: 'EVENT', events: ['TICKET_UPDATED'] },
  conditions: { all: [] },
  actions: [{ type: 'addTag', tag: id }],
  ...over,
});
const updated = { kind: 'EVENT', event: 'TICKET_UPDATED' } as const;
const ids = (s: { matched: { rule: Rule }[] }) => s.matched.map((m) => m.rule.id);

describe('selectRules', () => {
  it('keeps the order of positions, not of the list', () => {
    expect(ids(selectRules([rule('c', 3), rule('a', 1), rule('b', 2)], updated, facts()))).toEqual(['a', 'b', 'c']);
  });
  it('leaves out rules of other triggers and skips disabled ones', () => {
    const s = selectRules([rule('a', 1, { trigger: { kind: 'EVENT', events: ['TICKET_CREATED'] } }), rule('b', 2, { enabled: false }), rule('c', 3)], updated, facts());
    expect(ids(s)).toEqual(['c']);
    expect(s.skipped).toEqual([{ ruleId: 'b', reason: 'DISABLED' }]);
  });
  it('first-match-wins: after a flagged match, later flagged rules are skipped, unflagged ones still run', () => {
    const s = selectRules([rule('a', 1, { stopProcessing: true }), rule('b', 2, { stopProcessing: true }), rule('c', 3)], updated, facts());
    expect(ids(s)).toEqual(['a', 'c']);
    expect(s.skipped).toEqual([{ ruleId: 'b', reason: 'FIRST_MATCH_TAKEN' }]);
  });
  it('a flagged rule that does not match leaves the next flagged one its chance', () => {
    const s = selectRules([rule('a', 1, { stopProcessing: true, conditions: { field: 'contact.vip', op: 'eq', value: true } }), rule('b', 2, { stopProcessing: true })], updated, facts());
    expect(ids(s)).toEqual(['b']);
    expect(s.skipped).toEqual([{ ruleId: 'a', reason: 'NO_MATCH' }]);
  });
  it('returns the chain to stamp on the changes', () => {
    expect(selectRules([rule('a', 1), rule('b', 2)], updated, facts(), { chain: ['x'] }).chain).toEqual(['x', 'a', 'b']);
  });
});

describe('the loop guard', () => {
  const Q1 = '11111111-1111-4111-8111-111111111111';
  const Q2 = '22222222-2222-4222-8222-222222222222';
  // A moves Q1 → Q2, B moves Q2 → Q1: without a guard they would ping-pong forever.
  const A = rule('A', 1, { conditions: { field: 'ticket.queueId', op: 'eq', value: Q1 }, actions: [{ type: 'setQueue', queueId: Q2 }] });
  const B = rule('B', 2, { conditions: { field: 'ticket.queueId', op: 'eq', value: Q2 }, actions: [{ type: 'setQueue', queueId: Q1 }] });

  /** What the integrator does: apply, emit ticket.updated with actor RULE + chain, evaluate again. */
  function run(start: RuleFacts, firstActor: { kind: string; id: string | null; ruleChain?: string[] }) {
    let f = start;
    let actor = firstActor;
    const applied: string[] = [];
    for (let round = 0; round < 20; round++) {
      const s = selectRules([A, B], updated, f, { chain: ruleChainOf(actor) });
      if (!s.matched.length) break;
      for (const m of s.matched) {
        applied.push(m.rule.id);
        f = applyActionsToFacts(f, m.actions);
      }
      actor = { kind: 'RULE', id: s.matched.at(-1)!.rule.id, ruleChain: s.chain };
    }
    return { applied, facts: f };
  }

  it('stops a two-rule ping-pong A→B→A after each ran once', () => {
    const r = run(facts({ ticket: { queueId: Q1 } }), { kind: 'USER', id: 'u1' });
    expect(r.applied).toEqual(['A', 'B']);
    expect(r.facts.ticket?.queueId).toBe(Q1);
  });

  it('a rule does not re-trigger itself on its own change (firedBy)', () => {
    const self = rule('S', 1, { actions: [{ type: 'addTag', tag: 'seen' }] });
    expect(ids(selectRules([self], updated, facts(), { firedBy: 'S' }))).toEqual([]);
    expect(selectRules([self], updated, facts(), { firedBy: 'S' }).skipped).toEqual([{ ruleId: 'S', reason: 'IN_CHAIN' }]);
  });

  it('a person’s change starts a fresh chain: the same rules run again', () => {
    expect(ruleChainOf({ kind: 'USER', id: 'u1' })).toEqual([]);
    expect(ruleChainOf({ kind: 'RULE', id: 'B', ruleChain: ['A'] })).toEqual(['A', 'B']);
    expect(ruleChainOf({ kind: 'RULE', id: 'A' })).toEqual(['A']);
  });

  it('a chain at the limit applies nothing more', () => {
    const chain = Array.from({ length: MAX_RULE_CHAIN }, (_, i) => `r${i}`);
    const s = selectRules([rule('z', 1)], updated, facts(), { chain });
    expect(s.matched).toEqual([]);
    expect(s.skipped).toEqual([{ ruleId: 'z', reason: 'CHAIN_LIMIT' }]);
  });
});

describe('time-based rules', () => {
  const late = rule('late', 1, { trigger: { kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 }, conditions: { field: 'ticket.status', op: 'eq', value: 'OPEN' } });
  const timer = { kind: 'TIME_BASED' } as const;
  it('fire only when due and the conditions still hold', () => {
    expect(ids(selectRules([late], timer, facts({ minutesSince: { lastAgentReply: 16 } })))).toEqual(['late']);
    expect(selectRules([late], timer, facts({ minutesSince: { lastAgentReply: 3 } })).skipped).toEqual([{ ruleId: 'late', reason: 'NOT_DUE' }]);
    expect(ids(selectRules([late], timer, facts({ ticket: { status: 'RESOLVED' }, minutesSince: { lastAgentReply: 16 } })))).toEqual([]);
  });
  it('are not selected by events, and a timer can name its rules', () => {
    expect(selectRules([late], updated, facts({ minutesSince: { lastAgentReply: 99 } })).matched).toEqual([]);
    expect(selectRules([late], { kind: 'TIME_BASED', ruleIds: ['other'] }, facts({ minutesSince: { lastAgentReply: 99 } })).matched).toEqual([]);
  });
  it('"no agent reply" counts from creation while nobody replied', () => {
    expect(minutesSinceAnchor('LAST_AGENT_REPLY', { minutesSince: { ticketCreated: 20 } })).toBe(20);
    expect(minutesSinceAnchor('ASSIGNED', { minutesSince: { ticketCreated: 20 } })).toBeNull();
    const created = new Date('2026-12-07T10:00:00Z');
    expect(timeBasedDueAt({ kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 }, { TICKET_CREATED: created })?.toISOString()).toBe('2026-12-07T10:15:00.000Z');
    expect(timeBasedDueAt({ kind: 'TIME_BASED', after: 'ASSIGNED', minutes: 15 }, { TICKET_CREATED: created })).toBeNull();
  });
});

describe('the five default rules', () => {
  const queues = { seniorSupport: 'q-senior', escalations: 'q-esc', tier2: 'q-tier2', technicalSupport: 'q-tech' };
  const rules: Rule[] = defaultRules(queues).map((r, i) => ({ ...r, id: `d${i + 1}` }));
  const created = { kind: 'EVENT', event: 'TICKET_CREATED' } as const;
  const winner = (f: RuleFacts, occ: Parameters<typeof selectRules>[1] = created) => selectRules(rules, occ, f).matched.map((m) => ({ id: m.rule.id, actions: m.actions }));
  const calm = (f: RuleFacts = {}) => facts({ ...f, ticket: { category: 'BILLING', ragConfidence: 0.95, ...f.ticket } });

  it('are valid rules of the language (with the real queue ids)', () => {
    for (const r of defaultRules({ seniorSupport: '11111111-1111-4111-8111-111111111111', escalations: '11111111-1111-4111-8111-111111111112', tier2: '11111111-1111-4111-8111-111111111113', technicalSupport: '11111111-1111-4111-8111-111111111114' })) {
      expect(validateRule(r).problems).toEqual([]);
    }
    expect(rules.every((r) => r.stopProcessing && r.enabled)).toBe(true);
  });
  it('nothing matches a calm ticket', () => expect(winner(calm())).toEqual([]));
  it('1: VIP + URGENT → Senior support (not VIP + URGENT, or VIP + HIGH: no)', () => {
    expect(winner(calm({ contact: { vip: true }, ticket: { priority: 'URGENT' } }))).toEqual([{ id: 'd1', actions: [{ type: 'setQueue', queueId: 'q-senior' }] }]);
    expect(winner(calm({ ticket: { priority: 'URGENT' } }))).toEqual([]);
    expect(winner(calm({ contact: { vip: true }, ticket: { priority: 'HIGH' } }))).toEqual([]);
  });
  it('2: SLA at risk → Escalations, also on the SLA_AT_RISK event', () => {
    expect(winner(calm({ sla: { atRisk: true } }))).toEqual([{ id: 'd2', actions: [{ type: 'setQueue', queueId: 'q-esc' }] }]);
    expect(winner(calm({ sla: { atRisk: true } }), { kind: 'EVENT', event: 'SLA_AT_RISK' }).map((m) => m.id)).toEqual(['d2']);
    expect(winner(calm({ sla: { atRisk: false } }))).toEqual([]);
  });
  it('3: confidence below 0.7 → Tier 2 (0.7 itself: no)', () => {
    expect(winner(calm({ ticket: { ragConfidence: 0.5 } }))).toEqual([{ id: 'd3', actions: [{ type: 'setQueue', queueId: 'q-tier2' }] }]);
    expect(winner(calm({ ticket: { ragConfidence: 0.7 } }))).toEqual([]);
  });
  it('4: technical + URGENT/HIGH → Technical support (technical + LOW: no)', () => {
    expect(winner(calm({ ticket: { category: 'technical', priority: 'HIGH' } }))).toEqual([{ id: 'd4', actions: [{ type: 'setQueue', queueId: 'q-tech' }] }]);
    expect(winner(calm({ ticket: { category: 'TECHNICAL', priority: 'LOW' } }))).toEqual([]);
  });
  it('5: three or more automatic attempts → Escalations + HIGH (two: no)', () => {
    expect(winner(calm({ ticket: { autoResolveAttempts: 3 } }))).toEqual([{ id: 'd5', actions: [{ type: 'setQueue', queueId: 'q-esc' }, { type: 'setPriority', priority: 'HIGH' }] }]);
    expect(winner(calm({ ticket: { autoResolveAttempts: 2 } }))).toEqual([]);
  });
  it('order decides when several match: the first one wins alone', () => {
    const all = calm({ contact: { vip: true }, sla: { atRisk: true }, ticket: { priority: 'URGENT', category: 'TECHNICAL', ragConfidence: 0.2, autoResolveAttempts: 5 } });
    expect(winner(all).map((m) => m.id)).toEqual(['d1']);
    expect(winner(calm({ ticket: { ragConfidence: 0.2, category: 'TECHNICAL', priority: 'HIGH' } })).map((m) => m.id)).toEqual(['d3']);
    // Reordered: technical support first.
    const reordered = rules.map((r) => (r.id === 'd4' ? { ...r, position: 0 } : r));
    expect(selectRules(reordered, created, calm({ ticket: { ragConfidence: 0.2, category: 'TECHNICAL', priority: 'HIGH' } })).matched.map((m) => m.rule.id)).toEqual(['d4']);
  });
  it('run on creation and escalation, not on every update', () => {
    const f = calm({ ticket: { ragConfidence: 0.2 } });
    expect(winner(f, { kind: 'EVENT', event: 'TICKET_ESCALATED' }).map((m) => m.id)).toEqual(['d3']);
    expect(winner(f, { kind: 'EVENT', event: 'TICKET_UPDATED' })).toEqual([]);
  });
});

describe('applyActionsToFacts', () => {
  it('changes the ticket facts like the actions would', () => {
    const f = applyActionsToFacts(facts(), [
      { type: 'boostPriority', steps: 5 }, { type: 'addTag', tag: 'vip' }, { type: 'addTag', tag: 'VIP' }, { type: 'removeTag', tag: 'billing' },
      { type: 'assign', userId: 'u1' }, { type: 'escalate', queueId: 'q9' }, { type: 'addInternalComment', text: 'x' },
    ]);
    expect(f.ticket).toMatchObject({ priority: 'URGENT', tags: ['Refund', 'vip'], assigneeId: 'u1', status: 'ESCALATED', queueId: 'q9' });
    expect(applyActionsToFacts(f, [{ type: 'boostPriority', steps: -2 }, { type: 'unassign' }]).ticket).toMatchObject({ priority: 'MEDIUM', assigneeId: null });
  });
});
