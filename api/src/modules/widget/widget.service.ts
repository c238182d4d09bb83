// The widget's public entry points. A widget key identifies a tenant and grants nothing alone:
// it yields the public configuration and an anonymous contact. A contact is *identified* (linked
// to the host site's external id) only with a valid HMAC of that id, so nobody can take over a
// customer's history by guessing or copying an external id.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { hmacSha256Hex, safeEqual } from '../../auth/secrets.js';
import { isUuid } from '../../graphql/ids.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { Tenant, TenantStatus, type TenantAssistantSettings, type TenantBranding, type TenantCsatSettings } from '../tenants/tenant.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { EMAIL } from '../contacts/contact-email.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { StartWidgetSessionInput, WidgetConfigType, WidgetSessionType } from './widget.types.js';
import { limitWidgetSessions } from './widget-limits.js';

const MAX_WIDGET_KEY = 200;
const MAX_TOKEN = 4096;
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/** Unknown and suspended tenants answer alike: a key reveals nothing about a tenant's state. */
const unknownWidget = () => notFound('Widget');

function optionalText(value: string | null | undefined, field: string, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value.trim();
  if (v.length > max) throw badInput(`${field} must be at most ${max} characters`, field);
  return v || undefined;
}

interface CleanInput {
  name?: string;
  email?: string;
  externalId?: string;
  identityHash?: string;
  contactToken?: string;
}

function cleanInput(input: StartWidgetSessionInput): CleanInput {
  const name = optionalText(input.name, 'name', 200);
  const email = optionalText(input.email, 'email', 320)?.toLowerCase();
  if (email !== undefined && !EMAIL.test(email)) throw badInput('email is not a valid e-mail address', 'email');
  const externalId = optionalText(input.externalId, 'externalId', 200);
  const identityHash = optionalText(input.identityHash, 'identityHash', 128)?.toLowerCase();
  if (identityHash !== undefined && externalId === undefined) throw badInput('identityHash needs the externalId it was computed for', 'externalId');
  const contactToken = optionalText(input.contactToken, 'contactToken', MAX_TOKEN);
  return { name, email, externalId, identityHash, contactToken };
}

/** The public configuration of the widget with this key (one statement, no entity hydration). */
export async function widgetConfig(ctx: Context, widgetKey: string): Promise<WidgetConfigType> {
  if (!widgetKey || widgetKey.length > MAX_WIDGET_KEY) throw unknownWidget();
  const [row] = await ctx.services.readPool.query<{
    name: string;
    status: string;
    branding: TenantBranding;
    assistant: TenantAssistantSettings;
    require_identity_verification: boolean;
    csat: TenantCsatSettings;
  }>('select name, status, branding, assistant, require_identity_verification, csat from tenants where widget_key = $1', [widgetKey]);
  if (!row || row.status !== TenantStatus.ACTIVE) throw unknownWidget();
  return {
    tenantName: row.name,
    branding: row.branding,
    assistantName: row.assistant.name,
    greeting: row.assistant.greeting,
    identityVerificationRequired: row.require_identity_verification,
    csat: row.csat,
  };
}

/**
 * Is `externalId` vouched for by the host site? True only for a valid HMAC under the tenant's
 * secret; a hash that does not match is an error (never a silent fall-back to anonymous, so a
 * misconfigured site notices). A tenant without a secret cannot verify anything: anonymous.
 */
function verifiedExternalId(ctx: Context, tenant: Tenant, input: CleanInput): string | undefined {
  if (input.externalId === undefined || input.identityHash === undefined) return undefined;
  if (!tenant.identitySecretEncrypted) return undefined;
  const secret = ctx.services.secretBox.decrypt(tenant.identitySecretEncrypted);
  const expected = hmacSha256Hex(secret, input.externalId);
  if (!HEX_SHA256.test(input.identityHash) || !safeEqual(expected, input.identityHash)) {
    throw badInput('identityHash does not match externalId', 'identityHash');
  }
  return input.externalId;
}

