// Batched reads for queue fields: one statement per request for every queue the planner returned.
// Keys pair each queue with its tenant (from the planner row), so a read never crosses tenants.
import DataLoader from 'dataloader';
import type { ReadPool } from '../../db/read-pool.js';

/** A planner row of Queue: its id and (for the batched fields) its tenant. */
export interface QueueRow {
  id: string;
  tenant_id?: string;
}

export type Key = `${string}|${string}`; // tenantId|queueId
export const keyOf = (row: QueueRow): Key => `${row.tenant_id ?? ''}|${row.id}`;

const split = (keys: readonly Key[]) => {
  const tenants: string[] = [];
  const queues: string[] = [];
  for (const k of keys) {
    const [t, q] = k.split('|');
    tenants.push(t);
    queues.push(q);
  }
  return { tenants, queues };
};

/** Waiting conversations per queue: one statement for every queue of the request. */
export function waitingCounts(pool: ReadPool) {
  return new DataLoader<Key, number>(async (keys) => {
    const { tenants, queues } = split(keys);
    const rows = await pool.query<{ tenant_id: string; queue_id: string; n: number }>(
      `select c.tenant_id, c.queue_id, count(*)::int as n
         from conversations c
         join unnest($1::uuid[], $2::uuid[]) as k(tenant_id, queue_id) on c.tenant_id = k.tenant_id and c.queue_id = k.queue_id
        where c.status = 'WAITING'
        group by c.tenant_id, c.queue_id`,
      [tenants, queues],
    );
    const by = new Map(rows.map((r) => [`${r.tenant_id}|${r.queue_id}`, r.n]));
    return keys.map((k) => by.get(k) ?? 0);
  });
}

/** Member ids per queue: one statement for every queue of the request. */
export function memberIds(pool: ReadPool) {
  return new DataLoader<Key, string[]>(async (keys) => {
    const { tenants, queues } = split(keys);
    const rows = await pool.query<{ tenant_id: string; queue_id: string; ids: string[] }>(
      `select q.tenant_id, q.id as queue_id, array_agg(m.user_id order by u.display_name, u.id)::text[] as ids
         from queues q
         join unnest($1::uuid[], $2::uuid[]) as k(tenant_id, queue_id) on q.tenant_id = k.tenant_id and q.id = k.queue_id
         join queue_members m on m.queue_id = q.id
         join users u on u.id = m.user_id and u.tenant_id = q.tenant_id
        group by q.tenant_id, q.id`,
      [tenants, queues],
    );
    const by = new Map(rows.map((r) => [`${r.tenant_id}|${r.queue_id}`, r.ids]));
    return keys.map((k) => by.get(k) ?? []);
  });
}
