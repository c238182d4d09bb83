// Validation of a draft rule (pure): every problem with the JSON path of the part at fault, so the
// API can refuse with `extensions.field` and the editor can show each problem beside its row.
// Returns a clean copy (known keys only, strings trimmed) when there is no problem.
import { isUuid } from '../../graphql/ids.js';
import {
  ACTIONS, EVENT_TRIGGERS, FIELDS, LIST_OPS, MAX_ACTIONS, MAX_CONDITION_DEPTH, MAX_CONDITION_NODES, MAX_LIST_VALUES,
  MAX_STRING_VALUE, MAX_TIME_MINUTES, OPS, OPS_BY_TYPE, PRIORITIES, TIME_ANCHORS, UNARY_OPS,
  type Action, type ActionType, type Comparison, type Condition, type EventTriggerType, type FieldName, type FieldSpec,
  type Op, type ParamSpec, type RuleDefinition, type RuleProblem, type ScalarValue, type TimeAnchor, type Trigger,
} from './rule-language.js';

/** What a rule may reference: the tenant's queue and user ids (omit to check only the id format). */
export interface RuleRefs {
  queueIds: ReadonlySet<string>;
  userIds: ReadonlySet<string>;
}

export interface RuleDraft {
  name?: unknown;
  description?: unknown;
  trigger?: unknown;
  conditions?: unknown;
  actions?: unknown;
}

export interface CleanRule extends RuleDefinition {
  name: string;
  description: string | null;
}

export type RuleValidation = { ok: true; rule: CleanRule; problems: [] } | { ok: false; problems: RuleProblem[] };

export const MAX_NAME = 100;
export const MAX_DESCRIPTION = 1000;
export const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _.:-]{0,49}$/u;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly problems: RuleProblem[] = [];
  add(path: string, message: string) {
    this.problems.push({ path, message });
  }
}

/** Validate a draft rule. `refs` (the tenant's queues and users) makes unknown ids a problem too. */
export function validateRule(draft: RuleDraft, refs?: RuleRefs): RuleValidation {
  const c = new Collector();
  const name = cleanName(draft.name, c);
  const description = cleanDescription(draft.description, c);
  const trigger = cleanTrigger(draft.trigger, c);
  const conditions = cleanConditions(draft.conditions, c, refs);
  const actions = cleanActions(draft.actions, c, refs);
  if (c.problems.length) return { ok: false, problems: c.problems };
  return { ok: true, problems: [], rule: { name: name!, description: description ?? null, trigger: trigger!, conditions: conditions!, actions: actions! } };
}

function cleanName(v: unknown, c: Collector): string | undefined {
  if (typeof v !== 'string' || !v.trim()) return void c.add('name', 'name is required');
  const n = v.trim();
  if (n.length > MAX_NAME) return void c.add('name', `name has at most ${MAX_NAME} characters`);
  return n;
}

function cleanDescription(v: unknown, c: Collector): string | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return void c.add('description', 'description must be text');
  const d = v.trim();
  if (d.length > MAX_DESCRIPTION) return void c.add('description', `description has at most ${MAX_DESCRIPTION} characters`);
  return d || null;
}

function unknownKeys(v: Record<string, unknown>, allowed: readonly string[], path: string, c: Collector): boolean {
  const extra = Object.keys(v).filter((k) => !allowed.includes(k));
  for (const k of extra) c.add(path ? `${path}.${k}` : k, `unknown key "${k}"`);
  return extra.length > 0;
}

// ---------- trigger ----------

