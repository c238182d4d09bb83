// Reads of conversations: the list's filters as planner conditions (the planner binds the tenant),
// the check that a filter's ids are the caller's tenant's, and a widget customer's own list.
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { ReadPool, ReadScope } from '../../db/read-pool.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import { ConversationOrder, type ConversationFilter } from './conversation.inputs.js';
import type { WidgetConversationType } from './conversation.type.js';

export const CONVERSATION_ORDERS: Record<ConversationOrder, SortOrder> = {
  UPDATED_AT_DESC: { key: 'UPDATED_AT_DESC', column: 'updated_at', direction: 'DESC' },
  CREATED_AT_DESC: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  WAITING_SINCE_ASC: { key: 'WAITING_SINCE_ASC', column: 'waiting_since', direction: 'ASC' },
};

export function conversationConditions(ctx: Context, f: ConversationFilter | undefined, order: ConversationOrder): Condition[] {
  const out: Condition[] = [];
  if (order === ConversationOrder.WAITING_SINCE_ASC) out.push((a) => `${a}.waiting_since is not null`);
  if (!f) return out;
  const uuid = (v: string | undefined, field: string) => {
    if (v !== undefined && !isUuid(v)) throw badInput(`${field} is not an id`, field);
    return v;
  };
  if (f.statuses?.length) out.push((a, p) => `${a}.status = any(${p(f.statuses)}::text[])`);
  if (f.handler) out.push((a, p) => `${a}.handler = ${p(f.handler)}`);
  if (uuid(f.assigneeId, 'assigneeId')) out.push((a, p) => `${a}.assignee_id = ${p(f.assigneeId)}::uuid`);
  if (f.mine && ctx.viewer.kind === 'user') {
    const me = ctx.viewer.userId;
    out.push((a, p) => `${a}.assignee_id = ${p(me)}::uuid`);
  }
  if (f.unassigned) out.push((a) => `${a}.assignee_id is null`);
  if (uuid(f.queueId, 'queueId')) out.push((a, p) => `${a}.queue_id = ${p(f.queueId)}::uuid`);
  if (uuid(f.contactId, 'contactId')) out.push((a, p) => `${a}.contact_id = ${p(f.contactId)}::uuid`);
  if (f.createdFrom) out.push((a, p) => `${a}.created_at >= ${p(f.createdFrom)}`);
  if (f.createdTo) out.push((a, p) => `${a}.created_at < ${p(f.createdTo)}`);
  if (f.search?.trim()) {
    const like = containsPattern(f.search);
    out.push((a, p) => `(${a}.subject ilike ${p(like)} or exists (select 1 from contacts k where k.id = ${a}.contact_id and (k.name ilike ${p(like)} or k.email ilike ${p(like)})))`);
  }
  return out;
}

/**
 * Ids in a filter must name objects of the caller's tenant: another tenant's id answers
 * NOT_FOUND (as for any field taking an id), not an empty page. One statement for all of them.
 */
export async function assertFilterIdsInTenant(ctx: Context, f: ConversationFilter | undefined): Promise<void> {
  const scope = ctx.scope();
  if (!f || !scope || scope.kind !== 'tenant') return;
  const checks: [string, string, string][] = [];
  if (f.assigneeId) checks.push(['users', f.assigneeId, 'assigneeId']);
  if (f.queueId) checks.push(['queues', f.queueId, 'queueId']);
  if (f.contactId) checks.push(['contacts', f.contactId, 'contactId']);
  if (!checks.length) return;
  for (const [, id, field] of checks) if (!isUuid(id)) throw badInput(`${field} is not an id`, field);
  const text = `select ${checks.map(([table], i) => `exists(select 1 from ${table} where id = $${i + 2} and tenant_id = $1) as c${i}`).join(', ')}`;
  const [row] = await ctx.services.readPool.scopedQuery<Record<string, boolean>>(scope, text, checks.map(([, id]) => id));
  checks.forEach(([, , field], i) => {
    if (!row[`c${i}`]) throw notFound(field === 'assigneeId' ? 'User' : field === 'queueId' ? 'Queue' : 'Contact');
  });
}

/** A widget customer's own conversations, newest first (50 at most). */
export async function contactConversations(pool: ReadPool, scope: ReadScope, contactId: string): Promise<WidgetConversationType[]> {
  const rows = await pool.scopedQuery<Record<string, unknown>>(
    scope,
    `select c.id, c.status, c.handler, c.subject, c.last_seq, c.agent_last_read_seq, c.created_at, c.reopen_count, u.display_name
       from conversations c left join users u on u.id = c.assignee_id
      where c.tenant_id = $1 and c.contact_id = $2 order by c.created_at desc limit 50`,
    [contactId],
  );
  return rows.map((r) => ({ id: r.id, status: r.status, handler: r.handler, subject: r.subject, lastSeq: r.last_seq, agentName: r.display_name, agentLastReadSeq: r.agent_last_read_seq, createdAt: r.created_at, resolutionCycle: r.reopen_count }) as WidgetConversationType);
}
