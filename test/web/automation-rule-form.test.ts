// The rule editor's pure logic: JSON ↔ form rows (round trip), typed values sent as typed JSON,
// problems placed on the row at fault by their path, and reordering.
import { describe, expect, it } from 'vitest';
import {
  actionsJson, changeField, changeOp, conditionsForm, conditionsJson, describeTrigger, draftOf, emptyForm, formOf, moveId, newAction,
  newComparison, placeProblems, triggerJson, type ActionInfo, type ComparisonRow, type FieldInfo, type GroupRow,
} from '../../web/src/automation/rule-form.js';

const FIELDS: FieldInfo[] = [
  { name: 'ticket.priority', type: 'enum', label: 'Priority', values: ['LOW', 'MEDIUM', 'HIGH', 'URGENT'], ops: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'] },
  { name: 'ticket.ragConfidence', type: 'number', label: 'Confidence', ops: ['eq', 'lt', 'gte', 'isSet'] },
  { name: 'contact.vip', type: 'boolean', label: 'VIP', ops: ['eq', 'neq', 'isSet', 'isNotSet'] },
  { name: 'ticket.tags', type: 'tags', label: 'Tags', ops: ['contains', 'in', 'notIn', 'isSet', 'isNotSet'] },
  { name: 'ticket.queueId', type: 'queueId', label: 'Queue', ops: ['eq', 'in', 'isSet'] },
];
const ACTIONS: ActionInfo[] = [
  { type: 'setQueue', label: 'Move to queue', params: [{ name: 'queueId', type: 'queueId', label: 'Queue', optional: false }] },
  { type: 'boostPriority', label: 'Boost', params: [{ name: 'steps', type: 'int', label: 'Steps', optional: false }] },
  { type: 'webhook', label: 'Webhook', params: [{ name: 'url', type: 'url', label: 'URL', optional: false }, { name: 'delaySeconds', type: 'int', label: 'Delay', optional: true }] },
  { type: 'notifyUsers', label: 'Notify', params: [{ name: 'userIds', type: 'userIds', label: 'People', optional: false }] },
  { type: 'unassign', label: 'Unassign', params: [] },
];

const STORED = {
  all: [
    { field: 'contact.vip', op: 'eq', value: true },
    { not: { field: 'ticket.tags', op: 'contains', value: 'spam' } },
    { any: [{ field: 'ticket.priority', op: 'in', value: ['HIGH', 'URGENT'] }, { field: 'ticket.ragConfidence', op: 'lt', value: 0.7 }] },
    { field: 'ticket.queueId', op: 'isSet' },
  ],
};

describe('conditions: JSON ↔ form', () => {
  it('round-trips a nested tree with not, lists and unary operators', () => {
    expect(conditionsJson(conditionsForm(STORED), FIELDS)).toEqual(STORED);
  });
  it('wraps a lone comparison in a group, and keeps a negated root as a row', () => {
    const lone = conditionsForm({ field: 'contact.vip', op: 'eq', value: true });
    expect(lone.mode).toBe('all');
    expect(conditionsJson(lone, FIELDS)).toEqual({ all: [{ field: 'contact.vip', op: 'eq', value: true }] });
    const negated = conditionsForm({ not: { any: [{ field: 'contact.vip', op: 'eq', value: true }] } });
    expect(conditionsJson(negated, FIELDS)).toEqual({ all: [{ not: { any: [{ field: 'contact.vip', op: 'eq', value: true }] } }] });
    expect(conditionsJson(conditionsForm(null), FIELDS)).toEqual({ all: [] });
  });
  it('sends typed values; text in a number field stays text (the API names the path)', () => {
    const root = conditionsForm({ all: [] });
    const n = newComparison(FIELDS[1]);
    changeOp(n, 'lt');
    n.value = ' 0.5 ';
    const b = newComparison(FIELDS[2]);
    b.value = 'false';
    const bad = newComparison(FIELDS[1]);
    bad.value = 'abc';
    root.children.push(n, b, bad);
    expect(conditionsJson(root, FIELDS)).toEqual({ all: [
      { field: 'ticket.ragConfidence', op: 'lt', value: 0.5 },
      { field: 'contact.vip', op: 'eq', value: false },
      { field: 'ticket.ragConfidence', op: 'eq', value: 'abc' },
    ] });
  });
  it('changing the field keeps an operator it takes and resets the value; list ↔ single carries the value', () => {
    const row = newComparison(FIELDS[0]);
    expect(row).toMatchObject({ op: 'eq', value: 'LOW' });
    changeOp(row, 'in');
    expect(row.values).toEqual(['LOW']);
    changeOp(row, 'eq');
    expect(row.value).toBe('LOW');
    changeField(row, FIELDS[1]);
    expect(row).toMatchObject({ field: 'ticket.ragConfidence', op: 'eq', value: '', values: [] });
    changeOp(row, 'gte');
    changeField(row, FIELDS[0]);
    expect(row.op).toBe('eq');
  });
});

describe('actions and trigger', () => {
  it('types parameters, leaves out empty optional ones, keeps lists', () => {
    const rows = [newAction(ACTIONS[0]), newAction(ACTIONS[1]), newAction(ACTIONS[2]), newAction(ACTIONS[3]), newAction(ACTIONS[4])];
    rows[0].params.queueId = 'q1';
    rows[1].params.steps = '2';
    rows[2].params.url = 'https://example.test/h';
    rows[3].params.userIds = ['u1', 'u2'];
    expect(actionsJson(rows, ACTIONS)).toEqual([
      { type: 'setQueue', queueId: 'q1' },
      { type: 'boostPriority', steps: 2 },
      { type: 'webhook', url: 'https://example.test/h' },
      { type: 'notifyUsers', userIds: ['u1', 'u2'] },
      { type: 'unassign' },
    ]);
  });
  it('time-based minutes: a whole number is sent, anything else left for the API to name', () => {
    expect(triggerJson({ kind: 'TIME_BASED', events: [], after: 'LAST_AGENT_REPLY', minutes: '15' })).toEqual({ kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 });
    expect(triggerJson({ kind: 'TIME_BASED', events: [], after: 'LAST_AGENT_REPLY', minutes: '1.5' })).toEqual({ kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY' });
    expect(triggerJson({ kind: 'EVENT', events: ['TICKET_CREATED'], after: 'X', minutes: '' })).toEqual({ kind: 'EVENT', events: ['TICKET_CREATED'] });
    expect(describeTrigger({ kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 })).toBe('15 min after last agent reply');
    expect(describeTrigger({ kind: 'EVENT', events: ['TICKET_CREATED', 'SLA_AT_RISK'] })).toBe('ticket created, sla at risk');
  });
  it('a stored rule becomes a form and the same draft again', () => {
    const stored = { name: 'VIP', description: null, enabled: true, stopProcessing: true, trigger: { kind: 'EVENT', events: ['TICKET_CREATED'], after: null, minutes: null }, conditions: STORED, actions: [{ type: 'setQueue', queueId: 'q1' }, { type: 'webhook', url: 'https://x.test/', delaySeconds: 5 }] };
    const form = formOf(stored);
    expect(draftOf(form, FIELDS, ACTIONS)).toEqual({ name: 'VIP', description: null, trigger: { kind: 'EVENT', events: ['TICKET_CREATED'] }, conditions: STORED, actions: stored.actions });
  });
});

describe('problems next to their rows', () => {
  it('places each path on the deepest row that holds it, or on its section', () => {
    const form = { ...emptyForm(), conditions: conditionsForm(STORED), actions: [newAction(ACTIONS[0]), newAction(ACTIONS[1])] };
    const root = form.conditions;
    const [vip, notTags, anyGroup] = root.children as [ComparisonRow, ComparisonRow, GroupRow];
    const [inRow, ltRow] = anyGroup.children as ComparisonRow[];
    const placed = placeProblems(form, [
      { path: 'conditions.all[0].value', message: 'a' },
      { path: 'conditions.all[1].not.value', message: 'b' },
      { path: 'conditions.all[2].any[0].value[1]', message: 'c' },
      { path: 'conditions.all[2].any[1].op', message: 'd' },
      { path: 'conditions.all[2].any', message: 'e' },
      { path: 'conditions', message: 'f' },
      { path: 'actions[1].steps', message: 'g' },
      { path: 'actions', message: 'h' },
      { path: 'trigger.minutes', message: 'i' },
      { path: 'name', message: 'j' },
      { path: 'somewhere', message: 'k' },
    ]);
    const messages = (key: string) => (placed.get(key) ?? []).map((p) => p.message);
    expect(messages(vip.key)).toEqual(['a']);
    expect(messages(notTags.key)).toEqual(['b']);
    expect(messages(inRow.key)).toEqual(['c']);
    expect(messages(ltRow.key)).toEqual(['d']);
    expect(messages(anyGroup.key)).toEqual(['e']);
    expect(messages(root.key)).toEqual(['f']);
    expect(messages(form.actions[1].key)).toEqual(['g']);
    expect(messages('actions')).toEqual(['h']);
    expect(messages('trigger')).toEqual(['i']);
    expect(messages('name')).toEqual(['j']);
    expect(messages('rule')).toEqual(['k']);
  });
});

describe('moveId', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(moveId(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
