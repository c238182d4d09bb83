// The assistant answers a customer's message while the assistant has the conversation.
import { listener, type AnyListener } from '../../events/domain-events.js';
import type { AssistantRunner } from './assistant.service.js';

export function assistantListeners(runner: AssistantRunner): AnyListener[] {
  return [
    listener({
      name: 'assistant.answer-customer',
      on: 'message.created',
      handle: (e) => {
        const m = e.payload;
        if (m.author === 'CUSTOMER' && m.handler === 'AI' && m.status === 'BOT') runner.onCustomerMessage(e.tenantId, m.conversationId, m.seq);
      },
    }),
  ];
}
