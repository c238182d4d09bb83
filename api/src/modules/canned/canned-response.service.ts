// Canned responses: create / update / delete (each with its audit row in the same flush) and
// apply (render the template for one conversation, then send it as the agent's message).
// Shared responses (user null) need `conversations.manage` to write; personal ones belong to one
// user, and anyone else — other tenants, other users, managers included — gets NOT_FOUND for them.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { permissionsOf } from '../../auth/viewer.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { diff, recordAudit } from '../audit/audit.service.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { sendMessage } from '../conversations/conversation.service.js';
import { CannedResponse } from './canned-response.entity.js';
import { renderTemplate } from './canned-response.template.js';
import type { ApplyCannedResponseInput, CreateCannedResponseInput, UpdateCannedResponseInput } from './canned-response.inputs.js';
import { once } from '../../idempotency/idempotency.js';

/** Same rule as the table's CHECK constraint. */
export const SHORTCUT = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const MAX_CANNED_BODY = 5000;

function cleanShortcut(shortcut: string): string {
  if (!SHORTCUT.test(shortcut)) {
    throw badInput('shortcut must be 1–40 characters of a-z, 0-9, "_" or "-", starting with a letter or digit', 'shortcut');
  }
  return shortcut;
}

function cleanBody(body: string): string {
  if (!body.trim()) throw badInput('body is empty', 'body');
  if (body.length > MAX_CANNED_BODY) throw badInput(`body has at most ${MAX_CANNED_BODY} characters`, 'body');
  return body;
}

const mayManageShared = (ctx: Context) => permissionsOf(ctx.viewer).has('conversations.manage');
const myUserId = (ctx: Context) => (ctx.viewer.kind === 'user' ? ctx.viewer.userId : null);

const snapshot = (r: CannedResponse) => ({ shortcut: r.shortcut, body: r.body, ...(r.title ? { title: r.title } : {}), shared: r.user === null });

export const MAX_CANNED_TITLE = 120;

/** A title, or null for none (blank). */
function cleanTitle(title: string | null | undefined): string | null {
  const t = title?.trim() ?? '';
  if (!t) return null;
  if (t.length > MAX_CANNED_TITLE) throw badInput(`title has at most ${MAX_CANNED_TITLE} characters`, 'title');
  return t;
}

async function assertShortcutFree(em: EntityManager, tenantId: string, userId: string | null, shortcut: string, exceptId?: string) {
  const taken = await em.count(CannedResponse, {
    tenant: tenantId,
    user: userId,
    shortcut,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  }, { filters: false });
  if (taken) throw duplicate(shortcut, userId);
}

const duplicate = (shortcut: string, userId: string | null) =>
  conflict(`${userId ? 'You already have' : 'Your tenant already has'} a ${userId ? 'personal' : 'shared'} canned response /${shortcut}`);

/** Flush; a concurrent insert of the same shortcut (the unique index) is a CONFLICT too. */
async function flushUnique(em: EntityManager, shortcut: string, userId: string | null) {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw duplicate(shortcut, userId);
    throw e;
  }
}

export async function createCannedResponse(ctx: Context, input: CreateCannedResponseInput): Promise<{ id: string; tenantId: string }> {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') throw forbidden();
  const shared = !!input.shared;
  if (shared && !mayManageShared(ctx)) throw forbidden('Only managers can create shared canned responses');
  const shortcut = cleanShortcut(input.shortcut);
  const body = cleanBody(input.body);
  const title = cleanTitle(input.title);
  const tenantId = v.tenantId;
  if (!tenantId) throw badInput('Canned responses belong to a tenant: sign in as a member of it');
  if (!shared && v.kind !== 'user') throw badInput('API keys have no personal canned responses: create a shared one (`shared: true`)', 'shared');
  const userId = shared ? null : myUserId(ctx);
  const { result: id } = await ctx.em.transactional((em) =>
    once(ctx, em, 'createCannedResponse', input, async () => {
      await assertShortcutFree(em, tenantId, userId, shortcut);
      const response = Object.assign(new CannedResponse(), {
        tenant: em.getReference(Tenant, tenantId),
        user: userId ? em.getReference(User, userId) : null,
        shortcut,
        body,
        title,
      });
      em.persist(response);
      recordAudit(ctx, em, { action: 'canned_response.created', resourceType: 'CannedResponse', resourceId: response.id, tenantId, after: snapshot(response) });
      await flushUnique(em, shortcut, userId);
      return response.id;
    }),
  );
  return { id, tenantId };
}

