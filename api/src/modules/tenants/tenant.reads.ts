// Reads of tenants: the list's filters as planner conditions, and one flag read by id.
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import type { TenantFilter } from './tenant.inputs.js';

export function tenantConditions(filter: TenantFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.search?.trim()) {
    const like = containsPattern(filter.search);
    out.push((a, p) => `(${a}.name ilike ${p(like)} or ${a}.slug ilike ${p(like)})`);
  }
  return out;
}

/** Whether the scope's tenant requires verified widget identities. */
export async function requiresVerification(pool: ReadPool, scope: ReadScope | undefined): Promise<boolean> {
  const [row] = await pool.scopedQuery<{ r: boolean }>(scope, 'select require_identity_verification as r from tenants where id = $1', []);
  return !!row?.r;
}
