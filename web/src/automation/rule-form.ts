// The rule editor's form model, as pure functions: the JSON rule language (docs/api.md,
// "Automation rules") ↔ a tree of form rows the page edits, the JSON path of every row (so the
// problems validateAutomationRule reports land next to the row at fault), and reordering.
// Values stay as typed text until sent: a number field holding "abc" is sent as "abc" and the API
// names the exact path, instead of the form guessing.

import type { AutomationEvent, AutomationTimeAnchor, AutomationTriggerInput } from '../gql/graphql.js';

export interface FieldInfo {
  name: string;
  type: string; // enum | string | number | boolean | tags | queueId | userId
  label: string;
  values?: readonly string[] | null;
  ops: readonly string[];
}
export interface ParamInfo {
  name: string;
  type: string; // queueId | userId | userIds | priority | int | number | tag | text | url
  label: string;
  optional: boolean;
}
export interface ActionInfo {
  type: string;
  label: string;
  params: readonly ParamInfo[];
}

export const UNARY_OPS = ['isSet', 'isNotSet'];
export const LIST_OPS = ['in', 'notIn'];

export const OP_LABELS: Record<string, string> = {
  eq: 'is', neq: 'is not', lt: 'is less than', lte: 'is at most', gt: 'is more than', gte: 'is at least',
  in: 'is one of', notIn: 'is none of', contains: 'contains', isSet: 'is set', isNotSet: 'is not set',
};
/** Tags read differently: a list, not a value. */
export const TAG_OP_LABELS: Record<string, string> = { contains: 'has tag', in: 'has any of', notIn: 'has none of', isSet: 'has any tag', isNotSet: 'has no tag' };

let nextKey = 0;
const newKey = () => `k${++nextKey}`;

export interface ComparisonRow {
  kind: 'comparison';
  key: string;
  negate: boolean;
  field: string;
  op: string;
  /** Single value as typed (select value or text). */
  value: string;
  /** List operators: the chosen values. */
  values: string[];
}
export interface GroupRow {
  kind: 'group';
  key: string;
  negate: boolean;
  mode: 'all' | 'any';
  children: ConditionRow[];
}
export type ConditionRow = ComparisonRow | GroupRow;

export interface ActionRow {
  key: string;
  type: string;
  /** Parameter → text as typed, or a list for userIds. */
  params: Record<string, string | string[]>;
}

export interface TriggerForm {
  kind: 'EVENT' | 'TIME_BASED';
  events: string[];
  after: string;
  minutes: string;
}

export interface RuleForm {
  name: string;
  description: string;
  enabled: boolean;
  stopProcessing: boolean;
  trigger: TriggerForm;
  conditions: GroupRow;
  actions: ActionRow[];
}

// ---------- building rows ----------

export function newComparison(field: FieldInfo): ComparisonRow {
  return { kind: 'comparison', key: newKey(), negate: false, field: field.name, op: field.ops[0], value: defaultValue(field), values: [] };
}
export function newGroup(mode: 'all' | 'any' = 'all', children: ConditionRow[] = []): GroupRow {
  return { kind: 'group', key: newKey(), negate: false, mode, children };
}
export function newAction(action: ActionInfo): ActionRow {
  return { key: newKey(), type: action.type, params: Object.fromEntries(action.params.map((p) => [p.name, p.type === 'userIds' ? [] : ''])) };
}
const defaultValue = (f: FieldInfo) => (f.type === 'boolean' ? 'true' : f.type === 'enum' ? (f.values?.[0] ?? '') : '');

/** The field of a row changed: keep the operator if the new field takes it, reset the value. */
export function changeField(row: ComparisonRow, field: FieldInfo): void {
  row.field = field.name;
  if (!field.ops.includes(row.op)) row.op = field.ops[0];
  row.value = defaultValue(field);
  row.values = [];
}

/** The operator changed: carry a single value into a list and back. */
export function changeOp(row: ComparisonRow, op: string): void {
  const wasList = LIST_OPS.includes(row.op);
  const isList = LIST_OPS.includes(op);
  if (!wasList && isList && row.value) row.values = [row.value];
  if (wasList && !isList && row.values.length) row.value = row.values[0];
  row.op = op;
}

