// Reads of tickets: the list's filters and orders as planner conditions (the planner binds the
// tenant), the check that a filter's ids are the caller's tenant's, and the batched timeline.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import type { Condition } from '../../graphql/planner/sql.js';
import { TicketOrder, type TicketFilter } from './ticket.inputs.js';
import type { TicketEventType } from './ticket.type.js';

// Each order has an index starting with tenant_id (see the migration). PRIORITY and
// RESOLUTION_DUE_AT sort generated columns so a keyset cursor can carry their value.
export const TICKET_ORDERS: Record<TicketOrder, SortOrder> = {
  CREATED_AT_DESC: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  CREATED_AT_ASC: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
  PRIORITY: { key: 'PRIORITY', column: 'priority_rank', direction: 'DESC' },
  RESOLUTION_DUE_AT: { key: 'RESOLUTION_DUE_AT', column: 'resolution_due_sort', direction: 'ASC' },
  UPDATED_AT: { key: 'UPDATED_AT', column: 'updated_at', direction: 'DESC' },
};

/** The text index's expression (the migration's, character for character, so PostgreSQL uses it). */
const DOCUMENT = (a: string) => `to_tsvector('simple', coalesce(${a}.subject, '') || ' ' || coalesce(${a}.description, ''))`;

/** Words of the search as an all-prefixes tsquery (`'refun':* & 'late':*`), or null for none. */
export function prefixQuery(search: string): string | null {
  const words = search.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 10) ?? [];
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}

export function ticketConditions(ctx: Context, f: TicketFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!f) return out;
  const uuid = (v: string | undefined, field: string) => {
    if (v !== undefined && v !== null && !isUuid(v)) throw badInput(`${field} is not an id`, field);
    return v;
  };
  if (f.statuses?.length) out.push((a, p) => `${a}.status = any(${p(f.statuses)}::text[])`);
  if (f.priorities?.length) out.push((a, p) => `${a}.priority = any(${p(f.priorities)}::text[])`);
  if (uuid(f.queueId, 'queueId')) out.push((a, p) => `${a}.queue_id = ${p(f.queueId)}::uuid`);
  if (uuid(f.assigneeId, 'assigneeId')) out.push((a, p) => `${a}.assignee_id = ${p(f.assigneeId)}::uuid`);
  if (uuid(f.contactId, 'contactId')) out.push((a, p) => `${a}.contact_id = ${p(f.contactId)}::uuid`);
  if (uuid(f.conversationId, 'conversationId')) out.push((a, p) => `${a}.conversation_id = ${p(f.conversationId)}::uuid`);
  if (f.unassigned) out.push((a) => `${a}.assignee_id is null`);
  if (f.mine) {
    const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
    out.push(me ? (a, p) => `${a}.assignee_id = ${p(me)}::uuid` : () => 'false');
  }
  if (f.tag?.trim()) {
    const tag = f.tag.trim().toLowerCase();
    out.push((a, p) => `${a}.tags @> array[${p(tag)}::text]`);
  }
  if (f.slaStates?.length) out.push((a, p) => `${a}.sla_state = any(${p(f.slaStates)}::text[])`);
  if (f.search?.trim()) {
    const q = prefixQuery(f.search);
    const n = /^\s*#?(\d{1,9})\s*$/.exec(f.search)?.[1];
    const byNumber = n ? (a: string, p: (v: unknown) => string) => ` or ${a}.number = ${p(Number(n))}::int` : () => '';
    if (q) out.push((a, p) => `(${DOCUMENT(a)} @@ to_tsquery('simple', ${p(q)})${byNumber(a, p)})`);
    else out.push(() => 'false');
  }
  return out;
}

/**
 * Ids in a filter must name objects of the caller's tenant: another tenant's id answers
 * NOT_FOUND (as for any field taking an id), not an empty page. One statement for all of them.
 */
export async function assertFilterIdsInTenant(ctx: Context, f: TicketFilter | undefined): Promise<void> {
  const scope = ctx.scope();
  if (!f || !scope || scope.kind !== 'tenant') return;
  const checks: [string, string | undefined, string, string][] = [
    ['users', f.assigneeId, 'assigneeId', 'User'],
    ['queues', f.queueId, 'queueId', 'Queue'],
    ['contacts', f.contactId, 'contactId', 'Contact'],
    ['conversations', f.conversationId, 'conversationId', 'Conversation'],
  ];
  const given = checks.filter((c): c is [string, string, string, string] => c[1] != null);
  if (!given.length) return;
  for (const [, id, field] of given) if (!isUuid(id)) throw badInput(`${field} is not an id`, field);
  const text = `select ${given.map(([table], i) => `exists(select 1 from ${table} where id = $${i + 2} and tenant_id = $1) as c${i}`).join(', ')}`;
  const [row] = await ctx.services.readPool.scopedQuery<Record<string, boolean>>(scope, text, given.map(([, id]) => id));
  given.forEach(([, , , what], i) => {
    if (!row[`c${i}`]) throw notFound(what);
  });
}

interface EventRow extends Record<string, unknown> {
  ticket_id: string;
  id: string;
  ticket_version: number;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  comment: string | null;
  public: boolean;
  at: Date;
}

/** The most events one ticket's timeline returns (the newest are kept when there are more). */
export const MAX_TIMELINE = 500;

/**
 * Ticket.events for every ticket of the request in ONE statement (DataLoader keyed by ticket id),
 * oldest first. `$1` is the caller's tenant (null for platform admins, who see any tenant's).
 */
export function ticketEventsLoader(ctx: Context): DataLoader<string, TicketEventType[]> {
  return ctx.loader('ticket.events', () =>
    new DataLoader<string, TicketEventType[]>(async (ids) => {
      const rows = await ctx.services.readPool.scopedQuery<EventRow>(
        ctx.scope(),
        `select * from (
           select e.ticket_id, e.id, e.ticket_version, e.action, e.actor_kind, e.actor_id, e.before, e.after, e.comment, e.public, e.at,
                  coalesce(u.display_name, k.name) as actor_name,
                  row_number() over (partition by e.ticket_id order by e.ticket_version desc) as newest
             from ticket_events e
             left join users u on e.actor_kind = 'USER' and u.id = e.actor_id
             left join api_keys k on e.actor_kind = 'API_KEY' and k.id = e.actor_id
            where e.ticket_id = any($2::uuid[]) and ($1::uuid is null or e.tenant_id = $1)
         ) x where newest <= ${MAX_TIMELINE} order by ticket_id, ticket_version`,
        [ids],
      );
      const byTicket = new Map<string, TicketEventType[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        byTicket.get(r.ticket_id)?.push({
          id: r.id,
          ticketVersion: r.ticket_version,
          action: r.action,
          actorKind: r.actor_kind,
          actorId: r.actor_id,
          actorName: r.actor_name,
          before: r.before,
          after: r.after,
          comment: r.comment,
          public: r.public,
          at: r.at,
        } as TicketEventType);
      }
      return ids.map((id) => byTicket.get(id)!);
    }),
  );
}
