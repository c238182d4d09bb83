// People moving conversations between the assistant, queues and each other: a customer (or an
// agent) asks for a human; an agent or manager transfers a conversation to a person or a queue.
// State changes go through the conversation lifecycle (withLockedConversation); routing decides
// the queue and the person.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { once } from '../../idempotency/idempotency.js';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../users/user.entity.js';
import { Author } from '../conversations/message.entity.js';
import { validateBody } from '../conversations/message.service.js';
import { visibleConversation } from '../conversations/conversation.access.js';
import { withLockedConversation, type LockedConversation } from '../conversations/locked-conversation.js';
import { staffName } from '../conversations/staff-name.js';
import { Queue } from './queue.entity.js';
import { requestHuman, TAKES_CONVERSATIONS } from './routing.service.js';

/** The customer (or an agent) asks for a human: the conversation joins a queue and is routed. */
export async function requestHumanAgent(ctx: Context, conversationId: string, queueId?: string | null) {
  const ref = await visibleConversation(ctx, conversationId);
  return withLockedConversation(ctx.services, ref.tenantId, ref.id, async (lc) => {
    const c = lc.conversation;
    if (queueId && !(await queueExists(lc.em, queueId))) throw notFound('Queue');
    const before = { status: c.status, handler: c.handler };
    const routed = await requestHuman(lc, { queueId, reason: 'CUSTOMER_ASKED' });
    if (routed.unchanged) return c.id;
    recordAudit(ctx, lc.em, { action: 'conversation.human_requested', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { status: c.status, handler: c.handler, queueId: routed.queueId } });
    return c.id;
  }, ctx.em);
}

const queueExists = async (em: EntityManager, id: string) => isUuid(id) && (await em.count(Queue, { id })) > 0;

function assertMineOrManager(ctx: Context, lc: LockedConversation) {
  const v = ctx.viewer;
  if (v.kind === 'widget') throw forbidden();
  const manager = (v.kind === 'user' || v.kind === 'apiKey') && v.permissions.has('conversations.assign');
  if (!manager && !(v.kind === 'user' && lc.conversation.assignee?.id === v.userId)) throw forbidden('Only the assigned agent or a manager can do this');
}

/** Give the conversation to another agent, or put it back in a queue, with an internal note. */
export async function transferConversation(ctx: Context, input: { conversationId: string; toUserId?: string | null; toQueueId?: string | null; note?: string | null; idempotencyKey?: string | null }) {
  if (!input.toUserId === !input.toQueueId) throw badInput('Name exactly one of toUserId or toQueueId', 'toUserId');
  const note = input.note?.trim() ? validateBody(input.note) : null;
  const ref = await visibleConversation(ctx, input.conversationId);
  const change = await withLockedConversation(ctx.services, ref.tenantId, ref.id, (lc) => once(ctx, lc.em, 'transferConversation', input, () => transferLocked(ctx, lc, input, note)), ctx.em);
  return change.result;
}

async function transferLocked(ctx: Context, lc: LockedConversation, input: { toUserId?: string | null; toQueueId?: string | null }, note: string | null): Promise<string> {
  const { em, conversation: c } = lc;
  assertMineOrManager(ctx, lc);
  const before = { assignee: c.assignee?.id ?? null, queueId: c.queue?.id ?? null, status: c.status };
  const who = await staffName(em, ctx);
  if (input.toUserId) {
    const target = isUuid(input.toUserId) ? await em.findOne(User, { id: input.toUserId, tenant: c.tenant.id, active: true }) : null;
    if (!target) throw notFound('User');
    // A viewer or an admin would never see it in a queue of theirs: only people who take chats.
    if (!TAKES_CONVERSATIONS.includes(target.role)) throw badInput(`${target.displayName} does not take conversations (only agents and managers do)`, 'toUserId');
    if (note) await lc.append({ author: Author.AGENT, authorUserId: who.id, authorName: who.name, body: note, private: true });
    await lc.transition({ name: 'transfer', toAgent: { id: target.id, displayName: target.displayName }, byUserId: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null });
  } else {
    if (!(await queueExists(em, input.toQueueId!))) throw notFound('Queue');
    if (note) await lc.append({ author: Author.AGENT, authorUserId: who.id, authorName: who.name, body: note, private: true });
    await lc.transition({ name: 'transfer', toQueueId: input.toQueueId! });
    await requestHuman(lc, { queueId: input.toQueueId }); // someone free in that queue gets it now
  }
  recordAudit(ctx, em, { action: 'conversation.transferred', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { assignee: c.assignee?.id ?? null, queueId: c.queue?.id ?? null, status: c.status } });
  return c.id;
}