export function emptyForm(): RuleForm {
  return {
    name: '',
    description: '',
    enabled: true,
    stopProcessing: false,
    trigger: { kind: 'EVENT', events: ['TICKET_CREATED'], after: 'TICKET_CREATED', minutes: '15' },
    conditions: newGroup('all'),
    actions: [],
  };
}

// ---------- form → JSON ----------

type Json = unknown;

function typed(raw: string, type: string): Json {
  const text = raw.trim();
  if (type === 'number' || type === 'int') {
    if (text === '') return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

function comparisonJson(row: ComparisonRow, fields: Map<string, FieldInfo>): Json {
  const type = fields.get(row.field)?.type ?? 'string';
  if (UNARY_OPS.includes(row.op)) return { field: row.field, op: row.op };
  if (LIST_OPS.includes(row.op)) return { field: row.field, op: row.op, value: row.values.map((v) => typed(v, type)) };
  const value = typed(row.value, type);
  return value === undefined ? { field: row.field, op: row.op } : { field: row.field, op: row.op, value };
}

function rowJson(row: ConditionRow, fields: Map<string, FieldInfo>): Json {
  const inner = row.kind === 'group' ? { [row.mode]: row.children.map((c) => rowJson(c, fields)) } : comparisonJson(row, fields);
  return row.negate ? { not: inner } : inner;
}

export function conditionsJson(root: GroupRow, fields: readonly FieldInfo[]): Json {
  return rowJson(root, new Map(fields.map((f) => [f.name, f])));
}

export function actionsJson(rows: readonly ActionRow[], actions: readonly ActionInfo[]): Json[] {
  const specs = new Map(actions.map((a) => [a.type, a]));
  return rows.map((row) => {
    const out: Record<string, Json> = { type: row.type };
    for (const p of specs.get(row.type)?.params ?? []) {
      const raw = row.params[p.name];
      if (Array.isArray(raw)) {
        if (raw.length || !p.optional) out[p.name] = raw;
        continue;
      }
      const v = typed(raw ?? '', p.type);
      // Left out when empty: an optional one is simply absent, a required one the API names by its path.
      if (v === undefined || v === '') continue;
      out[p.name] = v;
    }
    return out;
  });
}

/** The trigger as the API's input (the form only offers the language's events and anchors). */
export function triggerJson(t: TriggerForm): AutomationTriggerInput {
  if (t.kind === 'EVENT') return { kind: 'EVENT', events: t.events as AutomationEvent[] };
  const minutes = Number(t.minutes);
  // Not a whole number: left out, and the API reports trigger.minutes (an Int variable would refuse the whole request).
  return { kind: 'TIME_BASED', after: t.after as AutomationTimeAnchor, ...(t.minutes.trim() !== '' && Number.isInteger(minutes) && Math.abs(minutes) < 2 ** 31 ? { minutes } : {}) };
}

/** The draft the API validates and saves. */
export function draftOf(form: RuleForm, fields: readonly FieldInfo[], actions: readonly ActionInfo[]) {
  return {
    name: form.name,
    description: form.description.trim() || null,
    trigger: triggerJson(form.trigger),
    conditions: conditionsJson(form.conditions, fields),
    actions: actionsJson(form.actions, actions),
  };
}

// ---------- JSON → form ----------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function rowOf(json: unknown): ConditionRow {
  if (isObject(json) && 'not' in json) {
    const inner = rowOf(json.not);
    // not(not x) is x; otherwise mark the row negated.
    if (inner.negate) return { ...inner, negate: false };
    return { ...inner, negate: true };
  }
  if (isObject(json) && (Array.isArray(json.all) || Array.isArray(json.any))) {
    const mode = Array.isArray(json.all) ? 'all' : 'any';
    return newGroup(mode, (json[mode] as unknown[]).map(rowOf));
  }
  const c = isObject(json) ? json : {};
  const list = Array.isArray(c.value);
  return {
    kind: 'comparison',
    key: newKey(),
    negate: false,
    field: asText(c.field),
    op: asText(c.op),
    value: list ? '' : asText(c.value),
    values: list ? (c.value as unknown[]).map(asText) : [],
  };
}

/** The stored conditions as the root group (a lone comparison becomes a group of one). */
export function conditionsForm(json: unknown): GroupRow {
  const row = rowOf(json ?? { all: [] });
  return row.kind === 'group' && !row.negate ? row : newGroup('all', [row]);
}

export function actionsForm(json: unknown): ActionRow[] {
  return (Array.isArray(json) ? json : []).map((a) => {
    const o = isObject(a) ? a : {};
    const params: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(o)) if (k !== 'type') params[k] = Array.isArray(v) ? v.map(asText) : asText(v);
    return { key: newKey(), type: asText(o.type), params };
  });
}

