// Filters of the API-key list as planner conditions (the planner binds the tenant).
import type { Condition } from '../../graphql/planner/sql.js';
import type { ApiKeyFilter } from './api-key.inputs.js';

export function apiKeyConditions(filter: ApiKeyFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.revoked === true) out.push((a) => `${a}.revoked_at is not null`);
  if (filter?.revoked === false) out.push((a) => `${a}.revoked_at is null`);
  return out;
}
