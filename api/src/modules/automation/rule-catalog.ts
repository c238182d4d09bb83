// The rule language as the GraphQL `automationRuleLanguage` answers it (built once).
import {
  ACTION_TYPES, ACTIONS, EVENT_TRIGGERS, FIELD_NAMES, FIELDS, MAX_ACTIONS, MAX_CONDITION_DEPTH, MAX_CONDITION_NODES, MAX_TIME_MINUTES,
  OPS_BY_TYPE, TIME_ANCHORS, type FieldSpec, type ParamSpec,
} from './rule-language.js';
import type { AutomationRuleLanguageType } from './automation-rule.type.js';

export const ruleLanguage: AutomationRuleLanguageType = {
  events: [...EVENT_TRIGGERS],
  timeAnchors: [...TIME_ANCHORS],
  maxTimeMinutes: MAX_TIME_MINUTES,
  maxConditionNodes: MAX_CONDITION_NODES,
  maxConditionDepth: MAX_CONDITION_DEPTH,
  maxActions: MAX_ACTIONS,
  fields: FIELD_NAMES.map((name) => {
    const f: FieldSpec = FIELDS[name];
    return { name, type: f.type, label: f.label, values: f.values ? [...f.values] : null, min: f.min ?? null, max: f.max ?? null, integer: !!f.integer, ops: [...OPS_BY_TYPE[f.type]] };
  }),
  actions: ACTION_TYPES.map((type) => ({
    type,
    label: ACTIONS[type].label,
    params: Object.entries(ACTIONS[type].params as Record<string, ParamSpec>).map(([name, p]) => ({ name, type: p.type, label: p.label, optional: !!p.optional, min: p.min ?? null, max: p.max ?? null })),
  })),
};
