// Budgets by cost (issue 17): each caller has a bucket of points that refills continuously
// (a leaky bucket: `limit` points per hour, at most `limit` held). Every operation takes its
// cost (`operationCost`, graphql/limits) before it runs; what it turned out not to need is
// refunded after (see actual-cost.ts). Subscriptions take their cost when they start and a
// fraction of it for every event delivered.
import type { Viewer, ViewerKind } from '../../auth/viewer.js';

/**
 * Points per hour by caller kind. A point is roughly one field of one returned object (a list
 * of 50 tickets with 6 fields ≈ 350; weighted fields — search, a model call — far more), so the
 * numbers are about 100× GitHub's 5,000 (whose point is a hundred nodes).
 * - apiKey 1,000,000: partner code, server to server; ≈ 280 points/s sustained (a 50-row list
 *   per second with room to spare) and a burst of ~80 maximal operations. Overridable per key.
 * - user 2,000,000: a person in the web app should never feel it; it stops a runaway script
 *   with a staff token.
 * - widget 200,000: one customer's chat; a full history read (`messages(first: 500)`) costs
 *   ≈ 3,000, so ~65 reloads an hour on top of chatting.
 * - anonymous 100,000 per IP address: sign-in (50 each) and widget session starts; offices
 *   behind one NAT share it.
 */
export const DEFAULT_POINTS_PER_HOUR: Record<ViewerKind, number> = {
  apiKey: 1_000_000,
  user: 2_000_000,
  widget: 200_000,
  anonymous: 100_000,
};

/** The largest per-key override (and the smallest): `createApiKey` / `updateApiKey` refuse others. */
export const MIN_POINTS_PER_HOUR = 100;
export const MAX_POINTS_PER_HOUR = 1_000_000_000;

/** An operation costs at least this much (GitHub's minimum too): `{ __typename }` is not free. */
export const MIN_COST = 1;

/** Each event a subscription delivers costs this fraction of the subscription's cost. */
export const EVENT_COST_FRACTION = 0.1;

/** The bucket a viewer draws from: API key id, user id, widget customer (contact) id, or the IP address. */
export function callerKey(viewer: Viewer, ip: string | null | undefined): string {
  switch (viewer.kind) {
    case 'apiKey':
      return 'k:' + viewer.apiKeyId;
    case 'user':
      return 'u:' + viewer.userId;
    case 'widget':
      return 'w:' + viewer.contactId;
    case 'anonymous':
      return 'ip:' + (ip ?? 'unknown');
  }
}

/** The viewer's points per hour: the key's own override, else its kind's default. */
export function limitFor(viewer: Viewer): number {
  if (viewer.kind === 'apiKey' && viewer.pointsPerHour) return viewer.pointsPerHour;
  return DEFAULT_POINTS_PER_HOUR[viewer.kind];
}
