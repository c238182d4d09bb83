// Live chat rules: starting conversations, messages from both sides, take-over, hand-back,
// resolve/reopen/close. Every change runs through withLockedConversation (one transaction holding
// the conversation's row lock; state only through the lifecycle's transitions); messages and
// domain events go out after commit, and listeners (the assistant, routing…) react to them.
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { Topic } from '../../events/topics.js';
import { domainEvent } from '../../events/domain-events.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Channel, Conversation, ConversationStatus } from './conversation.entity.js';
import { Author } from './message.entity.js';
import { validateBody, validateClientMessageId } from './message.service.js';
import { maySee, visibilityScope, visibleConversation } from './conversation.access.js';
import { ConversationChange, factsOf, lockedView, withLockedConversation, type ConversationState, type LockedConversation } from './locked-conversation.js';
import { staffName } from './staff-name.js';
import { appendAtOnce } from './append-at-once.js';
import { limitCustomerMessages, limitNewConversations } from '../widget/widget-limits.js';
import { once, validateIdempotencyKey } from '../../idempotency/idempotency.js';

/**
 * A staff or widget request on a conversation the caller may see, in its tenant, on the request's
 * em. The lock's own statement is the visibility check: only a row of the caller's tenant (and,
 * for a widget client, of its contact) is locked at all, and maySee confirms it; anything else is
 * NOT_FOUND, like an id that does not exist.
 */
async function withVisibleConversation<T>(ctx: Context, conversationId: string, change: (lc: LockedConversation) => Promise<T>): Promise<T> {
  const scope = visibilityScope(ctx.viewer);
  if (!scope) throw notFound('Conversation');
  const may = (s: ConversationState) => maySee(ctx.viewer, { id: s.id, tenantId: s.tenantId, contactId: s.contactId, assigneeId: s.assigneeId, status: s.status });
  return withLockedConversation(ctx.services, scope, conversationId, change, ctx.em, may);
}

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
  let conversation!: Conversation;
  const change = new ConversationChange(tenantId, '');
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
      change.conversationId = conversation.id;
      if (body) await lockedView(em, conversation, change).append({ author: Author.CUSTOMER, authorContactId: contactId, body, clientMessageId });
      recordAudit(ctx, em, { action: 'conversation.started', resourceType: 'Conversation', resourceId: conversation.id, tenantId, after: { subject, channel: conversation.channel } });
      return conversation.id;
    }),
  );
  if (replayed) return conversationId;
  ctx.services.events.publish(Topic.CONVERSATION_UPDATED, { tenantId, conversationId, contactId, assigneeId: null, queueId: null });
  ctx.services.domainEvents.emit([domainEvent('conversation.created', tenantId, { ...factsOf(conversation), channel: conversation.channel })]);
  change.committed(ctx.services, conversation);
  return conversationId;
}

/** Where a message is appended as it is: a customer's reopens a resolved conversation (a transition), nobody writes to a closed one. */
const OPEN_TO_CUSTOMERS = [ConversationStatus.BOT, ConversationStatus.WAITING, ConversationStatus.OPEN];
const OPEN_TO_STAFF = [...OPEN_TO_CUSTOMERS, ConversationStatus.RESOLVED];

