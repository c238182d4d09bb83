// Every tenant starts with the five default rules and the queues they route to. The same SQL serves
// the migration (all tenants that existed before) and provisioning (one new tenant, the demo seed):
// queues are created when missing (by name), rules only for a tenant that has none yet, so running
// it twice changes nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../graphql/ids.js';
import { DEFAULT_QUEUE_NAMES, defaultRules, type DefaultQueueKey } from './default-rules.js';

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const placeholder = (key: DefaultQueueKey) => `@queue:${key}`;

/**
 * SQL statements that give each tenant of `tenantsSql` (a query yielding one column of tenant ids)
 * the default queues and rules.
 */
export function defaultProvisioningSql(tenantsSql: string): string[] {
  const keys = Object.keys(DEFAULT_QUEUE_NAMES) as DefaultQueueKey[];
  const names = keys.map((k) => literal(DEFAULT_QUEUE_NAMES[k])).join(', ');
  const rules = defaultRules(Object.fromEntries(keys.map((k) => [k, placeholder(k)])) as Record<DefaultQueueKey, string>);
  const json = JSON.stringify(rules.map((r) => ({ name: r.name, description: r.description, position: r.position, trigger: r.trigger, conditions: r.conditions, actions: r.actions })));
  // Queue ids go into the actions by replacing the placeholders in the JSON text.
  let actions = 'd.actions::text';
  for (const k of keys) {
    actions = `replace(${actions}, ${literal(placeholder(k))}, (select q.id::text from queues q where q.tenant_id = t.id and q.name = ${literal(DEFAULT_QUEUE_NAMES[k])}))`;
  }
  return [
    `insert into queues (id, tenant_id, name, is_default)
     select gen_random_uuid(), t.id, n.name, false
       from (${tenantsSql}) as t(id) cross join unnest(array[${names}]) as n(name)
     on conflict (tenant_id, name) do nothing`,
    `insert into automation_rules (id, tenant_id, name, description, enabled, position, stop_processing, trigger, conditions, actions, created_at, updated_at)
     select gen_random_uuid(), t.id, d.name, d.description, true, d.position, true, d.trigger, d.conditions, (${actions})::jsonb, now(), now()
       from (${tenantsSql}) as t(id)
       cross join jsonb_to_recordset(${literal(json)}::jsonb) as d(name text, description text, position int, trigger jsonb, conditions jsonb, actions jsonb)
      where not exists (select 1 from automation_rules r where r.tenant_id = t.id)`,
  ];
}

/** Give one tenant its default queues and rules, inside the caller's transaction (after the tenant row is flushed). */
export async function provisionAutomationDefaults(em: EntityManager, tenantId: string): Promise<void> {
  if (!isUuid(tenantId)) throw new Error('provisionAutomationDefaults: not a tenant id');
  for (const sql of defaultProvisioningSql(`select ${literal(tenantId)}::uuid`)) {
    await em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
  }
}