function cleanTrigger(v: unknown, c: Collector): Trigger | undefined {
  if (!isObject(v)) return void c.add('trigger', 'trigger is required: { kind: EVENT, events } or { kind: TIME_BASED, after, minutes }');
  if (v.kind === 'EVENT') {
    if (unknownKeys(v, ['kind', 'events'], 'trigger', c)) return;
    if (!Array.isArray(v.events) || v.events.length === 0) return void c.add('trigger.events', 'name at least one event');
    const events: EventTriggerType[] = [];
    v.events.forEach((e, i) => {
      if (!EVENT_TRIGGERS.includes(e as EventTriggerType)) c.add(`trigger.events[${i}]`, `unknown event; one of ${EVENT_TRIGGERS.join(', ')}`);
      else if (events.includes(e as EventTriggerType)) c.add(`trigger.events[${i}]`, `${String(e)} is listed twice`);
      else events.push(e as EventTriggerType);
    });
    return { kind: 'EVENT', events };
  }
  if (v.kind === 'TIME_BASED') {
    if (unknownKeys(v, ['kind', 'after', 'minutes'], 'trigger', c)) return;
    let ok = true;
    if (!TIME_ANCHORS.includes(v.after as never)) {
      c.add('trigger.after', `after must be one of ${TIME_ANCHORS.join(', ')}`);
      ok = false;
    }
    if (typeof v.minutes !== 'number' || !Number.isInteger(v.minutes) || v.minutes < 1 || v.minutes > MAX_TIME_MINUTES) {
      c.add('trigger.minutes', `minutes must be a whole number from 1 to ${MAX_TIME_MINUTES}`);
      ok = false;
    }
    return ok ? { kind: 'TIME_BASED', after: v.after as TimeAnchor, minutes: v.minutes as number } : undefined;
  }
  return void c.add('trigger.kind', 'kind must be EVENT or TIME_BASED');
}

// ---------- conditions ----------

function cleanConditions(v: unknown, c: Collector, refs: RuleRefs | undefined): Condition | undefined {
  // No conditions: the rule matches whenever its trigger fires.
  if (v === undefined || v === null) return { all: [] };
  if (!isObject(v)) return void c.add('conditions', 'conditions must be an object such as { all: [...] }');
  const counter = { nodes: 0 };
  const before = c.problems.length;
  const out = cleanNode(v, 'conditions', 1, counter, c, refs, true);
  if (counter.nodes > MAX_CONDITION_NODES) c.add('conditions', `at most ${MAX_CONDITION_NODES} conditions and groups (found ${counter.nodes})`);
  return c.problems.length === before ? out : undefined;
}

function cleanNode(v: unknown, path: string, depth: number, counter: { nodes: number }, c: Collector, refs: RuleRefs | undefined, top = false): Condition | undefined {
  counter.nodes += 1;
  if (counter.nodes > MAX_CONDITION_NODES) return; // reported once by the caller
  if (!isObject(v)) return void c.add(path, 'each condition must be an object');
  if (depth > MAX_CONDITION_DEPTH) return void c.add(path, `groups nest at most ${MAX_CONDITION_DEPTH} deep`);
  const kinds = (['all', 'any', 'not', 'field'] as const).filter((k) => k in v);
  if (kinds.length !== 1) return void c.add(path, 'a condition is exactly one of { all: [...] }, { any: [...] }, { not: {...} } or { field, op, value }');
  const kind = kinds[0];
  if (kind === 'all' || kind === 'any') {
    if (unknownKeys(v, [kind], path, c)) return;
    const list = v[kind];
    if (!Array.isArray(list)) return void c.add(`${path}.${kind}`, `${kind} must be a list`);
    // An empty top-level `all` means "always"; an empty group anywhere else is a mistake.
    if (list.length === 0 && !(top && kind === 'all')) return void c.add(`${path}.${kind}`, `${kind} needs at least one condition`);
    const children = list.map((child, i) => cleanNode(child, `${path}.${kind}[${i}]`, depth + 1, counter, c, refs));
    return (kind === 'all' ? { all: children } : { any: children }) as Condition;
  }
  if (kind === 'not') {
    if (unknownKeys(v, ['not'], path, c)) return;
    const inner = cleanNode(v.not, `${path}.not`, depth + 1, counter, c, refs);
    return inner && { not: inner };
  }
  return cleanComparison(v, path, c, refs);
}

