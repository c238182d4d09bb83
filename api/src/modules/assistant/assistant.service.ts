// When the assistant's turns run: one at a time per conversation, in arrival order, in the
// background after a customer message is committed (the turn itself: turn.ts), and late for
// messages an instance that stopped never got to (the sweeper).
import type { AppServices } from '../../services.js';
import { runTurn } from './turn.js';

export class AssistantRunner {
  /** One turn at a time per conversation, in arrival order (on this instance). */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly services: AppServices) {}

  /** After commit of a customer message; returns at once, the turn runs in the background. */
  onCustomerMessage(tenantId: string, conversationId: string, seq: number): void {
    if (!this.services.config.ASSISTANT_ENABLED) return;
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => runTurn(this.services, tenantId, conversationId, seq))
      .catch((e) => this.services.log.error({ err: e, conversationId }, 'assistant turn failed'));
    this.chains.set(conversationId, next);
    this.running.add(next);
    void next.finally(() => {
      this.running.delete(next);
      if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
    });
  }

  /** Wait for turns in flight (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

/**
 * A customer message the assistant never got to (the instance that received it stopped
 * mid-turn): answer it late rather than never. Looks at messages 20 s – 1 h old in conversations
 * the AI still handles, with no recorded turn. Every instance runs this; the turn's claim
 * (turn-context.ts: claimTurnContext) makes sure only one of them answers, also while a slow model call is still running.
 */
export async function sweepUnanswered(services: AppServices): Promise<number> {
  const rows = await services.readPool.query<{ id: string; tenant_id: string; seq: number }>(
    `select c.id, c.tenant_id, m.seq from conversations c
       join messages m on m.conversation_id = c.id and m.seq = c.last_seq
      where c.status = 'BOT' and c.handler = 'AI' and m.author = 'CUSTOMER'
        and m.created_at < now() - interval '20 seconds' and m.created_at > now() - interval '1 hour'
        and not exists (select 1 from assistant_turns t where t.conversation_id = c.id and t.customer_seq = m.seq)
      order by m.created_at limit 100`,
    [],
  );
  for (const r of rows) services.assistant.onCustomerMessage(r.tenant_id, r.id, r.seq);
  return rows.length;
}

export function startAssistantSweeper(services: AppServices, everyMs = 30_000): () => Promise<void> {
  const timer = setInterval(() => {
    if (services.config.ASSISTANT_ENABLED) void sweepUnanswered(services).catch((e) => services.log.warn({ err: e }, 'assistant sweep failed'));
  }, everyMs);
  timer.unref();
  return async () => clearInterval(timer);
}
