// Filters of the knowledge list as planner conditions (the planner binds the tenant).
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import type { KnowledgeFilter } from './knowledge.inputs.js';

export function knowledgeConditions(filter: KnowledgeFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.kind) out.push((a, p) => `${a}.kind = ${p(filter.kind)}`);
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.tag) out.push((a, p) => `${p(filter.tag)} = any(${a}.tags)`);
  if (filter?.search?.trim()) {
    const like = containsPattern(filter.search);
    out.push((a, p) => `(${a}.title ilike ${p(like)} or ${a}.body ilike ${p(like)})`);
  }
  return out;
}
