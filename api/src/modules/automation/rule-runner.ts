// Running the tenant's rules on one real ticket or conversation: select (order, first-match-wins,
// the loop guard's chain), apply each matched rule's actions, and write one automation_rule_runs
// row per matched rule with what it did. Time-based rules: a TIMER per (rule, ticket) at the due
// instant of its anchor, and the handler that re-reads the facts when it fires (once per anchor).
import type { AppServices } from '../../services.js';
import type { FiredTimer, TimerSpec } from '../../jobs/timers.js';
import { selectRules, timeBasedDueAt, type Occurrence } from './rule-evaluation.js';
import type { Rule, TimeAnchor, Trigger } from './rule-language.js';
import { rulesForEvaluation } from './automation-rule.reads.js';
import { ticketSubject, withBusinessHours, type Subject } from './rule-facts.js';
import { applyRuleActions, liveRefs, type ActionOutcome } from './rule-actions.js';

export const RULE_TIMER_KIND = 'rule';

export interface RuleRunResult {
  ruleId: string;
  actions: ActionOutcome[];
}

const listens = (rule: Rule, occurrence: Occurrence) =>
  occurrence.kind === 'EVENT' ? rule.trigger.kind === 'EVENT' && rule.trigger.events.includes(occurrence.event) : rule.trigger.kind === 'TIME_BASED';

export const listensToEvent = (rules: readonly Rule[], occurrence: Occurrence) => rules.some((r) => listens(r, occurrence));

/** Insert run rows (one statement). */
async function recordRuns(services: AppServices, tenantId: string, subject: Subject, trigger: string, chain: string[], runs: RuleRunResult[]) {
  if (!runs.length) return;
  await services.readPool.query(
    `insert into automation_rule_runs (id, tenant_id, rule_id, subject_kind, subject_id, trigger, matched, actions_applied, chain, at)
     select gen_random_uuid(), $1, r.rule_id, $2, $3, $4, true, r.actions, $5::jsonb, clock_timestamp()
       from jsonb_to_recordset($6::jsonb) as r(rule_id uuid, actions jsonb)`,
    [tenantId, subject.ticketId ? 'TICKET' : 'CONVERSATION', subject.ticketId ?? subject.conversationId, trigger, JSON.stringify(chain), JSON.stringify(runs.map((r) => ({ rule_id: r.ruleId, actions: r.actions })))],
  );
}

/**
 * Evaluate `rules` for an occurrence on a subject whose facts were just read, apply what matched
 * (in order), record the runs. `chain`: the rules already applied in this causal chain.
 */
export async function runRules(services: AppServices, tenantId: string, rules: readonly Rule[], subject: Subject, occurrence: Occurrence, chain: string[]): Promise<RuleRunResult[]> {
  const candidates = rules.filter((r) => listens(r, occurrence));
  if (!candidates.length) return [];
  await withBusinessHours(services.readPool, tenantId, candidates, [subject], services.clock.now());
  const selection = selectRules(candidates, occurrence, subject.facts, { chain });
  if (!selection.matched.length) return [];
  const refs = await liveRefs(services, tenantId, selection.matched.flatMap((m) => m.actions));
  const runs: RuleRunResult[] = [];
  for (const m of selection.matched) {
    runs.push({ ruleId: m.rule.id, actions: await applyRuleActions(services, tenantId, subject, m.rule, m.actions, selection.chain, refs) });
  }
  await recordRuns(services, tenantId, subject, occurrence.kind === 'EVENT' ? occurrence.event : 'TIME_BASED', selection.chain, runs);
  return runs;
}

// ---------- time-based rules ----------

type TimeTrigger = Extract<Trigger, { kind: 'TIME_BASED' }>;

/** The anchor instant a time-based trigger counts from ("no agent reply" counts from creation until one). */
function anchorOf(trigger: TimeTrigger, anchors: Record<TimeAnchor, Date | null>): Date | null {
  return anchors[trigger.after] ?? (trigger.after === 'LAST_AGENT_REPLY' ? anchors.TICKET_CREATED : null);
}

