// Live chat rules: starting conversations, messages from both sides, take-over, hand-back,
// resolve/reopen/close. Every change runs in one transaction that holds the conversation's row
// lock; events are published after commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { Topic } from '../../events/topics.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { User } from '../users/user.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Channel, Conversation, ConversationStatus, Handler } from './conversation.entity.js';
import { Author } from './message.entity.js';
import { appendMessage, lockConversation, publishCommitted, validateBody, validateClientMessageId, type Appended } from './message.service.js';
import { visibleConversation } from './conversation.access.js';
import { assignWaiting, publishQueueUpdated, recordAssignment, requestHuman, TAKES_CONVERSATIONS } from '../routing/routing.service.js';
import { Queue } from '../routing/queue.entity.js';
import { isUuid } from '../../graphql/ids.js';
import { limitCustomerMessages, limitNewConversations } from '../widget/widget-limits.js';
import { once, validateIdempotencyKey } from '../../idempotency/idempotency.js';

export function publishConversation(ctx: Context, c: Conversation): void {
  ctx.services.events.publish(Topic.CONVERSATION_UPDATED, {
    tenantId: c.tenant.id,
    conversationId: c.id,
    contactId: c.contact.id,
    assigneeId: c.assignee?.id ?? null,
    queueId: c.queue?.id ?? null,
  });
}

async function staffName(em: EntityManager, ctx: Context): Promise<{ id: string | null; name: string }> {
  if (ctx.viewer.kind === 'user') {
    const user = await em.findOneOrFail(User, { id: ctx.viewer.userId }, { filters: false });
    return { id: user.id, name: user.displayName };
  }
  return { id: null, name: 'API' };
}

/** Run `change` on the locked conversation; commit; then publish the messages and the update. */
type AfterCommit = (() => Promise<unknown> | void)[];

async function withConversation<T>(
  ctx: Context,
  conversationId: string,
  change: (em: EntityManager, c: Conversation, appended: Appended[], afterCommit: AfterCommit) => Promise<T>,
): Promise<T> {
  const ref = await visibleConversation(ctx, conversationId);
  const appended: Appended[] = [];
  const afterCommit: AfterCommit = [];
  const before: { status?: ConversationStatus; handler?: Handler; assignee?: string | null } = {};
  let conversation!: Conversation;
  const result = await ctx.em.transactional(async (em) => {
    // Widget and staff requests both act inside the conversation's tenant.
    em.setFilterParams('tenant', { tenantId: ref.tenantId });
    conversation = await lockConversation(em, ref.id);
    Object.assign(before, { status: conversation.status, handler: conversation.handler, assignee: conversation.assignee?.id ?? null });
    return change(em, conversation, appended, afterCommit);
  });
  publishCommitted(ctx.services, ref.tenantId, ref.id, appended);
  const c = conversation;
  if (before.status !== c.status || before.handler !== c.handler || before.assignee !== (c.assignee?.id ?? null)) publishConversation(ctx, c);
  for (const fn of afterCommit) {
    // Routing after commit is best effort: the routing sweeper retries what fails here.
    await Promise.resolve(fn()).catch((e) => ctx.log.warn({ err: e }, 'after-commit step failed'));
  }
  return result;
}

/** Capacity may have freed: offer waiting conversations of the tenant to agents. */
const reofferWaiting = (ctx: Context, tenantId: string) => () => assignWaiting(ctx.services, tenantId);

export async function startConversation(ctx: Context, input: { subject?: string | null; body?: string | null; clientMessageId?: string | null; idempotencyKey: string }) {
  if (ctx.viewer.kind !== 'widget') throw forbidden();
  const { contactId, tenantId } = ctx.viewer;
  const subject = input.subject?.trim() || null;
  if (subject && subject.length > 200) throw badInput('subject has at most 200 characters', 'subject');
  const body = input.body != null ? validateBody(input.body) : null;
  const clientMessageId = validateClientMessageId(input.clientMessageId);
  // A retry after a lost answer must find the conversation it opened, not open a second one.
  if (!validateIdempotencyKey(input.idempotencyKey)) throw badInput('idempotencyKey is required', 'idempotencyKey');
  await limitNewConversations(ctx, contactId);
  if (body) await limitCustomerMessages(ctx, contactId);
  const appended: Appended[] = [];
  let conversation!: Conversation;
  const { result: conversationId, replayed } = await ctx.em.transactional((em) =>
    once(ctx, em, 'startConversation', input, async () => {
      conversation = Object.assign(new Conversation(), {
        tenant: em.getReference(Tenant, tenantId),
        contact: em.getReference(Contact, contactId),
        channel: Channel.WIDGET,
        subject,
        ip: ctx.ip,
        userAgent: ctx.userAgent?.slice(0, 500) ?? null,
      });
      em.persist(conversation);
      if (body) appended.push(await appendMessage(em, conversation, { author: Author.CUSTOMER, authorContactId: contactId, body, clientMessageId }));
      recordAudit(ctx, em, { action: 'conversation.started', resourceType: 'Conversation', resourceId: conversation.id, tenantId, after: { subject, channel: conversation.channel } });
      return conversation.id;
    }),
  );
  if (replayed) return conversationId;
  publishCommitted(ctx.services, tenantId, conversation.id, appended);
  publishConversation(ctx, conversation);
  if (appended.length) ctx.services.assistant.onCustomerMessage(tenantId, conversation.id, appended[0].message.seq);
  return conversation.id;
}

