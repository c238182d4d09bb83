// Assistant: the AI turn that answers customers (or hands off), its drafts and context.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { AssistantResolver } from './assistant.resolver.js';
import { assistantListeners } from './assistant.listeners.js';
import { startAssistantSweeper, type AssistantRunner } from './assistant.service.js';
import type { AnthropicProvider } from './providers/anthropic.js';

declare module '../../services.js' {
  interface AppServices {
    assistant: AssistantRunner;
  }
  interface AiServices {
    /** Claude, or null: the offline provider answers. */
    anthropic: AnthropicProvider | null;
  }
}

export const assistantModule = defineModule({
  name: 'assistant',
  resolvers: [AssistantResolver],
  access: {
    Query: { assistantContext: access.can('conversations.view') },
    Subscription: { assistantDraft: access.canOrWidget('conversations.view') },
  },
  listeners: (services) => assistantListeners(services.assistant),
  // Tests run sweeps themselves, when they choose.
  start: (services) => (services.config.NODE_ENV === 'test' ? undefined : startAssistantSweeper(services)),
});
