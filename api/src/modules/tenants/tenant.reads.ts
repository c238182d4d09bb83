// Reads of tenants: the list's filters as planner conditions, and identity verification per page.
import DataLoader from 'dataloader';
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

/** Identity verification of a page of tenants, in one statement: the flag and the encrypted secret. */
export function identityVerifications(pool: ReadPool, scope: ReadScope | undefined) {
  return new DataLoader<string, { required: boolean; secretEncrypted: string | null }>(async (ids) => {
    const rows = await pool.scopedQuery<{ id: string; required: boolean; secret: string | null }>(
      scope,
      `select id, require_identity_verification as required, identity_secret_encrypted as secret
         from tenants where id = any($2::uuid[]) and ($1::uuid is null or id = $1)`,
      [ids],
    );
    const by = new Map(rows.map((r) => [r.id, { required: r.required, secretEncrypted: r.secret }]));
    return ids.map((id) => by.get(id) ?? { required: false, secretEncrypted: null });
  });
}