export async function sendMessage(ctx: Context, input: { conversationId: string; body: string; clientMessageId: string; private?: boolean | null }) {
  const body = validateBody(input.body);
  // Required: the key is what makes a retry after a lost answer return the stored message.
  const clientMessageId = validateClientMessageId(input.clientMessageId);
  if (!clientMessageId) throw badInput('clientMessageId is required', 'clientMessageId');
  const widget = ctx.viewer.kind === 'widget' ? ctx.viewer : null;
  if (widget && input.private) throw badInput('Customers cannot write internal notes', 'private');
  if (widget) await limitCustomerMessages(ctx, widget.contactId);
  return withConversation(ctx, input.conversationId, async (em, c, appended, afterCommit) => {
    if (c.status === ConversationStatus.CLOSED) throw badInput('This conversation is closed: start a new one', 'conversationId');
    if (widget) {
      if (c.status === ConversationStatus.RESOLVED) reopen(c);
      const a = await appendMessage(em, c, { author: Author.CUSTOMER, authorContactId: widget.contactId, body, clientMessageId });
      appended.push(a);
      if (a.created && c.handler === Handler.AI && c.status === ConversationStatus.BOT) afterCommit.push(() => ctx.services.assistant.onCustomerMessage(c.tenant.id, c.id, a.message.seq));
      return a.event;
    }
    const who = await staffName(em, ctx);
    const a = await appendMessage(em, c, { author: Author.AGENT, authorUserId: who.id, authorName: who.name, body, clientMessageId, private: !!input.private });
    appended.push(a);
    return a.event;
  });
}

function reopen(c: Conversation) {
  c.status = c.handler === Handler.HUMAN ? (c.assignee ? ConversationStatus.OPEN : ConversationStatus.WAITING) : ConversationStatus.BOT;
  if (c.status === ConversationStatus.WAITING) c.waitingSince = new Date(); // back of the line
  c.resolvedAt = null;
  c.reopenCount++;
}

async function system(em: EntityManager, c: Conversation, appended: Appended[], body: string) {
  appended.push(await appendMessage(em, c, { author: Author.SYSTEM, body }));
}

export async function takeOver(ctx: Context, conversationId: string) {
  if (ctx.viewer.kind !== 'user') throw forbidden('Only a signed-in agent can take over');
  const me = ctx.viewer.userId;
  return withConversation(ctx, conversationId, async (em, c, appended, afterCommit) => {
    if (c.status === ConversationStatus.CLOSED) throw badInput('This conversation is closed', 'conversationId');
    if (c.handler === Handler.HUMAN && c.assignee && c.assignee.id !== me) throw conflict('Another agent already has this conversation');
    if (c.handler === Handler.HUMAN && c.assignee?.id === me) return c.id; // already mine: nothing to do
    const who = await staffName(em, ctx);
    const before = { handler: c.handler, status: c.status, assignee: c.assignee?.id ?? null };
    const wasWaiting = c.status === ConversationStatus.WAITING;
    c.handler = Handler.HUMAN;
    c.assignee = em.getReference(User, me, { wrapped: true });
    c.status = ConversationStatus.OPEN;
    c.waitingSince = null;
    await recordAssignment(em, { tenantId: c.tenant.id, conversationId: c.id, userId: me, queueId: c.queue?.id ?? null, via: 'MANUAL' });
    await system(em, c, appended, `${who.name} joined the conversation`);
    if (wasWaiting) afterCommit.push(() => publishQueueUpdated(ctx.services, c.tenant.id, c.queue?.id ?? null));
    recordAudit(ctx, em, { action: 'conversation.taken_over', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { handler: c.handler, status: c.status, assignee: me } });
    return c.id;
  });
}

