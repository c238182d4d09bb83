// Reading messages by seq: one statement, the author's display name joined, private notes
// left out for widget clients. Used by the `messages` query and the subscription's replay.
import type { ReadPool } from '../../db/read-pool.js';
import type { MessageEvent } from '../../events/topics.js';

export async function messagesAfter(
  pool: ReadPool,
  tenantId: string,
  conversationId: string,
  afterSeq: number,
  options: { limit: number; includePrivate: boolean; uptoSeq?: number },
): Promise<MessageEvent[]> {
  const limit = Math.max(1, Math.min(1000, Math.trunc(options.limit)));
  const rows = await pool.query<Record<string, unknown>>(
    `select m.id, m.seq, m.author, m.author_user_id,
            coalesce(u.display_name, case when m.author = 'AI' then t.assistant->>'name' end) as display_name,
            m.body, m.private, m.citations, m.confidence, m.client_message_id, m.offline, m.created_at
       from messages m left join users u on u.id = m.author_user_id join tenants t on t.id = m.tenant_id
      where m.tenant_id = $1 and m.conversation_id = $2 and m.seq > $3 and m.seq <= $4 ${options.includePrivate ? '' : 'and not m.private'}
      order by m.seq limit ${limit}`,
    [tenantId, conversationId, afterSeq, options.uptoSeq ?? 2147483647],
  );
  return rows.map((r) => ({
    id: r.id as string,
    seq: r.seq as number,
    author: r.author as string,
    authorUserId: r.author_user_id as string | null,
    authorName: r.display_name as string | null,
    body: r.body as string,
    private: r.private as boolean,
    citations: r.citations as unknown[] | null,
    confidence: r.confidence as number | null,
    clientMessageId: r.client_message_id as string | null,
    offline: r.offline as boolean,
    createdAt: (r.created_at as Date).toISOString(),
  }));
}
