// Filters of the labelled-example list as planner conditions (the planner binds the tenant).
import type { Condition } from '../../graphql/planner/sql.js';
import type { KnowledgeExampleFilter } from './knowledge-example.inputs.js';

export function knowledgeExampleConditions(filter: KnowledgeExampleFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.kind) {
    const kind = filter.kind;
    out.push((a, p) => `${a}.kind = ${p(kind)}`);
  }
  if (filter?.resolved != null) {
    const resolved = filter.resolved;
    out.push((a) => `${a}.resolved_at is ${resolved ? 'not ' : ''}null`);
  }
  return out;
}
