// Filters and orders of the contact list as planner conditions (the planner binds the tenant).
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import type { ContactFilter, ContactOrder } from './contact.inputs.js';

// Both orders walk `contacts_tenant_created_idx (tenant_id, created_at, id)`: the search is a
// filter on that walk, so a page stops as soon as it has `first + 1` matches; for a rare text
// PostgreSQL takes the trigram index `contacts_search_trgm` instead, where pg_trgm exists.
export const CONTACT_ORDERS: Record<ContactOrder, SortOrder> = {
  CREATED_AT_DESC: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  CREATED_AT_ASC: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
};

export function contactConditions(filter: ContactFilter | null | undefined): Condition[] {
  const out: Condition[] = [];
  if (!filter) return out;
  if (filter.vip !== undefined && filter.vip !== null) out.push((a, p) => `${a}.vip = ${p(filter.vip)}`);
  if (filter.email?.trim()) {
    const email = filter.email.trim().toLowerCase();
    out.push((a, p) => `lower(${a}.email) = ${p(email)}`);
  }
  if (filter.search?.trim()) {
    const like = containsPattern(filter.search);
    // The trigram index's expression, character for character (the migration's), so PostgreSQL can use it.
    out.push((a, p) => `(coalesce(${a}.name, '') || ' ' || coalesce(${a}.email, '')) ilike ${p(like)}`);
  }
  return out;
}