function cleanComparison(v: Record<string, unknown>, path: string, c: Collector, refs: RuleRefs | undefined): Comparison | undefined {
  if (unknownKeys(v, ['field', 'op', 'value'], path, c)) return;
  const field = v.field as FieldName;
  if (typeof v.field !== 'string' || !(v.field in FIELDS)) return void c.add(`${path}.field`, `unknown field "${String(v.field)}"`);
  const spec: FieldSpec = FIELDS[field];
  const op = v.op as Op;
  if (!OPS.includes(op)) return void c.add(`${path}.op`, `unknown operator "${String(v.op)}"`);
  if (!OPS_BY_TYPE[spec.type].includes(op)) return void c.add(`${path}.op`, `${op} does not apply to ${field} (use ${OPS_BY_TYPE[spec.type].join(', ')})`);
  if (UNARY_OPS.includes(op)) {
    if (v.value !== undefined && v.value !== null) return void c.add(`${path}.value`, `${op} takes no value`);
    return { field, op };
  }
  const valuePath = `${path}.value`;
  // Tags: `contains` names one tag; in/notIn a list of tags.
  const wantsList = LIST_OPS.includes(op);
  if (wantsList) {
    if (!Array.isArray(v.value) || v.value.length === 0) return void c.add(valuePath, `${op} needs a non-empty list`);
    if (v.value.length > MAX_LIST_VALUES) return void c.add(valuePath, `at most ${MAX_LIST_VALUES} values`);
    const values: ScalarValue[] = [];
    let ok = true;
    v.value.forEach((item, i) => {
      const clean = cleanScalar(item, spec, field, `${valuePath}[${i}]`, c, refs);
      if (clean === undefined) ok = false;
      else values.push(clean);
    });
    return ok ? { field, op, value: values } : undefined;
  }
  if (Array.isArray(v.value)) return void c.add(valuePath, `${op} takes one value, not a list`);
  const value = cleanScalar(v.value, spec, field, valuePath, c, refs);
  return value === undefined ? undefined : { field, op, value };
}

function cleanScalar(v: unknown, spec: FieldSpec, field: string, path: string, c: Collector, refs: RuleRefs | undefined): ScalarValue | undefined {
  switch (spec.type) {
    case 'boolean':
      if (typeof v !== 'boolean') return void c.add(path, `${field} is true or false`);
      return v;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return void c.add(path, `${field} is a number`);
      if (spec.integer && !Number.isInteger(v)) return void c.add(path, `${field} is a whole number`);
      if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) return void c.add(path, `${field} is between ${spec.min} and ${spec.max}`);
      return v;
    case 'enum':
      if (typeof v !== 'string' || !spec.values!.includes(v)) return void c.add(path, `${field} is one of ${spec.values!.join(', ')}`);
      return v;
    case 'string':
    case 'tags': {
      if (typeof v !== 'string' || !v.trim()) return void c.add(path, `${field} needs a text value`);
      const s = v.trim();
      if (s.length > MAX_STRING_VALUE) return void c.add(path, `at most ${MAX_STRING_VALUE} characters`);
      if (spec.type === 'tags' && !TAG.test(s)) return void c.add(path, 'a tag is 1–50 letters, digits, spaces or _ . : -');
      return s;
    }
    case 'queueId':
    case 'userId':
      return cleanRef(v, spec.type === 'queueId' ? 'queue' : 'user', path, c, refs);
  }
}

/** An id of the tenant's queue or user. Unknown and another tenant's read the same. */
function cleanRef(v: unknown, kind: 'queue' | 'user', path: string, c: Collector, refs: RuleRefs | undefined): string | undefined {
  const known = refs && (kind === 'queue' ? refs.queueIds : refs.userIds);
  if (typeof v !== 'string' || !isUuid(v) || (known && !known.has(v.toLowerCase()))) return void c.add(path, `no such ${kind}`);
  return v.toLowerCase();
}

// ---------- actions ----------

function cleanActions(v: unknown, c: Collector, refs: RuleRefs | undefined): Action[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return void c.add('actions', 'a rule needs at least one action');
  if (v.length > MAX_ACTIONS) return void c.add('actions', `at most ${MAX_ACTIONS} actions`);
  const before = c.problems.length;
  const out = v.map((a, i) => cleanAction(a, `actions[${i}]`, c, refs));
  return c.problems.length === before ? (out as Action[]) : undefined;
}

