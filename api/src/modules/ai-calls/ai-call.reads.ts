// Filters of the AI-call log as planner conditions (the planner binds the tenant).
import type { Condition } from '../../graphql/planner/sql.js';
import type { AiCallFilter } from './ai-call.inputs.js';

export function aiCallConditions(filter: AiCallFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.conversationId) {
    out.push((a, p) => `${a}.conversation_id = ${p(filter.conversationId)}`);
  }
  if (filter?.purpose) out.push((a, p) => `${a}.purpose = ${p(filter.purpose)}`);
  if (filter?.outcome) out.push((a, p) => `${a}.outcome = ${p(filter.outcome)}`);
  return out;
}
