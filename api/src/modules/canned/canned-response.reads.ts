// Filters of the canned-response list as planner conditions (the planner binds the tenant).
import type { Context } from '../../context.js';
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import type { CannedResponseFilter } from './canned-response.inputs.js';

/** Shared ones plus the caller's own personal ones; never another user's. */
export function cannedResponseConditions(ctx: Context, filter: CannedResponseFilter | undefined): Condition[] {
  const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const out: Condition[] = [me ? (a, p) => `(${a}.user_id is null or ${a}.user_id = ${p(me)}::uuid)` : (a) => `${a}.user_id is null`];
  if (filter?.search?.trim()) {
    const like = containsPattern(filter.search);
    out.push((a, p) => `(${a}.shortcut ilike ${p(like)} or ${a}.body ilike ${p(like)})`);
  }
  return out;
}