/** The contact id a previously issued widget token stands for, if it is valid for this tenant. */
async function resumableContactId(ctx: Context, tenant: Tenant, token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  const claims = await ctx.services.tokens.verifyWidget(token);
  if (!claims || claims.tenantId !== tenant.id || !isUuid(claims.contactId)) return undefined;
  return claims.contactId;
}

type Outcome = 'identified_existing' | 'identified_new' | 'resumed' | 'new';

async function resolveContact(
  em: EntityManager,
  tenant: Tenant,
  input: CleanInput,
  externalId: string | undefined,
  resumeId: string | undefined,
): Promise<{ contact: Contact; outcome: Outcome }> {
  if (externalId !== undefined) {
    const found = await em.findOne(Contact, { externalId });
    if (found) {
      found.identified = true;
      return { contact: found, outcome: 'identified_existing' };
    }
    const contact = Object.assign(new Contact(), { tenant: em.getReference(Tenant, tenant.id), externalId, identified: true });
    em.persist(contact);
    return { contact, outcome: 'identified_new' };
  }
  if (resumeId) {
    const found = await em.findOne(Contact, { id: resumeId });
    if (found) return { contact: found, outcome: 'resumed' };
  }
  // Anonymous: an unverified external id is never looked up and never stored.
  const contact = Object.assign(new Contact(), { tenant: em.getReference(Tenant, tenant.id) });
  em.persist(contact);
  return { contact, outcome: 'new' };
}

export async function startWidgetSession(ctx: Context, raw: StartWidgetSessionInput): Promise<WidgetSessionType> {
  const input = cleanInput(raw);
  if (!raw.widgetKey || raw.widgetKey.length > MAX_WIDGET_KEY) throw unknownWidget();
  const tenant = await ctx.em.findOne(Tenant, { widgetKey: raw.widgetKey }, { populate: ['identitySecretEncrypted'] });
  if (!tenant || tenant.status !== TenantStatus.ACTIVE) throw unknownWidget();
  await limitWidgetSessions(ctx, tenant.id);

  const externalId = verifiedExternalId(ctx, tenant, input);
  // With verification required, a claimed identity must be proven in this call: an externalId
  // without a valid identityHash is refused, not silently made anonymous, so a site that forgot
  // to sign its users notices at once. Anonymous visitors still chat (an email they type stays an
  // unverified attribute: the contact is not `identified`).
  if (tenant.requireIdentityVerification && externalId === undefined && input.externalId !== undefined) {
    throw badInput('This widget requires verified identities: send the identityHash computed for this externalId', 'identityHash');
  }
  const resumeId = await resumableContactId(ctx, tenant, input.contactToken);

  const attempt = () =>
    ctx.em.transactional(async (em) => {
      // The caller is anonymous (or someone else's): scope this fork to the widget's tenant, so
      // every contact lookup below stays inside it.
      em.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
      const { contact, outcome } = await resolveContact(em, tenant, input, externalId, resumeId);
      if (input.name !== undefined) contact.name = input.name;
      if (input.email !== undefined) contact.email = input.email;
      const issued = await ctx.services.tokens.issueWidget({ contactId: contact.id, tenantId: tenant.id });
      recordAudit(ctx, em, {
        action: 'widget.session_started',
        resourceType: 'Contact',
        resourceId: contact.id,
        tenantId: tenant.id,
        actor: { kind: ActorKind.CONTACT, id: contact.id },
        after: { outcome, identified: contact.identified, externalId: contact.externalId, name: contact.name, email: contact.email },
      });
      return { token: issued.token, expiresAt: issued.expiresAt, contactId: contact.id, tenantId: tenant.id };
    });

  try {
    return await attempt();
  } catch (e) {
    // Two first sessions of one identified customer at once: the other one created the contact.
    if (externalId !== undefined && e instanceof UniqueConstraintViolationException) return attempt();
    throw e;
  }
}