/**
 * Timers fire on the database's (real) clock; facts are judged on `services.clock`. A due instant
 * on the app's clock becomes the real instant at the same distance from now (no offset in production).
 */
const onRealClock = (services: AppServices, at: Date) => new Date(at.getTime() - (services.clock.now().getTime() - Date.now()));

function timerSpec(services: AppServices, tenantId: string, rule: Rule, subject: Subject): TimerSpec | null {
  if (rule.trigger.kind !== 'TIME_BASED' || !subject.ticketId) return null;
  const anchor = anchorOf(rule.trigger, subject.anchors);
  const due = timeBasedDueAt(rule.trigger, subject.anchors);
  if (!anchor || !due) return null;
  return {
    tenantId,
    kind: RULE_TIMER_KIND,
    key: `${rule.id}:${subject.ticketId}`,
    version: anchor.toISOString(),
    at: onRealClock(services, due),
    data: { ruleId: rule.id, ticketId: subject.ticketId },
  };
}

/** (Re)schedule every time-based rule of the tenant for this ticket at its anchor's due instant. */
export async function scheduleTimeRules(services: AppServices, tenantId: string, rules: readonly Rule[], subject: Subject): Promise<void> {
  if (!subject.ticketId || subject.status === 'CLOSED') return;
  const specs = rules.map((r) => timerSpec(services, tenantId, r, subject)).filter((s): s is TimerSpec => !!s);
  await services.timers.scheduleMany(specs);
}

/**
 * A rule timer fired: re-read the facts; if the anchor moved (a newer agent reply…) schedule the
 * new due instant instead; else claim (rule, ticket, anchor) — a second delivery finds the claim —
 * and apply the rule if its conditions still hold.
 */
export async function onRuleTimer(services: AppServices, timer: FiredTimer): Promise<void> {
  const ruleId = String(timer.data.ruleId ?? '');
  const ticketId = String(timer.data.ticketId ?? '');
  // Read afresh: a timer fires on any instance, and one read per fired timer is no burden.
  const rules = await rulesForEvaluation(services.readPool, timer.tenantId);
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule || rule.trigger.kind !== 'TIME_BASED') return;
  const now = services.clock.now();
  const subject = await ticketSubject(services.readPool, timer.tenantId, ticketId, now);
  if (!subject || subject.status === 'CLOSED') return;
  const anchor = anchorOf(rule.trigger, subject.anchors);
  const due = timeBasedDueAt(rule.trigger, subject.anchors);
  if (!anchor || !due) return;
  if (anchor.toISOString() !== timer.version || due > now) {
    const spec = timerSpec(services, timer.tenantId, rule, subject);
    if (spec) await services.timers.scheduleAt(spec);
    return;
  }
  const [claim] = await services.readPool.query<{ id: string }>(
    `insert into automation_rule_runs (id, tenant_id, rule_id, subject_kind, subject_id, trigger, matched, actions_applied, anchor_at, chain, at)
     values (gen_random_uuid(), $1, $2, 'TICKET', $3, 'TIME_BASED', false, '[]', $4, '[]', clock_timestamp())
     on conflict (rule_id, subject_id, anchor_at) where anchor_at is not null do nothing
     returning id::text as id`,
    [timer.tenantId, ruleId, ticketId, anchor],
  );
  if (!claim) return;
  await withBusinessHours(services.readPool, timer.tenantId, [rule], [subject], now);
  const selection = selectRules([rule], { kind: 'TIME_BASED', ruleIds: [rule.id] }, subject.facts, { chain: [] });
  const matched = selection.matched[0];
  if (!matched) return;
  const refs = await liveRefs(services, timer.tenantId, matched.actions);
  const actions = await applyRuleActions(services, timer.tenantId, subject, rule, matched.actions, selection.chain, refs);
  await services.readPool.query(`update automation_rule_runs set matched = true, actions_applied = $2::jsonb, chain = $3::jsonb where id = $1`, [
    claim.id,
    JSON.stringify(actions),
    JSON.stringify(selection.chain),
  ]);
}
