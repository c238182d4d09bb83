// The closed list of realtime events. Payloads carry ids and the tenant, never whole rows:
// subscribers re-read what they may see from PostgreSQL, so an event cannot leak data.
export const Topic = {
  TENANT_UPDATED: 'TENANT_UPDATED',
  USER_UPDATED: 'USER_UPDATED',
  /** Sessions, users, keys or a tenant's status changed: caches drop entries, sockets re-check. */
  AUTH_CHANGED: 'AUTH_CHANGED',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

export interface TopicPayloads {
  [Topic.TENANT_UPDATED]: { tenantId: string };
  [Topic.USER_UPDATED]: { tenantId: string | null; userId: string };
  [Topic.AUTH_CHANGED]: { tenantId?: string | null; userId?: string; apiKeyPrefix?: string; contactId?: string };
}
