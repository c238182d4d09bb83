// Presence of staff members: heartbeats, the availability they choose, and reads for the console.
//
// Two columns next to `users.availability` (Migration20261122050000_presence):
// - `last_seen_at`: the last heartbeat or availability change;
// - `silenced_availability`: set only by the sweeper when it takes a silent user OFFLINE (what they
//   had chosen), cleared by their next heartbeat (which restores it) or by any choice of theirs.
//   So "went silent" (OFFLINE + marker) and "chose OFFLINE" (OFFLINE, no marker) differ, and other
//   writers of `availability` (updateMyProfile, updateUser) need not know about presence: a
//   heartbeat restores only a user who is still OFFLINE with a marker.
// The User entity does not map these columns: presence writes them with plain SQL (one statement
// each) and publishes PRESENCE_CHANGED after the statement (or transaction) committed.
import type { Context } from '../../context.js';
import type { AppServices } from '../../services.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { ReadScope } from '../../graphql/planner/planner.js';
import { Topic } from '../../events/topics.js';
import { domainEvent } from '../../events/domain-events.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { Availability } from '../users/user.entity.js';
import type { PresenceType } from './presence.type.js';
import { TAKES_CONVERSATIONS } from '../routing/routing.service.js';

/** Silence after which the sweeper takes a user OFFLINE. Consoles send a heartbeat every ~20 s. */
export const DEFAULT_SILENCE_MS = 60_000;

type PresenceRow = {
  id: string;
  tenant_id: string | null;
  display_name: string;
  availability: string;
  last_seen_at: Date | string | null;
};

export interface PresenceChange {
  tenantId: string | null;
  userId: string;
  availability: Availability;
  previous: Availability;
}

export const toPresence = (r: PresenceRow): PresenceType => ({
  userId: r.id,
  displayName: r.display_name,
  availability: r.availability as Availability,
  lastSeenAt: r.last_seen_at === null ? null : new Date(r.last_seen_at),
});

/**
 * Publish one presence change (after commit): to subscribers (presenceChanged) and as the domain
 * event `user.availability_changed` (routing offers waiting conversations to who came ONLINE).
 * Platform admins have no tenant and no audience.
 */
export function publishPresence(services: Pick<AppServices, 'events' | 'domainEvents'>, change: PresenceChange): void {
  if (!change.tenantId || change.availability === change.previous) return;
  services.events.publish(Topic.PRESENCE_CHANGED, { tenantId: change.tenantId, userId: change.userId, availability: change.availability });
  services.domainEvents.emit([domainEvent('user.availability_changed', change.tenantId, { userId: change.userId, availability: change.availability })]);
}

function me(ctx: Context) {
  const v = ctx.viewer;
  if (v.kind !== 'user') throw forbidden('Only staff users have a presence');
  return v;
}

// Lock the caller's row first (`for update` in the CTE), so `prev` is the latest committed
// version even when the sweeper or another tab changed it a moment ago, then update it: one
// statement, one round trip. `prev.availability` is what it was before, to decide whether to publish.
const HEARTBEAT = `
  with prev as (
    select id, availability, silenced_availability from users
     where id = ? and tenant_id is not distinct from ?::uuid
     for update
  )
  update users u
     set last_seen_at = now(),
         availability = case when prev.availability = 'OFFLINE' and prev.silenced_availability is not null
                              then prev.silenced_availability else prev.availability end,
         silenced_availability = null
    from prev
   where u.id = prev.id
  returning u.id, u.tenant_id, u.display_name, u.availability, u.last_seen_at, prev.availability as previous`;

/**
 * The caller is alive: `last_seen_at = now()`, and if the sweeper had taken them OFFLINE for
 * silence, back to what they had chosen. One UPDATE, no audit row: a heartbeat is liveness, not a
 * change of record (three a minute per agent would drown the audit log in noise), and restoring
 * after silence only undoes the sweeper; the choice itself was audited by `setAvailability`.
 */
export async function heartbeat(ctx: Context): Promise<PresenceType> {
  const v = me(ctx);
  const rows = await ctx.services.orm.em.getConnection().execute<(PresenceRow & { previous: string })[]>(HEARTBEAT, [v.userId, v.tenantId], 'all');
  const row = rows[0];
  if (!row) throw notFound('User');
  publishPresence(ctx.services, { tenantId: row.tenant_id, userId: row.id, availability: row.availability as Availability, previous: row.previous as Availability });
  return toPresence(row);
}

const SET_AVAILABILITY = `
  with prev as (
    select id, availability from users
     where id = ? and tenant_id is not distinct from ?::uuid
     for update
  )
  update users u
     set availability = ?, silenced_availability = null, last_seen_at = now(), updated_at = now()
    from prev
   where u.id = prev.id
  returning u.id, u.tenant_id, u.display_name, u.availability, u.last_seen_at, prev.availability as previous`;

/**
 * The caller chooses an availability (audited, published when it changed). It also counts as a
 * heartbeat, and clears a "went silent" marker: the choice is now theirs, OFFLINE included.
 */
export async function setAvailability(ctx: Context, availability: Availability): Promise<PresenceType> {
  const v = me(ctx);
  if (!Object.values(Availability).includes(availability)) throw badInput('availability is not a known value', 'availability');
  const row = await ctx.em.transactional(async (em) => {
    const [r] = await em.getConnection().execute<(PresenceRow & { previous: string })[]>(SET_AVAILABILITY, [v.userId, v.tenantId, availability], 'all', em.getTransactionContext());
    if (!r) throw notFound('User');
    // Recorded even when nothing changed: the caller did ask. Written by the same transaction.
    recordAudit(ctx, em, { action: 'user.availability_set', resourceType: 'User', resourceId: r.id, tenantId: r.tenant_id, ...diff({ availability: r.previous }, { availability: r.availability }) });
    return r;
  });
  publishPresence(ctx.services, { tenantId: row.tenant_id, userId: row.id, availability: row.availability as Availability, previous: row.previous as Availability });
  return toPresence(row);
}

function tenantOfScope(scope: ReadScope | undefined): string {
  if (!scope) throw forbidden();
  if (scope.kind === 'platform') throw badInput('Name the tenant (`tenantId`) to look at', 'tenantId');
  return scope.tenantId;
}

/** Every active staff member of the tenant with availability and last seen: one statement. */
export async function listPresence(ctx: Context, tenantId?: string | null, opts: { takesConversations?: boolean } = {}): Promise<PresenceType[]> {
  if (tenantId && !isUuid(tenantId)) throw notFound('Tenant');
  const tenant = tenantOfScope(ctx.scope(tenantId));
  const rows = await ctx.services.readPool.query<PresenceRow>(
    `select id, tenant_id, display_name, availability, last_seen_at from users
      where tenant_id = $1 and active and ($2::text[] is null or role = any($2::text[]))
      order by display_name, id`,
    [tenant, opts.takesConversations ? [...TAKES_CONVERSATIONS] : null],
  );
  return rows.map(toPresence);
}

/** One user's presence inside the reader's scope (the subscription's re-read), or null. */
export async function readPresence(services: Pick<AppServices, 'readPool'>, scope: ReadScope | undefined, userId: string): Promise<PresenceType | null> {
  const tenant = tenantOfScope(scope);
  if (!isUuid(userId)) return null;
  const [row] = await services.readPool.query<PresenceRow>(
    `select id, tenant_id, display_name, availability, last_seen_at from users where tenant_id = $1 and id = $2`,
    [tenant, userId],
  );
  return row ? toPresence(row) : null;
}
