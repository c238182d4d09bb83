// Filters of the user list as planner conditions (the planner binds the tenant).
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import type { UserFilter } from './user.inputs.js';

export function userConditions(filter: UserFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!filter) return out;
  if (filter.roles?.length) out.push((a, p) => `${a}.role = any(${p(filter.roles)}::text[])`);
  if (filter.availability?.length) out.push((a, p) => `${a}.availability = any(${p(filter.availability)}::text[])`);
  if (filter.active !== undefined && filter.active !== null) out.push((a, p) => `${a}.active = ${p(filter.active)}`);
  if (filter.team) out.push((a, p) => `${a}.team = ${p(filter.team)}`);
  if (filter.search?.trim()) {
    const like = containsPattern(filter.search);
    out.push((a, p) => `(${a}.display_name ilike ${p(like)} or ${a}.email ilike ${p(like)})`);
  }
  return out;
}
