// Notifications: `notify` writes one row per recipient and tells each recipient alone (realtime
// `notificationAdded`, keyed by user id); `notifyQueueMembers` / `notifyUsersWithPermission` pick
// the recipients first. Context-free on purpose: listeners of any module call them with the
// services and a tenant id. Recipients are filtered to active staff of that tenant in the same
// statement that inserts, so a stale or foreign user id is silently skipped, never notified.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import type { Context } from '../../context.js';
import { Topic } from '../../events/topics.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { ROLE_PERMISSIONS, type Permission } from '../../permissions/matrix.js';
import { NotificationKind, NotificationSubjectKind } from './notification.entity.js';

export interface NewNotification {
  kind: NotificationKind;
  /** One line; longer than 200 characters is cut with "…". */
  title: string;
  /** Optional detail; longer than 1,000 characters is cut with "…". */
  body?: string | null;
  subjectKind?: NotificationSubjectKind | null;
  subjectId?: string | null;
}

export interface Notified {
  /** The rows written: one per recipient who is an active staff user of the tenant. */
  notifications: { id: string; userId: string }[];
  /**
   * Tell the recipients (realtime `notificationAdded`). `notify` without `em` has called it
   * already; with `em`, call it after YOUR transaction commits (never before: a subscriber would
   * re-read a row that is not there yet).
   */
  publish(): void;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const KINDS = new Set<string>(Object.values(NotificationKind));
const SUBJECTS = new Set<string>(Object.values(NotificationSubjectKind));

const INSERT_SQL = `
  insert into notifications (id, tenant_id, user_id, kind, title, body, subject_kind, subject_id)
  select gen_random_uuid(), u.tenant_id, u.id, ?, ?, ?, ?, ?::uuid
    from users u
   where u.tenant_id = ?::uuid and u.id = any(?::uuid[]) and u.active
  returning id, user_id`;

async function insert(em: EntityManager, tenantId: string, recipients: string[], n: NewNotification) {
  const rows = await em.getConnection().execute<{ id: string; user_id: string }[]>(
    INSERT_SQL,
    [n.kind, cut(n.title.trim() || n.kind, 200), cut(n.body?.trim() ?? '', 1000), n.subjectKind ?? null, n.subjectId ?? null, tenantId, `{${recipients.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({ id: r.id, userId: r.user_id }));
}

/**
 * Notify `recipients` (user ids of `tenantId`; duplicates, unknown, inactive and other tenants'
 * ids are skipped). With `em` the rows are written in the caller's transaction and the caller
 * calls `publish()` after commit; without, in a transaction of its own, published at once.
 */
export async function notify(services: AppServices, tenantId: string, recipients: readonly string[], n: NewNotification, em?: EntityManager): Promise<Notified> {
  if (!KINDS.has(n.kind)) throw new Error(`notify: unknown notification kind ${n.kind}`);
  if ((n.subjectKind == null) !== (n.subjectId == null) || (n.subjectKind && !SUBJECTS.has(n.subjectKind)) || (n.subjectId && !isUuid(n.subjectId))) {
    throw new Error('notify: subjectKind and subjectId go together (a known kind and a UUID)');
  }
  const ids = [...new Set(recipients)].filter(isUuid);
  const none: Notified = { notifications: [], publish: () => undefined };
  if (!ids.length || !isUuid(tenantId)) return none;
  const written = em
    ? await insert(em, tenantId, ids, n)
    : await services.orm.em.fork({ clear: true, useContext: false }).transactional((tx) => {
      tx.setFilterParams(TENANT_FILTER, { tenantId });
      return insert(tx as EntityManager, tenantId, ids, n);
    });
  const publish = () => {
    for (const w of written) services.events.publishTo(Topic.NOTIFICATION_ADDED, w.userId, { tenantId, userId: w.userId, notificationId: w.id });
  };
  if (!em) publish();
  return { notifications: written, publish };
}

/** Active members of a queue; a queue without members routes to every agent and manager, so they all hear. */
export async function queueMemberIds(services: AppServices, tenantId: string, queueId: string): Promise<string[]> {
  if (!isUuid(queueId) || !isUuid(tenantId)) return [];
  const rows = await services.readPool.query<{ id: string }>(
    `select u.id from users u
      where u.tenant_id = $1 and u.active
        and (u.id in (select m.user_id from queue_members m join queues q on q.id = m.queue_id where q.id = $2 and q.tenant_id = $1)
             or (not exists (select 1 from queue_members m join queues q on q.id = m.queue_id where q.id = $2 and q.tenant_id = $1)
                 and exists (select 1 from queues q where q.id = $2 and q.tenant_id = $1)
                 and u.role in ('AGENT', 'MANAGER')))`,
    [tenantId, queueId],
  );
  return rows.map((r) => r.id);
}

/** Notify the members of a queue (see queueMemberIds). Same transaction rules as `notify`. */
export async function notifyQueueMembers(services: AppServices, tenantId: string, queueId: string, n: NewNotification, em?: EntityManager): Promise<Notified> {
  return notify(services, tenantId, await queueMemberIds(services, tenantId, queueId), n, em);
}

/** Active staff of the tenant whose role holds `permission` (e.g. everyone who may decide approvals). */
export async function userIdsWithPermission(services: AppServices, tenantId: string, permission: Permission): Promise<string[]> {
  const roles = Object.entries(ROLE_PERMISSIONS).filter(([role, perms]) => role !== 'PLATFORM_ADMIN' && perms.includes(permission)).map(([role]) => role);
  if (!roles.length || !isUuid(tenantId)) return [];
  const rows = await services.readPool.query<{ id: string }>(`select id from users where tenant_id = $1 and active and role = any($2::text[])`, [tenantId, roles]);
  return rows.map((r) => r.id);
}

/** Notify everyone of the tenant holding `permission`. Same transaction rules as `notify`. */
export async function notifyUsersWithPermission(services: AppServices, tenantId: string, permission: Permission, n: NewNotification, em?: EntityManager): Promise<Notified> {
  return notify(services, tenantId, await userIdsWithPermission(services, tenantId, permission), n, em);
}

function me(ctx: Context): { userId: string; tenantId: string | null } {
  if (ctx.viewer.kind !== 'user') throw forbidden();
  return { userId: ctx.viewer.userId, tenantId: ctx.viewer.tenantId };
}

/** Your unread notifications. */
export async function unreadCount(ctx: Context): Promise<number> {
  const { userId, tenantId } = me(ctx);
  if (!tenantId) return 0; // platform admins belong to no tenant: nothing notifies them
  const [row] = await ctx.services.readPool.query<{ n: number }>(`select count(*)::int as n from notifications where tenant_id = $1 and user_id = $2 and read_at is null`, [tenantId, userId]);
  return row?.n ?? 0;
}

export const MAX_MARK_IDS = 100;

/**
 * Mark your notifications read: the named ones (all must be yours, else NOT_FOUND and nothing
 * changes) or all. Already-read ones keep their first `readAt`. Returns the ids now read.
 */
export async function markNotificationsRead(ctx: Context, input: { ids?: string[] | null; all?: boolean | null }): Promise<string[]> {
  const { userId, tenantId } = me(ctx);
  const all = input.all === true;
  if (all === (input.ids != null)) throw badInput('Name the notifications (`ids`) or pass `all: true`, not both', 'ids');
  if (!tenantId) {
    if (!all && input.ids?.length) throw notFound('Notification');
    return [];
  }
  const conn = ctx.em.getConnection();
  if (all) {
    const rows = await conn.execute<{ id: string }[]>(`update notifications set read_at = now() where tenant_id = ? and user_id = ? and read_at is null returning id`, [tenantId, userId], 'all');
    return rows.map((r) => r.id);
  }
  const ids = [...new Set(input.ids!)];
  if (!ids.length || ids.length > MAX_MARK_IDS) throw badInput(`ids: 1–${MAX_MARK_IDS} notification ids`, 'ids');
  // Someone else's id (same tenant or not) looks exactly like an unknown one.
  if (!ids.every(isUuid)) throw notFound('Notification');
  return ctx.em.transactional(async (tx) => {
    const c = tx.getConnection();
    const trx = tx.getTransactionContext();
    const mine = await c.execute<{ id: string }[]>(`select id from notifications where tenant_id = ? and user_id = ? and id = any(?::uuid[]) for update`, [tenantId, userId, `{${ids.join(',')}}`], 'all', trx);
    if (mine.length !== ids.length) throw notFound('Notification');
    await c.execute(`update notifications set read_at = now() where id = any(?::uuid[]) and read_at is null`, [`{${ids.join(',')}}`], 'run', trx);
    return ids;
  });
}
