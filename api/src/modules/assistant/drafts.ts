// The answer streamed to subscribers as drafts, under the id the stored message will have.
import { randomUUID } from 'node:crypto';
import type { AppServices } from '../../services.js';
import { Topic } from '../../events/topics.js';
import type { TurnContext } from './turn-context.js';

export type DraftState = 'STREAMING' | 'DONE' | 'DISCARDED';

export class Drafts {
  readonly messageId = randomUUID();
  readonly offline: boolean;
  private index = 0;

  constructor(
    private readonly services: AppServices,
    private readonly t: TurnContext,
  ) {
    this.offline = !services.ai.anthropic;
  }

  send(delta: string, state: DraftState): void {
    const { tenantId, conversationId } = this.t;
    this.services.events.publishTo(Topic.ASSISTANT_DRAFT, conversationId, {
      tenantId,
      conversationId,
      messageId: this.messageId,
      index: this.index++,
      delta,
      state,
      authorName: this.t.assistant.name,
      offline: this.offline,
    });
  }

  /** Clients drop what they were shown (only when something was). */
  discard(): void {
    if (this.index > 0) this.send('', 'DISCARDED');
  }
}