function cleanAction(v: unknown, path: string, c: Collector, refs: RuleRefs | undefined): Action | undefined {
  if (!isObject(v)) return void c.add(path, 'each action is an object { type, ...parameters }');
  const type = v.type as ActionType;
  if (typeof v.type !== 'string' || !(v.type in ACTIONS)) return void c.add(`${path}.type`, `unknown action "${String(v.type)}"`);
  const params: Record<string, ParamSpec> = ACTIONS[type].params;
  if (unknownKeys(v, ['type', ...Object.keys(params)], path, c)) return;
  const out: Record<string, unknown> = { type };
  let ok = true;
  for (const [key, spec] of Object.entries(params)) {
    const value = v[key];
    if (value === undefined || value === null) {
      if (!spec.optional) {
        c.add(`${path}.${key}`, `${spec.label} is required`);
        ok = false;
      }
      continue;
    }
    const clean = cleanParam(value, spec, `${path}.${key}`, c, refs);
    if (clean === undefined) ok = false;
    else out[key] = clean;
  }
  return ok ? (out as Action) : undefined;
}

function cleanParam(v: unknown, spec: ParamSpec, path: string, c: Collector, refs: RuleRefs | undefined): unknown {
  switch (spec.type) {
    case 'queueId':
      return cleanRef(v, 'queue', path, c, refs);
    case 'userId':
      return cleanRef(v, 'user', path, c, refs);
    case 'userIds': {
      if (!Array.isArray(v) || v.length < (spec.min ?? 1)) return void c.add(path, 'name at least one person');
      if (v.length > (spec.max ?? MAX_LIST_VALUES)) return void c.add(path, `at most ${spec.max} people`);
      const ids = v.map((id, i) => cleanRef(id, 'user', `${path}[${i}]`, c, refs));
      return ids.every((id) => id !== undefined) ? [...new Set(ids)] : undefined;
    }
    case 'priority':
      if (!PRIORITIES.includes(v as never)) return void c.add(path, `priority is one of ${PRIORITIES.join(', ')}`);
      return v;
    case 'int':
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v) || (spec.type === 'int' && !Number.isInteger(v))) {
        return void c.add(path, spec.type === 'int' ? 'a whole number is required' : 'a number is required');
      }
      if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) return void c.add(path, `must be between ${spec.min} and ${spec.max}`);
      if (path.endsWith('.steps') && v === 0) return void c.add(path, 'steps must not be 0');
      return v;
    }
    case 'tag': {
      const t = typeof v === 'string' ? v.trim() : '';
      if (!TAG.test(t)) return void c.add(path, 'a tag is 1–50 letters, digits, spaces or _ . : -');
      return t;
    }
    case 'text': {
      const t = typeof v === 'string' ? v.trim() : '';
      if (t.length < (spec.min ?? 1) || t.length > (spec.max ?? 5000)) return void c.add(path, `text of ${spec.min}–${spec.max} characters is required`);
      return t;
    }
    case 'url': {
      if (typeof v !== 'string' || v.length > 2000) return void c.add(path, 'an http(s) URL is required');
      let url: URL;
      try {
        url = new URL(v.trim());
      } catch {
        return void c.add(path, 'an http(s) URL is required');
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return void c.add(path, 'an http(s) URL is required');
      if (url.username || url.password) return void c.add(path, 'put no credentials in the URL');
      return url.toString();
    }
  }
}

// ---------- references ----------

/** Every queue and user id a draft mentions (well-formed ones only): what the DB check looks up. */
export function referencedIds(draft: RuleDraft): { queueIds: string[]; userIds: string[] } {
  const queueIds = new Set<string>();
  const userIds = new Set<string>();
  const add = (set: Set<string>, v: unknown) => {
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && isUuid(x)) set.add(x.toLowerCase());
  };
  const walk = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > MAX_CONDITION_DEPTH + 1) return;
    for (const k of ['all', 'any'] as const) if (Array.isArray(node[k])) (node[k] as unknown[]).slice(0, MAX_CONDITION_NODES).forEach((n) => walk(n, depth + 1));
    if (node.not) walk(node.not, depth + 1);
    const spec = typeof node.field === 'string' ? (FIELDS as Record<string, FieldSpec>)[node.field] : undefined;
    if (spec?.type === 'queueId') add(queueIds, node.value);
    if (spec?.type === 'userId') add(userIds, node.value);
  };
  walk(draft.conditions, 0);
  if (Array.isArray(draft.actions)) {
    for (const a of draft.actions.slice(0, MAX_ACTIONS)) {
      if (!isObject(a)) continue;
      add(queueIds, a.queueId);
      add(userIds, a.userId);
      add(userIds, a.userIds);
    }
  }
  return { queueIds: [...queueIds], userIds: [...userIds] };
}