export interface StoredRule {
  name: string;
  description?: string | null;
  enabled: boolean;
  stopProcessing: boolean;
  trigger: { kind: string; events?: readonly string[] | null; after?: string | null; minutes?: number | null };
  conditions: unknown;
  actions: unknown;
}

export function formOf(rule: StoredRule): RuleForm {
  return {
    name: rule.name,
    description: rule.description ?? '',
    enabled: rule.enabled,
    stopProcessing: rule.stopProcessing,
    trigger: {
      kind: rule.trigger.kind === 'TIME_BASED' ? 'TIME_BASED' : 'EVENT',
      events: [...(rule.trigger.events ?? [])],
      after: rule.trigger.after ?? 'TICKET_CREATED',
      minutes: rule.trigger.minutes == null ? '15' : String(rule.trigger.minutes),
    },
    conditions: conditionsForm(rule.conditions),
    actions: actionsForm(rule.actions),
  };
}

// ---------- problems next to their rows ----------

export interface Problem {
  path: string;
  message: string;
}

/** Every row's JSON paths (its own, and inside a `not`), by row key; actions as `actions[i]`. */
export function rowPaths(form: RuleForm): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (row: ConditionRow, path: string) => {
    const base = row.negate ? `${path}.not` : path;
    out.set(row.key, row.negate ? [path, base] : [path]);
    if (row.kind === 'group') row.children.forEach((c, i) => walk(c, `${base}.${row.mode}[${i}]`));
  };
  walk(form.conditions, 'conditions');
  form.actions.forEach((a, i) => out.set(a.key, [`actions[${i}]`]));
  return out;
}

const within = (path: string, base: string) => path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);

/**
 * Problems by where to show them: a row key (the deepest row whose path holds the problem), or
 * `name`, `description`, `trigger`, `actions` (the section), else `rule`.
 */
export function placeProblems(form: RuleForm, problems: readonly Problem[]): Map<string, Problem[]> {
  const paths = [...rowPaths(form)].flatMap(([key, ps]) => ps.map((p) => [key, p] as const));
  const out = new Map<string, Problem[]>();
  const put = (where: string, p: Problem) => out.set(where, [...(out.get(where) ?? []), p]);
  for (const p of problems) {
    let best: { key: string; len: number } | null = null;
    for (const [key, base] of paths) if (within(p.path, base) && (!best || base.length > best.len)) best = { key, len: base.length };
    if (best) put(best.key, p);
    else {
      const section = ['name', 'description', 'trigger', 'actions'].find((s) => within(p.path, s));
      put(section ?? 'rule', p);
    }
  }
  return out;
}

// ---------- list order ----------

/** The ids with the one at `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

/** One line describing a rule's trigger, for the list. */
export function describeTrigger(t: StoredRule['trigger']): string {
  if (t.kind === 'TIME_BASED') return `${t.minutes ?? '?'} min after ${(t.after ?? '').toLowerCase().replace(/_/g, ' ')}`;
  return (t.events ?? []).map((e) => e.toLowerCase().replace(/_/g, ' ')).join(', ');
}
