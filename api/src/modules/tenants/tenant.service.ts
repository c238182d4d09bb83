// Rules for changing tenants. Reads go through the planner; writes through the entity.
import { badInput, notFound, forbidden } from '../../errors.js';
import type { Context } from '../../context.js';
import { Topic } from '../../events/topics.js';
import { Tenant } from './tenant.entity.js';
import { isUuid } from '../../graphql/ids.js';
import type { UpdateTenantInput } from './tenant.inputs.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;

function text(value: string | undefined, field: string, max: number, min = 0): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min ? `${min}–` : 'at most '}${max} characters`, field);
  return v;
}

function fraction(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(value >= 0 && value <= 1)) throw badInput(`${field} must be between 0 and 1`, field);
  return value;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The tenant a caller acts on: their own, or (platform admins) the one they name. */
export function targetTenantId(ctx: Context, requested?: string | null): string {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') throw forbidden();
  if (viewer.tenantId) {
    if (requested && requested !== viewer.tenantId) throw notFound('Tenant');
    return viewer.tenantId;
  }
  if (!requested) throw badInput('Name the tenant (`id`) to act on', 'id');
  return requested;
}

export async function updateTenant(ctx: Context, input: UpdateTenantInput): Promise<string> {
  const id = targetTenantId(ctx, input.id);
  if (!isUuid(id)) throw notFound('Tenant');
  const tenant = await ctx.em.findOne(Tenant, { id });
  if (!tenant) throw notFound('Tenant');

  const name = text(input.name, 'name', 200, 1);
  if (name !== undefined) tenant.name = name;
  if (input.timezone !== undefined) {
    if (!isValidTimeZone(input.timezone)) throw badInput('timezone must be an IANA time zone such as Europe/Berlin', 'timezone');
    tenant.timezone = input.timezone;
  }
  if (input.branding) {
    const b = input.branding;
    for (const key of ['primaryColor', 'backgroundColor'] as const) {
      if (b[key] !== undefined && !COLOR.test(b[key]!)) throw badInput(`branding.${key} must be a #rrggbb colour`, `branding.${key}`);
    }
    if (b.position !== undefined && !['left', 'right'].includes(b.position)) throw badInput('branding.position must be left or right', 'branding.position');
    if (b.logoUrl !== undefined && b.logoUrl !== '' && !/^https:\/\/\S{1,2000}$/.test(b.logoUrl)) throw badInput('branding.logoUrl must be an https URL', 'branding.logoUrl');
    tenant.branding = {
      ...tenant.branding,
      ...(b.primaryColor !== undefined && { primaryColor: b.primaryColor.toLowerCase() }),
      ...(b.backgroundColor !== undefined && { backgroundColor: b.backgroundColor.toLowerCase() }),
      ...(b.position !== undefined && { position: b.position as 'left' | 'right' }),
      ...(b.logoUrl !== undefined && { logoUrl: b.logoUrl || null }),
      ...(b.welcomeMessage !== undefined && { welcomeMessage: text(b.welcomeMessage, 'branding.welcomeMessage', 500)! }),
    };
  }
  if (input.assistant) {
    const a = input.assistant;
    const next = {
      ...tenant.assistant,
      ...(a.name !== undefined && { name: text(a.name, 'assistant.name', 60, 1)! }),
      ...(a.persona !== undefined && { persona: text(a.persona, 'assistant.persona', 2000)! }),
      ...(a.greeting !== undefined && { greeting: text(a.greeting, 'assistant.greeting', 500)! }),
      ...(a.handoffThreshold !== undefined && { handoffThreshold: fraction(a.handoffThreshold, 'assistant.handoffThreshold')! }),
      ...(a.autoResolveThreshold !== undefined && { autoResolveThreshold: fraction(a.autoResolveThreshold, 'assistant.autoResolveThreshold')! }),
    };
    if (next.autoResolveThreshold < next.handoffThreshold) throw badInput('assistant.autoResolveThreshold must not be below handoffThreshold', 'assistant.autoResolveThreshold');
    tenant.assistant = next;
  }
  await ctx.em.flush();
  // Published only after the commit above: a subscriber re-reading the row sees the new values.
  ctx.services.events.publish(Topic.TENANT_UPDATED, { tenantId: tenant.id });
  return tenant.id;
}
