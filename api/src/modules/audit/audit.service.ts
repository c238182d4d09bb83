// Every mutation leaves one audit row, written with the change in the same transaction (so a
// failed mutation leaves none). Only changed fields are kept, and secrets never are.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { tenantOf } from '../../auth/viewer.js';
import { ActorKind, AuditLog } from './audit-log.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** Tenant the change belongs to; defaults to the caller's. */
  tenantId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Actor override, e.g. the user who just signed in or accepted an invitation. */
  actor?: { kind: ActorKind; id: string | null };
}

// Field names whose values are never kept (widgetKey is public, so not every *key).
const SECRET_KEY = /password|secret|token|hash|apikey|privatekey|^key$/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Keep only the fields whose value changed. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of keys) {
    if (same(before[k], after[k])) continue;
    b[k] = before[k] ?? null;
    a[k] = after[k] ?? null;
  }
  return { before: b, after: a };
}

function actorOf(ctx: Context): { kind: ActorKind; id: string | null } {
  const v = ctx.viewer;
  switch (v.kind) {
    case 'user':
      return { kind: ActorKind.USER, id: v.userId };
    case 'apiKey':
      return { kind: ActorKind.API_KEY, id: v.apiKeyId };
    case 'widget':
      return { kind: ActorKind.CONTACT, id: v.contactId };
    default:
      return { kind: ActorKind.ANONYMOUS, id: null };
  }
}

/** Queue the audit row in `em`; it is written by the same flush/transaction as the change. */
export function recordAudit(ctx: Context, em: EntityManager, entry: AuditEntry): AuditLog {
  const actor = entry.actor ?? actorOf(ctx);
  const tenantId = entry.tenantId === undefined ? tenantOf(ctx.viewer) : entry.tenantId;
  const row = Object.assign(new AuditLog(), {
    tenant: tenantId ? em.getReference(Tenant, tenantId) : null,
    actorKind: actor.kind,
    actorId: actor.id,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    before: entry.before ? (redact(entry.before) as Record<string, unknown>) : null,
    after: entry.after ? (redact(entry.after) as Record<string, unknown>) : null,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 500) ?? null,
    requestId: ctx.requestId,
  });
  em.persist(row);
  return row;
}
