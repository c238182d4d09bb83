// Hand-written reads of automation rules: the rules an evaluation needs (the integration calls this
// on each ticket/conversation event and timer), in evaluation order, one statement.
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { Rule } from './rule-language.js';

interface RuleRow extends Record<string, unknown> {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  stop_processing: boolean;
  trigger: Rule['trigger'];
  conditions: Rule['conditions'];
  actions: Rule['actions'];
}

/** Every enabled rule of the tenant, by position: what `selectRules` takes. */
export async function rulesForEvaluation(readPool: ReadPool, tenantId: string): Promise<Rule[]> {
  const scope: ReadScope = { kind: 'tenant', tenantId };
  const rows = await readPool.scopedQuery<RuleRow>(
    scope,
    `select id, name, enabled, position, stop_processing, trigger, conditions, actions
       from automation_rules where tenant_id = $1 and enabled order by position, id`,
    [],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, enabled: r.enabled, position: r.position, stopProcessing: r.stop_processing, trigger: r.trigger, conditions: r.conditions, actions: r.actions }));
}
