// Approval list filters as planner conditions (the planner binds the tenant), and the history,
// read for a whole page at once.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { Condition } from '../../graphql/planner/sql.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import type { ApprovalEventType } from './approval.type.js';
import { ApprovalOrder, type ApprovalFilter } from './approval.inputs.js';

export const APPROVAL_ORDERS: Record<ApprovalOrder, SortOrder> = {
  [ApprovalOrder.CREATED_AT_DESC]: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
  [ApprovalOrder.CREATED_AT_ASC]: { key: 'CREATED_AT_ASC', column: 'created_at', direction: 'ASC' },
};

/** A conversation named in the filter must be one of the caller's tenant: else NOT_FOUND. */
export async function assertApprovalFilterInTenant(ctx: Context, f: ApprovalFilter | undefined): Promise<void> {
  if (f?.ticketId != null && !isUuid(f.ticketId)) throw badInput('ticketId is not an id', 'ticketId');
  if (f?.ticketId != null) {
    const tickets = await ctx.services.readPool.scopedQuery(ctx.scope(), 'select 1 from tickets where id = $2 and ($1::uuid is null or tenant_id = $1)', [f.ticketId]);
    if (!tickets.length) throw notFound('Ticket');
  }
  if (f?.conversationId == null) return;
  if (!isUuid(f.conversationId)) throw badInput('conversationId is not an id', 'conversationId');
  const rows = await ctx.services.readPool.scopedQuery(ctx.scope(), 'select 1 from conversations where id = $2 and ($1::uuid is null or tenant_id = $1)', [f.conversationId]);
  if (!rows.length) throw notFound('Conversation');
}

export function approvalConditions(ctx: Context, f: ApprovalFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (!f) return out;
  if (f.status?.length) {
    const statuses = [...new Set(f.status)];
    out.push((a, p) => `${a}.status = any(${p(statuses)}::text[])`);
  }
  if (f.mine) {
    const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
    // An API key is nobody's approver.
    out.push(me ? (a, p) => `${a}.approver_id = ${p(me)}::uuid` : () => 'false');
  }
  if (f.conversationId) {
    const id = f.conversationId;
    out.push((a, p) => `${a}.conversation_id = ${p(id)}::uuid`);
  }
  if (f.ticketId) {
    const id = f.ticketId;
    out.push((a, p) => `${a}.ticket_id = ${p(id)}::uuid`);
  }
  return out;
}

interface EventRow extends Record<string, unknown> {
  approval_id: string;
  id: string;
  action: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  from_user_id: string | null;
  from_name: string | null;
  to_user_id: string | null;
  to_name: string | null;
  reason: string | null;
  created_at: Date;
}

const HISTORY_SQL = `
  select e.approval_id, e.id, e.action, e.actor_kind, e.actor_id, actor.display_name as actor_name,
         e.from_user_id, f.display_name as from_name, e.to_user_id, t.display_name as to_name, e.reason, e.created_at
    from approval_events e
    left join users actor on e.actor_kind = 'USER' and actor.id = e.actor_id
    left join users f on f.id = e.from_user_id
    left join users t on t.id = e.to_user_id
   where e.approval_id = any($2::uuid[]) and ($1::uuid is null or e.tenant_id = $1)
   order by e.created_at, e.id`;

/** The history of every approval on the page in one statement (per request). */
export function approvalHistoryLoader(ctx: Context): DataLoader<string, ApprovalEventType[]> {
  return ctx.loader('approval.history', () =>
    new DataLoader<string, ApprovalEventType[]>(async (ids) => {
      const rows = await ctx.services.readPool.scopedQuery<EventRow>(ctx.scope(), HISTORY_SQL, [ids]);
      const by = new Map<string, ApprovalEventType[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        by.get(r.approval_id)?.push({
          id: r.id,
          action: r.action,
          actorKind: r.actor_kind,
          actorId: r.actor_id,
          actorName: r.actor_name,
          fromUserId: r.from_user_id,
          fromUserName: r.from_name,
          toUserId: r.to_user_id,
          toUserName: r.to_name,
          reason: r.reason,
          createdAt: r.created_at,
        } as ApprovalEventType);
      }
      return ids.map((id) => by.get(id)!);
    }),
  );
}
