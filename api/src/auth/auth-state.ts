// What a token alone cannot tell: is the user still active with the same auth version, is the
// tenant still active, is the API key still valid? Cached per process so an authenticated
// request costs no SQL; entries are dropped on AUTH_CHANGED events (from any instance) and
// expire after `ttlMs` as a backstop.
import { sqlStats } from '../db/sql-counter.js';
import type { ReadPool } from '../db/read-pool.js';
import type { Viewer } from './viewer.js';

interface Cached<T> {
  value: T;
  expires: number;
}

export interface UserAuthRow {
  active: boolean;
  version: number;
  role: string;
  tenantId: string | null;
}

export interface ApiKeyAuthRow {
  id: string;
  tenantId: string;
  secretHash: string;
  scopes: string[];
  revoked: boolean;
  /** The key's own budget (points per hour), null for the default. */
  pointsPerHour: number | null;
}

export interface AuthChange {
  tenantId?: string | null;
  userId?: string;
  apiKeyPrefix?: string;
  contactId?: string;
}

export class AuthState {
  private readonly users = new Map<string, Cached<UserAuthRow | null>>();
  private readonly tenants = new Map<string, Cached<boolean>>();
  /** Tenants whose widget sessions may run the widget's own operations only (loaded with `tenants`). */
  private readonly safelisted = new Map<string, Cached<boolean>>();
  private readonly keys = new Map<string, Cached<ApiKeyAuthRow | null>>();
  private readonly keyUse = new Map<string, number>();
  /** Bumped by every invalidation: a load that started before it must not refill the cache. */
  private generation = 0;

  constructor(
    private readonly pool: ReadPool,
    private readonly ttlMs = 30_000,
  ) {}

  private async cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const started = this.generation;
    const value = await load();
    if (started === this.generation) map.set(key, { value, expires: Date.now() + this.ttlMs });
    return value;
  }

  user(userId: string): Promise<UserAuthRow | null> {
    return this.cached(this.users, userId, async () => {
      const [row] = await this.pool.query<{ active: boolean; auth_version: number; role: string; tenant_id: string | null }>(
        'select active, auth_version, role, tenant_id from users where id = $1',
        [userId],
      );
      return row ? { active: row.active, version: row.auth_version, role: row.role, tenantId: row.tenant_id } : null;
    });
  }

  tenantActive(tenantId: string): Promise<boolean> {
    return this.cached(this.tenants, tenantId, async () => {
      const started = this.generation;
      const [row] = await this.pool.query<{ status: string; widget_operations_safelisted: boolean }>('select status, widget_operations_safelisted from tenants where id = $1', [tenantId]);
      if (started === this.generation) this.safelisted.set(tenantId, { value: !!row?.widget_operations_safelisted, expires: Date.now() + this.ttlMs });
      return row?.status === 'ACTIVE';
    });
  }

  /** The tenant's `widgetOperationsSafelisted` setting (same cache and query as `tenantActive`). */
  async widgetOperationsSafelisted(tenantId: string): Promise<boolean> {
    const hit = this.hot(this.safelisted, tenantId);
    if (hit) return hit.value;
    this.tenants.delete(tenantId);
    await this.tenantActive(tenantId);
    return this.hot(this.safelisted, tenantId)?.value ?? false;
  }

  apiKey(prefix: string): Promise<ApiKeyAuthRow | null> {
    return this.cached(this.keys, prefix, async () => {
      const [row] = await this.pool.query<{ id: string; tenant_id: string; secret_hash: string; scopes: string[]; revoked_at: Date | null; points_per_hour: number | null }>(
        'select id, tenant_id, secret_hash, scopes, revoked_at, points_per_hour from api_keys where prefix = $1',
        [prefix],
      );
      return row ? { id: row.id, tenantId: row.tenant_id, secretHash: row.secret_hash, scopes: row.scopes, revoked: !!row.revoked_at, pointsPerHour: row.points_per_hour } : null;
    });
  }

  /** Record use of a key, at most once a minute, outside the request's SQL budget. */
  touchApiKey(id: string): void {
    const last = this.keyUse.get(id) ?? 0;
    if (Date.now() - last < 60_000) return;
    this.keyUse.set(id, Date.now());
    sqlStats.exit(() => void this.pool.query('update api_keys set last_used_at = now() where id = $1', [id]).catch(() => undefined));
  }

  /**
   * The cached row of an API key, without a promise: the same object until the entry is dropped
   * (AUTH_CHANGED) or expires, so a caller can tell that nothing about the key was reloaded since.
   */
  apiKeyNow(prefix: string): ApiKeyAuthRow | null | undefined {
    return this.hot(this.keys, prefix)?.value;
  }

  /** The live entry itself (no wrapper object: this runs several times per request). */
  private hot<T>(map: Map<string, Cached<T>>, key: string): Cached<T> | undefined {
    const hit = map.get(key);
    return hit && hit.expires > Date.now() ? hit : undefined;
  }

  /**
   * stillValid from the cache alone, without a promise: true/false when every entry it needs is
   * cached, undefined otherwise (then ask stillValid). Fan-out checks thousands of subscribers per event.
   */
  validNow(viewer: Viewer): boolean | undefined {
    switch (viewer.kind) {
      case 'anonymous':
        return true;
      case 'user': {
        const u = this.hot(this.users, viewer.userId);
        if (!u) return undefined;
        if (!u.value || !u.value.active || u.value.version !== viewer.version || u.value.tenantId !== viewer.tenantId) return false;
        return viewer.tenantId ? this.hot(this.tenants, viewer.tenantId)?.value : true;
      }
      case 'apiKey': {
        const k = this.hot(this.keys, viewer.prefix);
        if (!k) return undefined;
        if (!k.value || k.value.revoked || k.value.id !== viewer.apiKeyId) return false;
        return this.hot(this.tenants, viewer.tenantId)?.value;
      }
      case 'widget':
        return this.hot(this.tenants, viewer.tenantId)?.value;
    }
  }

  /** Is this viewer still allowed in? (Checked per request and per delivered event.) */
  async stillValid(viewer: Viewer): Promise<boolean> {
    switch (viewer.kind) {
      case 'anonymous':
        return true;
      case 'user': {
        const u = await this.user(viewer.userId);
        if (!u || !u.active || u.version !== viewer.version || u.tenantId !== viewer.tenantId) return false;
        return viewer.tenantId ? this.tenantActive(viewer.tenantId) : true;
      }
      case 'apiKey': {
        const key = await this.apiKey(viewer.prefix);
        if (!key || key.revoked || key.id !== viewer.apiKeyId) return false;
        return this.tenantActive(viewer.tenantId);
      }
      case 'widget':
        return this.tenantActive(viewer.tenantId);
    }
  }

  /** Drop everything (after an event outage, when AUTH_CHANGED events may have been missed). */
  clear(): void {
    this.generation++;
    this.users.clear();
    this.tenants.clear();
    this.safelisted.clear();
    this.keys.clear();
  }

  invalidate(change: AuthChange): void {
    this.generation++;
    if (change.userId) this.users.delete(change.userId);
    if (change.tenantId) {
      this.tenants.delete(change.tenantId);
      this.safelisted.delete(change.tenantId);
    }
    if (change.apiKeyPrefix) this.keys.delete(change.apiKeyPrefix);
  }
}