export async function handBack(ctx: Context, conversationId: string) {
  return withConversation(ctx, conversationId, async (em, c, appended, afterCommit) => {
    if (ctx.viewer.kind === 'widget') throw forbidden();
    // Already with the assistant (e.g. a retry of this very request): nothing to do, no second system message.
    if (c.handler === Handler.AI && c.status === ConversationStatus.BOT && !c.assignee) return c.id;
    assertMineOrManager(ctx, c);
    if (c.assignee) afterCommit.push(reofferWaiting(ctx, c.tenant.id));
    const before = { handler: c.handler, status: c.status, assignee: c.assignee?.id ?? null };
    c.handler = Handler.AI;
    c.assignee = null;
    c.status = ConversationStatus.BOT;
    c.aiFailedAttempts = 0;
    c.waitingSince = null;
    await system(em, c, appended, 'The assistant is back in this conversation');
    recordAudit(ctx, em, { action: 'conversation.handed_back', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { handler: c.handler, status: c.status, assignee: null } });
    return c.id;
  });
}

function assertMineOrManager(ctx: Context, c: Conversation) {
  const v = ctx.viewer;
  if (v.kind === 'widget') throw forbidden();
  const manager = (v.kind === 'user' || v.kind === 'apiKey') && v.permissions.has('conversations.assign');
  if (!manager && !(v.kind === 'user' && c.assignee?.id === v.userId)) throw forbidden('Only the assigned agent or a manager can do this');
}

export async function setStatus(ctx: Context, conversationId: string, target: ConversationStatus.RESOLVED | ConversationStatus.CLOSED | 'REOPEN') {
  return withConversation(ctx, conversationId, async (em, c, appended, afterCommit) => {
    const before = { status: c.status };
    if (target !== 'REOPEN' && c.assignee) afterCommit.push(reofferWaiting(ctx, c.tenant.id));
    if (target !== 'REOPEN' && c.status === ConversationStatus.WAITING) afterCommit.push(() => publishQueueUpdated(ctx.services, c.tenant.id, c.queue?.id ?? null));
    if (target === 'REOPEN') {
      if (c.status === ConversationStatus.CLOSED) throw badInput('Only a resolved conversation can be reopened', 'conversationId');
      if (c.status !== ConversationStatus.RESOLVED) return c.id; // already open (e.g. a retry): nothing to do
      reopen(c);
    } else if (target === ConversationStatus.RESOLVED) {
      if (ctx.viewer.kind === 'widget') throw forbidden();
      if (c.status === ConversationStatus.CLOSED) throw badInput('This conversation is closed', 'conversationId');
      if (c.status === ConversationStatus.RESOLVED) return c.id;
      c.status = ConversationStatus.RESOLVED;
      c.resolvedAt = new Date();
      c.waitingSince = null;
      await system(em, c, appended, 'This conversation was marked as resolved');
    } else {
      if (c.status === ConversationStatus.CLOSED) return c.id;
      c.status = ConversationStatus.CLOSED;
      c.resolvedAt ??= new Date();
      c.waitingSince = null;
    }
    const action = target === 'REOPEN' ? 'conversation.reopened' : target === ConversationStatus.RESOLVED ? 'conversation.resolved' : 'conversation.closed';
    recordAudit(ctx, em, { action, resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { status: c.status } });
    return c.id;
  });
}

export async function setTyping(ctx: Context, conversationId: string, typing: boolean) {
  const ref = await visibleConversation(ctx, conversationId);
  let name: string | null = null;
  if (ctx.viewer.kind === 'user') {
    const [row] = await ctx.services.readPool.query<{ display_name: string }>('select display_name from users where id = $1', [ctx.viewer.userId]);
    name = row?.display_name ?? null;
  }
  ctx.services.events.publishTo(Topic.TYPING, ref.id, { tenantId: ref.tenantId, conversationId: ref.id, who: ctx.viewer.kind === 'widget' ? 'CUSTOMER' : 'AGENT', name, typing });
  return true;
}