/** A response the caller may change: NOT_FOUND outside the tenant and for others' personal ones. */
async function loadWritable(ctx: Context, id: string): Promise<CannedResponse> {
  const v = ctx.viewer;
  if (v.kind !== 'user' && v.kind !== 'apiKey') throw forbidden();
  // The request's tenant filter hides other tenants' rows; platform admins look across tenants.
  const platform = !v.tenantId;
  const response = isUuid(id) ? await ctx.em.findOne(CannedResponse, { id }, platform ? { filters: false } : {}) : null;
  if (!response) throw notFound('Canned response');
  if (response.user && response.user.id !== myUserId(ctx)) throw notFound('Canned response');
  if (!response.user && !mayManageShared(ctx)) throw forbidden('Only managers can change shared canned responses');
  return response;
}

export async function updateCannedResponse(ctx: Context, input: UpdateCannedResponseInput): Promise<{ id: string; tenantId: string }> {
  const response = await loadWritable(ctx, input.id);
  const em = ctx.em;
  const before = snapshot(response);
  if (input.body !== undefined && input.body !== null) response.body = cleanBody(input.body);
  if (input.title !== undefined && input.title !== null) response.title = cleanTitle(input.title);
  const userId = response.user?.id ?? null;
  if (input.shortcut !== undefined && input.shortcut !== null && input.shortcut !== response.shortcut) {
    response.shortcut = cleanShortcut(input.shortcut);
    await assertShortcutFree(em, response.tenant.id, userId, response.shortcut, response.id);
  }
  // Recorded even when nothing changed: the caller did ask.
  recordAudit(ctx, em, { action: 'canned_response.updated', resourceType: 'CannedResponse', resourceId: response.id, tenantId: response.tenant.id, ...diff(before, snapshot(response)) });
  await flushUnique(em, response.shortcut, userId);
  return { id: response.id, tenantId: response.tenant.id };
}

export async function deleteCannedResponse(ctx: Context, id: string): Promise<{ id: string; tenantId: string }> {
  const response = await loadWritable(ctx, id);
  const em = ctx.em;
  const tenantId = response.tenant.id;
  recordAudit(ctx, em, { action: 'canned_response.deleted', resourceType: 'CannedResponse', resourceId: response.id, tenantId, before: snapshot(response) });
  em.remove(response);
  await em.flush();
  return { id: response.id, tenantId };
}

interface ApplyRow extends Record<string, unknown> {
  body: string | null;
  contact_name: string | null;
  contact_email: string | null;
  agent_name: string | null;
  tenant_name: string | null;
}

// One statement: the caller's personal response for the shortcut (else the shared one) and every
// value a template may use, read in the conversation's tenant.
const APPLY_SQL = `
  select (select r.body from canned_responses r
           where r.tenant_id = v.tenant_id and r.shortcut = $4 and (r.user_id is null or r.user_id = $3::uuid)
           order by r.user_id is null limit 1) as body,
         k.name as contact_name, k.email as contact_email,
         (select u.display_name from users u where u.id = $3::uuid) as agent_name,
         t.name as tenant_name
    from conversations v
    join contacts k on k.id = v.contact_id and k.tenant_id = v.tenant_id
    join tenants t on t.id = v.tenant_id
   where v.id = $1::uuid and v.tenant_id = $2::uuid`;

/**
 * Render the response for this conversation and send it with `sendMessage`, so it gets its seq,
 * idempotency by clientMessageId and its events like any agent message. No audit row of its
 * own: like sendMessage, the stored message (author, seq, time) is the record.
 */
export async function applyCannedResponse(ctx: Context, input: ApplyCannedResponseInput) {
  const { conversationId, body } = await renderCannedResponse(ctx, input.conversationId, input.shortcut);
  return sendMessage(ctx, { conversationId, body, clientMessageId: input.clientMessageId, private: false });
}

/**
 * The response for `shortcut` (your personal one, else the shared one) with its variables filled
 * in for this conversation, without sending it: the console puts it in the composer to edit.
 */
export async function renderCannedResponse(ctx: Context, conversationId: string, shortcutTyped: string): Promise<{ conversationId: string; body: string }> {
  if (ctx.viewer.kind !== 'user' && ctx.viewer.kind !== 'apiKey') throw forbidden();
  const shortcut = cleanShortcut(shortcutTyped.startsWith('/') ? shortcutTyped.slice(1) : shortcutTyped);
  const ref = await visibleConversation(ctx, conversationId);
  const [row] = await ctx.services.readPool.query<ApplyRow>(APPLY_SQL, [ref.id, ref.tenantId, myUserId(ctx), shortcut]);
  if (!row?.body) throw notFound('Canned response');
  const body = renderTemplate(row.body, { contactName: row.contact_name, contactEmail: row.contact_email, agentName: row.agent_name, tenantName: row.tenant_name });
  return { conversationId: ref.id, body };
}
