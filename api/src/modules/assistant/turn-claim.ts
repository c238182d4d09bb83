import type { AppServices } from '../../services.js';

/**
 * Claim the turn for customer message `seq` across instances (conversations.assistant_claim_seq):
 * false when another instance is already on it. A claim older than the longest model call plus a
 * margin is stale — its instance died mid-turn — and is taken over.
 */
export async function claimTurn(services: AppServices, conversationId: string, seq: number): Promise<boolean> {
  const staleSeconds = Math.ceil(services.config.AI_TIMEOUT_MS / 1000) + 30;
  const rows = await services.readPool.query(
    `update conversations set assistant_claim_seq = $2, assistant_claimed_at = now()
      where id = $1 and (assistant_claim_seq is distinct from $2 or assistant_claimed_at < now() - make_interval(secs => $3::int))
      returning id`,
    [conversationId, seq, staleSeconds],
  );
  return rows.length === 1;
}