/** The customer (or an agent) asks for a human: the conversation joins a queue and is routed. */
export async function requestHumanAgent(ctx: Context, conversationId: string, queueId?: string | null) {
  return withConversation(ctx, conversationId, async (em, c, appended, afterCommit) => {
    if (c.status === ConversationStatus.CLOSED) throw badInput('This conversation is closed', 'conversationId');
    if (queueId && (!isUuid(queueId) || !(await em.count(Queue, { id: queueId })))) throw notFound('Queue');
    const before = { status: c.status, handler: c.handler };
    const routed = await requestHuman(ctx, em, c, { queueId });
    if (routed.unchanged) return c.id;
    if (routed.assignedTo) await system(em, c, appended, `${routed.assignedTo.displayName} joined the conversation`);
    else await system(em, c, appended, 'You are in line for an agent; we will be with you shortly');
    recordAudit(ctx, em, { action: 'conversation.human_requested', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { status: c.status, handler: c.handler, queueId: routed.queueId } });
    afterCommit.push(() => publishQueueUpdated(ctx.services, c.tenant.id, routed.queueId));
    return c.id;
  });
}

/** Give the conversation to another agent, or put it back in a queue, with an internal note. */
export async function transferConversation(ctx: Context, input: { conversationId: string; toUserId?: string | null; toQueueId?: string | null; note?: string | null; idempotencyKey?: string | null }) {
  if (!input.toUserId === !input.toQueueId) throw badInput('Name exactly one of toUserId or toQueueId', 'toUserId');
  const note = input.note?.trim() ? validateBody(input.note) : null;
  const change = await withConversation(ctx, input.conversationId, (em, c, appended, afterCommit) =>
    once(ctx, em, 'transferConversation', input, () => transferLocked(ctx, em, c, appended, afterCommit, input, note)),
  );
  return change.result;
}

async function transferLocked(
  ctx: Context,
  em: EntityManager,
  c: Conversation,
  appended: Appended[],
  afterCommit: AfterCommit,
  input: { toUserId?: string | null; toQueueId?: string | null },
  note: string | null,
): Promise<string> {
  assertMineOrManager(ctx, c);
  if (c.status === ConversationStatus.CLOSED) throw badInput('This conversation is closed', 'conversationId');
  const before = { assignee: c.assignee?.id ?? null, queueId: c.queue?.id ?? null, status: c.status };
  const who = await staffName(em, ctx);
  if (note) appended.push(await appendMessage(em, c, { author: Author.AGENT, authorUserId: who.id, authorName: who.name, body: note, private: true }));
  if (before.assignee) afterCommit.push(reofferWaiting(ctx, c.tenant.id));
  if (input.toUserId) {
    const target = isUuid(input.toUserId) ? await em.findOne(User, { id: input.toUserId, tenant: c.tenant.id, active: true }) : null;
    if (!target) throw notFound('User');
    // A viewer or an admin would never see it in a queue of theirs: only people who take chats.
    if (!TAKES_CONVERSATIONS.includes(target.role)) throw badInput(`${target.displayName} does not take conversations (only agents and managers do)`, 'toUserId');
    c.handler = Handler.HUMAN;
    c.assignee = em.getReference(User, target.id, { wrapped: true });
    c.status = ConversationStatus.OPEN;
    c.waitingSince = null;
    await recordAssignment(em, { tenantId: c.tenant.id, conversationId: c.id, userId: target.id, queueId: c.queue?.id ?? null, via: 'MANUAL' });
    await system(em, c, appended, `${target.displayName} joined the conversation`);
  } else {
    if (!isUuid(input.toQueueId!) || !(await em.count(Queue, { id: input.toQueueId! }))) throw notFound('Queue');
    c.assignee = null;
    c.status = ConversationStatus.WAITING;
    const routed = await requestHuman(ctx, em, c, { queueId: input.toQueueId });
    if (routed.assignedTo) await system(em, c, appended, `${routed.assignedTo.displayName} joined the conversation`);
    afterCommit.push(() => publishQueueUpdated(ctx.services, c.tenant.id, routed.queueId));
  }
  recordAudit(ctx, em, { action: 'conversation.transferred', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { assignee: c.assignee?.id ?? null, queueId: c.queue?.id ?? null, status: c.status } });
  return c.id;
}

/**
 * Read receipts: one conditional UPDATE, never backwards, never past the last message. Not
 * audited (like heartbeats: a receipt, not a change of record).
 */
export async function markRead(ctx: Context, conversationId: string, seq: number) {
  if (!Number.isInteger(seq) || seq < 0) throw badInput('seq must be a whole number ≥ 0', 'seq');
  const ref = await visibleConversation(ctx, conversationId);
  const column = ctx.viewer.kind === 'widget' ? 'customer_last_read_seq' : 'agent_last_read_seq';
  await ctx.services.readPool.query(
    `update conversations set ${column} = least(greatest(${column}, $2), last_seq) where id = $1 and tenant_id = $3`,
    [ref.id, seq, ref.tenantId],
  );
  return ref.id;
}
