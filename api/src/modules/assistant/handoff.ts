// Hand-off from the assistant to humans, in one transaction on the locked conversation: the
// assistant says why (to the customer), the conversation goes WAITING in a queue (routing may
// assign an agent at once), and the agent's package — reason, summary, classification and every
// retrieval attempt — is stored on the conversation. Events after commit.
import type { AppServices } from '../../services.js';
import { ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author } from '../conversations/message.entity.js';
import { withLockedConversation } from '../conversations/locked-conversation.js';
import { requestHuman } from '../routing/routing.service.js';
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
  const done = await withLockedConversation(services, input.tenantId, input.conversationId, async (lc) => {
    const c = lc.conversation;
    if (c.handler !== Handler.AI || c.status === ConversationStatus.CLOSED) return false;
    await lc.append({ author: Author.AI, authorName: input.assistantName, body: handoffMessage(input.reason) });
    await requestHuman(lc, { reason: input.reason });
    c.aiFailedAttempts = 0;
    c.handoffContext = input.pkg as unknown as Record<string, unknown>;
    if (input.pkg.classification) {
      c.classification = input.pkg.classification as unknown as Record<string, unknown>;
      c.priority = input.pkg.classification.priority as typeof c.priority;
    }
    return true;
  });
  if (done) services.log.info({ conversationId: input.conversationId, reason: input.reason }, 'assistant handed off');
  return done;
}
