// The assistant's message: stored unless a human took over while it was thinking, with the
// sources it cites.
import type { AppServices } from '../../services.js';
import { txSql, type TxSql } from '../../db/tx-sql.js';
import { ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author, type Citation } from '../conversations/message.entity.js';
import { withLockedConversation } from '../conversations/locked-conversation.js';
import { appendAtOnce, type AlsoWrite } from '../conversations/append-at-once.js';
import type { RetrievedChunk } from '../knowledge/retrieval.js';
import type { TurnContext } from './turn-context.js';

export interface Reply {
  id?: string;
  body: string;
  citations: Citation[] | null;
  confidence: number | null;
  offline: boolean;
  /** Counts towards the unhelpful exchanges in a row (else resets them). */
  unhelpful: boolean;
}

/**
 * Returns false when nothing was stored (a human has the conversation now). `record`: the turn's
 * record (turn.ts), written with the reply — as writes of its statement, or in its transaction.
 */
export async function storeReply(services: AppServices, t: TurnContext, reply: Reply, record?: { writes: AlsoWrite[]; write: (db: TxSql) => Promise<void> }): Promise<boolean> {
  // While the assistant has the conversation: one statement (append-at-once.ts), the record with it.
  const message = { id: reply.id, author: Author.AI, authorName: t.assistant.name, body: reply.body, citations: reply.citations, confidence: reply.confidence, offline: reply.offline, unhelpful: reply.unhelpful };
  const guard = { tenantId: t.tenantId, statuses: [ConversationStatus.BOT], handler: Handler.AI };
  if (await appendAtOnce(services, t.conversationId, message, guard, record?.writes)) return true;
  // Not so (a human took over meanwhile, most likely): the locked way decides.
  return withLockedConversation(services, t.tenantId, t.conversationId, async (lc) => {
    const { handler, status, aiFailedAttempts } = lc.state;
    if (handler !== Handler.AI || status !== ConversationStatus.BOT) return false;
    // Through the entity only when the count moves: an ordinary answer loads none (one statement stores it).
    const failed = reply.unhelpful ? aiFailedAttempts + 1 : 0;
    if (failed !== aiFailedAttempts) lc.conversation.aiFailedAttempts = failed;
    await lc.append({
      id: reply.id,
      author: Author.AI,
      authorName: t.assistant.name,
      body: reply.body,
      citations: reply.citations,
      confidence: reply.confidence,
      offline: reply.offline,
    });
    if (record) await record.write(txSql(lc.em));
    return true;
  });
}

/** [n] markers in the text, plus the numbers the assessment names, limited to real sources. */
export function citedNumbers(text: string, fromAssessment: number[], sourceCount: number): number[] {
  const fromText = [...text.matchAll(/\[(\d{1,2})\]/g)].map((m) => Number(m[1]));
  return [...new Set([...fromText, ...fromAssessment])].filter((n) => n >= 1 && n <= sourceCount).sort((a, b) => a - b);
}

/** The citations of an answer; a source it quotes word for word shows that quote as its excerpt, else the chunk's opening. */
export function citationsOf(cited: number[], chunks: RetrievedChunk[], quotes: Record<number, string> = {}): Citation[] {
  return cited.map((n) => {
    const c = chunks[n - 1];
    return { n, documentId: c.documentId, chunkId: c.chunkId, title: c.title, chunk: c.ordinal, headingPath: c.headingPath, excerpt: excerpt(quotes[n] ?? c.text) };
  });
}

const excerpt = (text: string) => (text.length <= 240 ? text : `${text.slice(0, 237).replace(/\s+\S*$/, '')}…`);
