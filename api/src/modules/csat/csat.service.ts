// submitCsat: a widget customer rates the resolution of their own conversation, once per
// resolution cycle (the conversation's reopenCount). Checked and written in one transaction that
// holds the conversation's row lock (a concurrent reopen or second rating waits); `customer.rated`
// is emitted after the commit.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, conflict, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { domainEvent } from '../../events/domain-events.js';
import { Topic } from '../../events/topics.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation, ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author, Message } from '../conversations/message.entity.js';
import { ActorKind } from '../audit/audit-log.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { CsatResponse } from './csat-response.entity.js';
import type { SubmitCsatInput } from './csat.inputs.js';

export const MAX_CSAT_COMMENT = 1000;
const RATED = [ConversationStatus.RESOLVED, ConversationStatus.CLOSED];

function cleanInput(input: SubmitCsatInput): { rating: number; comment: string | null } {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw badInput('rating must be a whole number from 1 to 5', 'rating');
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > MAX_CSAT_COMMENT) throw badInput(`comment must be at most ${MAX_CSAT_COMMENT} characters`, 'comment');
  return { rating: input.rating, comment };
}

const alreadyRated = () => conflict('This conversation was already rated for this resolution');

/** Stores the rating and returns it. */
export async function submitCsat(ctx: Context, input: SubmitCsatInput): Promise<CsatResponse> {
  const v = ctx.viewer;
  if (v.kind !== 'widget') throw forbidden('Only the customer of the conversation can rate it');
  const { rating, comment } = cleanInput(input);
  if (!isUuid(input.conversationId)) throw notFound('Conversation');
  let stored: CsatResponse;
  let facts: { assigneeId: string | null; queueId: string | null };
  try {
    [stored, facts] = await ctx.em.transactional(async (em): Promise<[CsatResponse, typeof facts]> => {
      // The tenant filter (the widget's tenant) and the contact: another customer's conversation is NOT_FOUND.
      const c = await em.findOne(Conversation, { id: input.conversationId, contact: v.contactId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!c) throw notFound('Conversation');
      if (!RATED.includes(c.status)) throw badInput('This conversation is not resolved yet: it can be rated once it is resolved', 'conversationId');
      const tenant = await em.findOneOrFail(Tenant, { id: v.tenantId });
      if (!tenant.csat.enabled) throw badInput('Satisfaction ratings are turned off for this service', 'conversationId');
      const cycle = c.reopenCount;
      if (await em.count(CsatResponse, { conversation: c.id, resolutionCycle: cycle })) throw alreadyRated();
      const agentId = await handlingAgent(em, c);
      const row = Object.assign(new CsatResponse(), {
        tenant: em.getReference(Tenant, v.tenantId),
        conversation: em.getReference(Conversation, c.id),
        contact: em.getReference(Contact, v.contactId),
        resolutionCycle: cycle,
        rating,
        comment,
        agent: agentId ? em.getReference(User, agentId) : null,
        aiOnly: agentId === null,
      });
      em.persist(row);
      recordAudit(ctx, em, {
        action: 'csat.submitted',
        resourceType: 'Conversation',
        resourceId: c.id,
        tenantId: v.tenantId,
        actor: { kind: ActorKind.CONTACT, id: v.contactId },
        after: { rating, resolutionCycle: cycle, hasComment: comment !== null },
      });
      return [row, { assigneeId: c.assignee?.id ?? null, queueId: c.queue?.id ?? null }];
    });
  } catch (e) {
    // Two ratings of the same resolution at once: the unique key refused the second.
    if (e instanceof UniqueConstraintViolationException) throw alreadyRated();
    throw e;
  }
  // Consoles showing the conversation re-read it (its `csat` changed).
  ctx.services.events.publish(Topic.CONVERSATION_UPDATED, { tenantId: v.tenantId, conversationId: input.conversationId, contactId: v.contactId, ...facts });
  ctx.services.domainEvents.emit([
    domainEvent('customer.rated', v.tenantId, {
      conversationId: input.conversationId,
      contactId: v.contactId,
      rating,
      responseId: stored.id,
      resolutionCycle: stored.resolutionCycle,
      agentId: stored.agent?.id ?? null,
      aiOnly: stored.aiOnly,
      comment,
    }),
  ]);
  return stored;
}

/** The person a rating counts for: the assignee while a person has it, else the last agent who wrote publicly. */
async function handlingAgent(em: Context['em'], c: Conversation): Promise<string | null> {
  if (c.handler === Handler.HUMAN && c.assignee) return c.assignee.id;
  const last = await em.findOne(
    Message,
    { conversation: c.id, author: Author.AGENT, private: false, authorUser: { $ne: null } },
    { orderBy: { seq: 'desc' }, fields: ['id', 'authorUser'] },
  );
  return last?.authorUser?.id ?? c.assignee?.id ?? null;
}