export async function sendMessage(ctx: Context, input: { conversationId: string; body: string; clientMessageId: string; private?: boolean | null }) {
  const body = validateBody(input.body);
  // Required: the key is what makes a retry after a lost answer return the stored message.
  const clientMessageId = validateClientMessageId(input.clientMessageId);
  if (!clientMessageId) throw badInput('clientMessageId is required', 'clientMessageId');
  const widget = ctx.viewer.kind === 'widget' ? ctx.viewer : null;
  if (widget && input.private) throw badInput('Customers cannot write internal notes', 'private');
  if (widget) await limitCustomerMessages(ctx, widget.contactId);
  // The common case in one statement (append-at-once.ts): a conversation the caller may see, open
  // to this message as it stands. Anything else takes the locked way below, which says why.
  const scope = visibilityScope(ctx.viewer);
  if (!scope) throw notFound('Conversation');
  const author = widget
    ? { author: Author.CUSTOMER, authorContactId: widget.contactId }
    : ctx.viewer.kind === 'user'
      ? { author: Author.AGENT, authorUserId: ctx.viewer.userId }
      : { author: Author.AGENT, authorUserId: null, authorName: 'API' };
  const statuses = widget ? OPEN_TO_CUSTOMERS : OPEN_TO_STAFF;
  const quick = await appendAtOnce(ctx.services, input.conversationId, { ...author, body, clientMessageId, private: !!input.private }, { ...scope, statuses });
  if (quick) return quick.event;
  return withVisibleConversation(ctx, input.conversationId, async (lc) => {
    // The state, not the entity: a plain message loads none (locked-row.ts).
    const status = lc.state.status;
    if (status === ConversationStatus.CLOSED) throw badInput('This conversation is closed: start a new one', 'conversationId');
    if (widget) {
      // A customer writing again reopens a resolved conversation (the assistant or the agent answers).
      if (status === ConversationStatus.RESOLVED) await lc.transition({ name: 'reopen' });
      return (await lc.append({ author: Author.CUSTOMER, authorContactId: widget.contactId, body, clientMessageId })).event;
    }
    const who = await staffName(lc.em, ctx);
    return (await lc.append({ author: Author.AGENT, authorUserId: who.id, authorName: who.name, body, clientMessageId, private: !!input.private })).event;
  });
}

export async function takeOver(ctx: Context, conversationId: string) {
  if (ctx.viewer.kind !== 'user') throw forbidden('Only a signed-in agent can take over');
  const me = ctx.viewer.userId;
  return withVisibleConversation(ctx, conversationId, async (lc) => {
    const c = lc.conversation;
    const who = await staffName(lc.em, ctx);
    const before = { handler: c.handler, status: c.status, assignee: c.assignee?.id ?? null };
    const done = await lc.transition({ name: 'takeOver', agent: { id: me, displayName: who.name } });
    if (done.changed) recordAudit(ctx, lc.em, { action: 'conversation.taken_over', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { handler: c.handler, status: c.status, assignee: me } });
    return c.id;
  });
}

export async function handBack(ctx: Context, conversationId: string) {
  if (ctx.viewer.kind === 'widget') throw forbidden();
  return withVisibleConversation(ctx, conversationId, async (lc) => {
    const c = lc.conversation;
    // Already with the assistant (e.g. a retry of this very request): nothing to do, no second system message.
    if (c.status === ConversationStatus.BOT) return c.id;
    assertMineOrManager(ctx, lc);
    const before = { handler: c.handler, status: c.status, assignee: c.assignee?.id ?? null };
    await lc.transition({ name: 'handBack' });
    recordAudit(ctx, lc.em, { action: 'conversation.handed_back', resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { handler: c.handler, status: c.status, assignee: null } });
    return c.id;
  });
}

function assertMineOrManager(ctx: Context, lc: LockedConversation) {
  const v = ctx.viewer;
  if (v.kind === 'widget') throw forbidden();
  const manager = (v.kind === 'user' || v.kind === 'apiKey') && v.permissions.has('conversations.assign');
  if (!manager && !(v.kind === 'user' && lc.conversation.assignee?.id === v.userId)) throw forbidden('Only the assigned agent or a manager can do this');
}

const STATUS_TRANSITIONS = { RESOLVED: 'resolve', CLOSED: 'close', REOPEN: 'reopen' } as const;

export async function setStatus(ctx: Context, conversationId: string, target: ConversationStatus.RESOLVED | ConversationStatus.CLOSED | 'REOPEN') {
  if (target === ConversationStatus.RESOLVED && ctx.viewer.kind === 'widget') throw forbidden();
  const name = STATUS_TRANSITIONS[target];
  return withVisibleConversation(ctx, conversationId, async (lc) => {
    const c = lc.conversation;
    const before = { status: c.status };
    const done = await lc.transition({ name });
    if (done.changed) recordAudit(ctx, lc.em, { action: `conversation.${name === 'resolve' ? 'resolved' : name === 'close' ? 'closed' : 'reopened'}`, resourceType: 'Conversation', resourceId: c.id, tenantId: c.tenant.id, before, after: { status: c.status } });
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
