// validateRule: every invalid shape is refused with the path of the part at fault.
import { describe, expect, it } from 'vitest';
import { referencedIds, validateRule, type RuleDraft } from '../../../api/src/modules/automation/rule-validation.js';

const Q1 = '11111111-1111-4111-8111-111111111111';
const Q2 = '22222222-2222-4222-8222-222222222222';
const U1 = '33333333-3333-4333-8333-333333333333';
const refs = { queueIds: new Set([Q1]), userIds: new Set([U1]) };

const valid = (): RuleDraft => ({
  name: 'VIP to senior',
  trigger: { kind: 'EVENT', events: ['TICKET_CREATED'] },
  conditions: { all: [{ field: 'contact.vip', op: 'eq', value: true }, { field: 'ticket.priority', op: 'in', value: ['URGENT', 'HIGH'] }] },
  actions: [{ type: 'setQueue', queueId: Q1 }],
});

const deepNot = (depth: number): unknown => (depth === 0 ? { field: 'contact.vip', op: 'eq', value: true } : { not: deepNot(depth - 1) });

describe('validateRule', () => {
  it('accepts a well-formed rule and returns a clean copy', () => {
    const r = validateRule({ ...valid(), name: '  VIP  ', actions: [{ type: 'addTag', tag: ' vip ' }, { type: 'webhook', url: 'https://example.test/hook', delaySeconds: 30 }] }, refs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rule.name).toBe('VIP');
    expect(r.rule.actions).toEqual([{ type: 'addTag', tag: 'vip' }, { type: 'webhook', url: 'https://example.test/hook', delaySeconds: 30 }]);
    expect(r.rule.description).toBeNull();
  });

  it('treats missing conditions as always ({ all: [] })', () => {
    const r = validateRule({ ...valid(), conditions: undefined });
    expect(r.ok && r.rule.conditions).toEqual({ all: [] });
  });

  it('accepts a time-based trigger and nested any/not groups', () => {
    const r = validateRule({
      ...valid(),
      trigger: { kind: 'TIME_BASED', after: 'LAST_AGENT_REPLY', minutes: 15 },
      conditions: { any: [{ not: { field: 'ticket.tags', op: 'contains', value: 'waiting' } }, { all: [{ field: 'ticket.assigneeId', op: 'isNotSet' }] }] },
    }, refs);
    expect(r.problems).toEqual([]);
  });

  const cases: [string, (d: RuleDraft) => RuleDraft, string][] = [
    ['missing name', (d) => ({ ...d, name: '  ' }), 'name'],
    ['name too long', (d) => ({ ...d, name: 'x'.repeat(101) }), 'name'],
    ['description not text', (d) => ({ ...d, description: 5 }), 'description'],
    ['no trigger', (d) => ({ ...d, trigger: undefined }), 'trigger'],
    ['unknown trigger kind', (d) => ({ ...d, trigger: { kind: 'WHENEVER' } }), 'trigger.kind'],
    ['no events', (d) => ({ ...d, trigger: { kind: 'EVENT', events: [] } }), 'trigger.events'],
    ['unknown event', (d) => ({ ...d, trigger: { kind: 'EVENT', events: ['TICKET_CREATED', 'TICKET_EXPLODED'] } }), 'trigger.events[1]'],
    ['duplicate event', (d) => ({ ...d, trigger: { kind: 'EVENT', events: ['TICKET_CREATED', 'TICKET_CREATED'] } }), 'trigger.events[1]'],
    ['time-based without minutes', (d) => ({ ...d, trigger: { kind: 'TIME_BASED', after: 'TICKET_CREATED' } }), 'trigger.minutes'],
    ['time-based minutes 0', (d) => ({ ...d, trigger: { kind: 'TIME_BASED', after: 'TICKET_CREATED', minutes: 0 } }), 'trigger.minutes'],
    ['time-based minutes fractional', (d) => ({ ...d, trigger: { kind: 'TIME_BASED', after: 'TICKET_CREATED', minutes: 1.5 } }), 'trigger.minutes'],
    ['time-based minutes as text', (d) => ({ ...d, trigger: { kind: 'TIME_BASED', after: 'TICKET_CREATED', minutes: '15' } }), 'trigger.minutes'],
    ['time-based unknown anchor', (d) => ({ ...d, trigger: { kind: 'TIME_BASED', after: 'LUNCH', minutes: 5 } }), 'trigger.after'],
    ['trigger extra key', (d) => ({ ...d, trigger: { kind: 'EVENT', events: ['TICKET_CREATED'], minutes: 3 } }), 'trigger.minutes'],
    ['conditions a list', (d) => ({ ...d, conditions: [] }), 'conditions'],
    ['unknown field', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.mood', op: 'eq', value: 'x' }] } }), 'conditions.all[0].field'],
    ['unknown op', (d) => ({ ...d, conditions: { all: [{ field: 'contact.vip', op: 'eq', value: true }, { field: 'ticket.priority', op: 'like', value: 'HIGH' }] } }), 'conditions.all[1].op'],
    ['op not for the type', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.ragConfidence', op: 'contains', value: 0.5 }] } }), 'conditions.all[0].op'],
    ['lt on an enum', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'lt', value: 'HIGH' }] } }), 'conditions.all[0].op'],
    ['number field with string value', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.ragConfidence', op: 'lt', value: '0.7' }] } }), 'conditions.all[0].value'],
    ['number out of range', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.ragConfidence', op: 'lt', value: 7 }] } }), 'conditions.all[0].value'],
    ['int field with fraction', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.autoResolveAttempts', op: 'gte', value: 2.5 }] } }), 'conditions.all[0].value'],
    ['boolean field with string', (d) => ({ ...d, conditions: { all: [{ field: 'contact.vip', op: 'eq', value: 'yes' }] } }), 'conditions.all[0].value'],
    ['enum value unknown', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'eq', value: 'CRITICAL' }] } }), 'conditions.all[0].value'],
    ['enum value lower case', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'eq', value: 'urgent' }] } }), 'conditions.all[0].value'],
    ['in without list', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'in', value: 'HIGH' }] } }), 'conditions.all[0].value'],
    ['in with empty list', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'in', value: [] }] } }), 'conditions.all[0].value'],
    ['in with one bad item', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'in', value: ['HIGH', 'NOPE'] }] } }), 'conditions.all[0].value[1]'],
    ['eq with a list', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.priority', op: 'eq', value: ['HIGH'] }] } }), 'conditions.all[0].value'],
    ['isSet with a value', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.assigneeId', op: 'isSet', value: U1 }] } }), 'conditions.all[0].value'],
    ['missing value', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.category', op: 'eq' }] } }), 'conditions.all[0].value'],
    ['string value too long', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.subject', op: 'contains', value: 'x'.repeat(201) }] } }), 'conditions.all[0].value'],
    ['bad tag', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.tags', op: 'contains', value: '!!' }] } }), 'conditions.all[0].value'],
    ['two kinds in one node', (d) => ({ ...d, conditions: { all: [{ any: [], field: 'contact.vip', op: 'eq', value: true }] } }), 'conditions.all[0]'],
    ['empty node', (d) => ({ ...d, conditions: { all: [{}] } }), 'conditions.all[0]'],
    ['empty nested group', (d) => ({ ...d, conditions: { all: [{ any: [] }] } }), 'conditions.all[0].any'],
    ['empty top any', (d) => ({ ...d, conditions: { any: [] } }), 'conditions.any'],
    ['group not a list', (d) => ({ ...d, conditions: { all: { field: 'contact.vip' } } }), 'conditions.all'],
    ['comparison extra key', (d) => ({ ...d, conditions: { all: [{ field: 'contact.vip', op: 'eq', value: true, weight: 2 }] } }), 'conditions.all[0].weight'],
    ['not of garbage', (d) => ({ ...d, conditions: { not: 5 } }), 'conditions.not'],
    ['too deep', (d) => ({ ...d, conditions: deepNot(7) }), 'conditions.not.not.not.not.not.not'],
    ['too many nodes', (d) => ({ ...d, conditions: { all: Array.from({ length: 50 }, () => ({ field: 'contact.vip', op: 'eq', value: true })) } }), 'conditions'],
    ['condition queue of another tenant', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.queueId', op: 'in', value: [Q1, Q2] }] } }), 'conditions.all[0].value[1]'],
    ['condition user not an id', (d) => ({ ...d, conditions: { all: [{ field: 'ticket.assigneeId', op: 'eq', value: 'bob' }] } }), 'conditions.all[0].value'],
    ['no actions', (d) => ({ ...d, actions: [] }), 'actions'],
    ['actions not a list', (d) => ({ ...d, actions: { type: 'unassign' } }), 'actions'],
    ['too many actions', (d) => ({ ...d, actions: Array.from({ length: 21 }, () => ({ type: 'unassign' })) }), 'actions'],
    ['unknown action', (d) => ({ ...d, actions: [{ type: 'setQueue', queueId: Q1 }, { type: 'explode' }] }), 'actions[1].type'],
    ['action not an object', (d) => ({ ...d, actions: ['setQueue'] }), 'actions[0]'],
    ['setQueue without queue', (d) => ({ ...d, actions: [{ type: 'setQueue' }] }), 'actions[0].queueId'],
    ['setQueue of another tenant', (d) => ({ ...d, actions: [{ type: 'setQueue', queueId: Q2 }] }), 'actions[0].queueId'],
    ['setQueue with junk id', (d) => ({ ...d, actions: [{ type: 'setQueue', queueId: 'x' }] }), 'actions[0].queueId'],
    ['action extra param', (d) => ({ ...d, actions: [{ type: 'unassign', userId: U1 }] }), 'actions[0].userId'],
    ['setPriority unknown', (d) => ({ ...d, actions: [{ type: 'setPriority', priority: 'MAX' }] }), 'actions[0].priority'],
    ['boostPriority 0', (d) => ({ ...d, actions: [{ type: 'boostPriority', steps: 0 }] }), 'actions[0].steps'],
    ['boostPriority too big', (d) => ({ ...d, actions: [{ type: 'boostPriority', steps: 9 }] }), 'actions[0].steps'],
    ['boostPriority text', (d) => ({ ...d, actions: [{ type: 'boostPriority', steps: '1' }] }), 'actions[0].steps'],
    ['assign unknown user', (d) => ({ ...d, actions: [{ type: 'assign', userId: Q1 }] }), 'actions[0].userId'],
    ['addTag empty', (d) => ({ ...d, actions: [{ type: 'addTag', tag: '' }] }), 'actions[0].tag'],
    ['slaMultiplier 0', (d) => ({ ...d, actions: [{ type: 'slaMultiplier', factor: 0 }] }), 'actions[0].factor'],
    ['comment empty', (d) => ({ ...d, actions: [{ type: 'addInternalComment', text: '   ' }] }), 'actions[0].text'],
    ['notifyUsers empty', (d) => ({ ...d, actions: [{ type: 'notifyUsers', userIds: [] }] }), 'actions[0].userIds'],
    ['notifyUsers unknown', (d) => ({ ...d, actions: [{ type: 'notifyUsers', userIds: [U1, Q1] }] }), 'actions[0].userIds[1]'],
    ['webhook ftp', (d) => ({ ...d, actions: [{ type: 'webhook', url: 'ftp://example.test/x' }] }), 'actions[0].url'],
    ['webhook not a url', (d) => ({ ...d, actions: [{ type: 'webhook', url: 'example' }] }), 'actions[0].url'],
    ['webhook credentials', (d) => ({ ...d, actions: [{ type: 'webhook', url: 'https://u:p@example.test/' }] }), 'actions[0].url'],
    ['webhook delay negative', (d) => ({ ...d, actions: [{ type: 'webhook', url: 'https://example.test/', delaySeconds: -1 }] }), 'actions[0].delaySeconds'],
    ['escalate bad queue', (d) => ({ ...d, actions: [{ type: 'escalate', queueId: Q2 }] }), 'actions[0].queueId'],
  ];

  it.each(cases)('refuses %s at its path', (_name, change, path) => {
    const r = validateRule(change(valid()), refs);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toContain(path);
    for (const p of r.problems) expect(p.message).toBeTruthy();
  });

  it('reports every problem at once, not just the first', () => {
    const r = validateRule({ name: '', trigger: { kind: 'EVENT', events: ['X'] }, conditions: { all: [{ field: 'nope', op: 'eq', value: 1 }] }, actions: [{ type: 'setQueue' }] });
    expect(r.problems.map((p) => p.path)).toEqual(['name', 'trigger.events[0]', 'conditions.all[0].field', 'actions[0].queueId']);
  });

  it('an unknown id and another tenant’s id read the same', () => {
    const other = validateRule({ ...valid(), actions: [{ type: 'setQueue', queueId: Q2 }] }, refs);
    const junk = validateRule({ ...valid(), actions: [{ type: 'setQueue', queueId: '44444444-4444-4444-8444-444444444444' }] }, refs);
    expect(other.problems).toEqual(junk.problems);
  });

  it('without refs only checks the id format', () => {
    expect(validateRule({ ...valid(), actions: [{ type: 'setQueue', queueId: Q2 }] }).ok).toBe(true);
  });
});

describe('referencedIds', () => {
  it('collects queue and user ids from conditions and actions', () => {
    const ids = referencedIds({
      conditions: { any: [{ field: 'ticket.queueId', op: 'in', value: [Q1, 'junk'] }, { not: { field: 'ticket.assigneeId', op: 'eq', value: U1 } }] },
      actions: [{ type: 'escalate', queueId: Q2 }, { type: 'notifyUsers', userIds: [U1] }],
    });
    expect(ids.queueIds.sort()).toEqual([Q1, Q2]);
    expect(ids.userIds).toEqual([U1]);
  });
});
