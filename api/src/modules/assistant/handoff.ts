// Hand-off from the assistant to humans, in one transaction on the locked conversation: the
// assistant says why (to the customer), the conversation goes WAITING in a queue (routing may
// assign an agent at once), and the agent's package — reason, summary, classification and every
// retrieval attempt — is stored on the conversation. Events after commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { Topic } from '../../events/topics.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author } from '../conversations/message.entity.js';
import { appendMessage, lockConversation, publishCommitted, type Appended } from '../conversations/message.service.js';
import { publishQueueUpdated, requestHuman } from '../routing/routing.service.js';
import { sections } from './prompts.js';
import type { Classification } from '../classifier/classification.js';

export type HandoffReason = 'FAILURE' | 'LOW_CONFIDENCE' | 'CUSTOMER_ASKED' | 'NEGATIVE_SENTIMENT' | 'ACCOUNT_LOOKUP' | 'UNHELPFUL' | 'MODEL_ASKED';

export interface HandoffPackage {
  reason: HandoffReason;
  detail: string | null;
  summary: string | null;
  classification: Classification | null;
  handedOffAt: string;
}

export function handoffMessage(reason: HandoffReason): string {
  return sections('handoffMessages')[reason] ?? sections('handoffMessages').FAILURE;
}

/** Returns false when a human already has the conversation (nothing to do). */
export async function handOff(
  services: AppServices,
  input: { tenantId: string; conversationId: string; assistantName: string; reason: HandoffReason; pkg: HandoffPackage },
): Promise<boolean> {
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  const appended: Appended[] = [];
  let queueId: string | null = null;
  let contactId = '';
  let assigneeId: string | null = null;
  const done = await em.transactional(async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { tenantId: input.tenantId });
    const c = await lockConversation(tx, input.conversationId);
    if (c.handler !== Handler.AI || c.status === ConversationStatus.CLOSED) return false;
    contactId = c.contact.id;
    appended.push(await appendMessage(tx, c, { author: Author.AI, authorName: input.assistantName, body: handoffMessage(input.reason) }));
    const routed = await requestHuman(services, tx, c);
    queueId = routed.queueId;
    assigneeId = routed.assignedTo?.id ?? null;
    const joined = routed.assignedTo ? `${routed.assignedTo.displayName} joined the conversation` : 'You are in line for an agent; we will be with you shortly';
    appended.push(await appendMessage(tx, c, { author: Author.SYSTEM, body: joined }));
    c.aiFailedAttempts = 0;
    c.handoffContext = input.pkg as unknown as Record<string, unknown>;
    if (input.pkg.classification) {
      c.classification = input.pkg.classification as unknown as Record<string, unknown>;
      c.priority = input.pkg.classification.priority as typeof c.priority;
    }
    return true;
  });
  if (!done) return false;
  publishCommitted(services, input.tenantId, input.conversationId, appended);
  services.events.publish(Topic.CONVERSATION_UPDATED, { tenantId: input.tenantId, conversationId: input.conversationId, contactId, assigneeId, queueId });
  publishQueueUpdated(services, input.tenantId, queueId);
  services.log.info({ conversationId: input.conversationId, reason: input.reason }, 'assistant handed off');
  return true;
}
