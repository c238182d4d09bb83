// The assistant's turn: after a customer message is committed in a conversation the AI handles,
// decide (hand off, clarify or answer), retrieve, let the model (or the offline extractor) write
// the answer while it streams to subscribers as drafts, then store it whole with its citations
// and confidence. Whatever fails, the customer gets a reply: an answer or a hand-off message.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../services.js';
import { Topic } from '../../events/topics.js';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author, type Citation } from '../conversations/message.entity.js';
import { appendMessage, lockConversation, publishCommitted } from '../conversations/message.service.js';
import { retrieve, type RetrievedChunk } from '../knowledge/retrieval.js';
import { asksForHuman, isRepeat, needsAccountLookup, saysNotHelpful, sentimentOf } from '../classifier/signals.js';
import { combinedConfidence, retrievalEvidence } from '../knowledge/answer-confidence.js';
import { handOff, type HandoffReason } from './handoff.js';
import { logAiCall } from '../ai-calls/ai-call-log.js';
import { ModelCallError } from '../ai-calls/call-record.js';
import { render } from './prompts.js';
import type { AnswerResult, ChatTurn, SourceForModel } from './providers/provider.js';
import { ASSESSMENT_TOOL } from './providers/anthropic.js';
import { offlineAnswer } from './providers/offline.js';
import { classifyText, type Classification } from '../classifier/classification.js';
import { loadTurnContext, type TurnContext } from './turn-context.js';
import { claimTurn, recordTurn, type TurnDecision } from './turns.js';

const SOURCES = 5;
/** Below this retrieval evidence the model is not even asked: nothing relevant was found. */
const RETRIEVAL_FLOOR = 0.15;
const GREETING = /^\s*(hi|hello|hey|hallo|hola|bonjour|good (morning|afternoon|evening)|thanks?( you)?|thank you( very much)?|ok(ay)?|cheers|yo)[\s!.,?]*$/i;

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

export async function runTurn(services: AppServices, tenantId: string, conversationId: string, seq: number): Promise<void> {
  const t = await loadTurnContext(services, tenantId, conversationId);
  if (!t || t.handler !== Handler.AI || t.status !== ConversationStatus.BOT) return;
  // A later customer message has its own turn, which answers both.
  if (t.lastCustomerSeq !== seq || t.lastAuthor !== Author.CUSTOMER) return;
  // Exactly one instance answers a message (the sweepers of all instances look for lost turns).
  if (!(await claimTurn(services, conversationId, seq))) return;
  const query = t.pendingCustomerText;
  const typing = (on: boolean) =>
    services.events.publishTo(Topic.TYPING, conversationId, { tenantId, conversationId, who: 'ASSISTANT', name: t.assistant.name, typing: on });

  const handoffWith = async (reason: HandoffReason, detail: string | null, extra: { sources?: RetrievedChunk[]; retrievalMs?: number; confidence?: number | null } = {}) => {
    const classification = await classifyText(services, tenantId, conversationId, t.transcriptForSummary).catch(() => null);
    await recordTurn(services, { tenantId, conversationId, seq, query, decision: 'HANDED_OFF', reason: `${reason}${detail ? `: ${detail}` : ''}`, sources: extra.sources ?? [], retrievalMs: extra.retrievalMs ?? null, confidence: extra.confidence ?? null, classification, answerMessageId: null });
    await handOff(services, {
      tenantId,
      conversationId,
      assistantName: t.assistant.name,
      reason,
      pkg: { reason, detail, summary: classification?.summary ?? summarise(t), classification, handedOffAt: new Date().toISOString() },
    });
  };

  // 1. Cheap offline signals first: they need no retrieval and no model.
  if (GREETING.test(query)) {
    await storeReply(services, t, { body: render('clarify', { assistantName: t.assistant.name }), citations: null, confidence: null, offline: !services.ai.anthropic, unhelpful: false });
    await recordTurn(services, { tenantId, conversationId, seq, query, decision: 'CLARIFIED', reason: 'greeting', sources: [], retrievalMs: null, confidence: null, classification: null, answerMessageId: null });
    return;
  }
  if (asksForHuman(query) || (await wantsHumanByClassifier(services, tenantId, query))) return handoffWith('CUSTOMER_ASKED', null);
  if (sentimentOf(query).strongNegative) return handoffWith('NEGATIVE_SENTIMENT', null);
  // Their own account, order or payment: no article knows it, and an extract would only look like an answer.
  if (needsAccountLookup(query)) return handoffWith('ACCOUNT_LOOKUP', null);
  const complaint = saysNotHelpful(query);
  const unhelpful = complaint || (t.previousCustomerText !== null && isRepeat(t.previousCustomerText, query));
  if (unhelpful && t.aiFailedAttempts + 1 >= 3) return handoffWith('UNHELPFUL', `${t.aiFailedAttempts + 1} unhelpful exchanges`);
  if (complaint) {
    // "That didn't help" carries no new question: ask for one (the third time, a human takes over).
    await storeReply(services, t, { body: render('notHelpful', {}), citations: null, confidence: null, offline: !services.ai.anthropic, unhelpful: true });
    await recordTurn(services, { tenantId, conversationId, seq, query, decision: 'CLARIFIED', reason: 'the customer said the answer did not help', sources: [], retrievalMs: null, confidence: null, classification: null, answerMessageId: null });
    return;
  }

  typing(true);
  try {
    // 2. Retrieval. Its failure (Chroma down…) hands off: better a human than a guess.
    let chunks: RetrievedChunk[];
    let retrievalMs: number;
    try {
      const result = await retrieve(services.knowledge, tenantId, query, { k: SOURCES });
      chunks = result.chunks;
      retrievalMs = Math.round(result.timings.totalMs);
    } catch (e) {
      services.log.warn({ err: e, conversationId }, 'retrieval failed: handing off');
      return await handoffWith('FAILURE', `retrieval failed: ${(e as Error).message}`.slice(0, 300));
    }
    const evidence = retrievalEvidence(chunks);
    if (!chunks.length || evidence.score < RETRIEVAL_FLOOR) {
      return await handoffWith('LOW_CONFIDENCE', `retrieval evidence ${evidence.score.toFixed(2)}`, { sources: chunks, retrievalMs, confidence: evidence.score });
    }
    const sources: SourceForModel[] = chunks.map((c, i) => ({ n: i + 1, title: c.title, headingPath: c.headingPath, text: c.text }));

    // 3. The answer, streamed as drafts under the id the stored message will have.
    const messageId = randomUUID();
    let index = 0;
    const offline = !services.ai.anthropic;
    const draft = (delta: string, state: 'STREAMING' | 'DONE' | 'DISCARDED') =>
      services.events.publishTo(Topic.ASSISTANT_DRAFT, conversationId, { tenantId, conversationId, messageId, index: index++, delta, state, authorName: t.assistant.name, offline });

    let text: string;
    let cited: number[];
    let confidence: number;
    let modelSaysHuman = false;
    if (services.ai.anthropic) {
      let result: AnswerResult;
      try {
        result = await services.ai.anthropic.answer({
          model: t.assistant.model ?? services.config.ANTHROPIC_MODEL,
          system: render('answer', {
            assistantName: t.assistant.name,
            companyName: t.tenantName,
            persona: t.assistant.persona,
            maxSentences: 5,
            assessmentTool: ASSESSMENT_TOOL,
            sources: sources.map((s) => `[${s.n}] ${[...new Set([s.title, ...s.headingPath])].join(' › ')}\n${s.text}`).join('\n\n'),
          }),
          turns: t.turns,
          query,
          sources,
          onDelta: (d) => draft(d, 'STREAMING'),
        });
      } catch (e) {
        if (index > 0) draft('', 'DISCARDED');
        const call = e instanceof ModelCallError ? e.call : null;
        if (call) await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'ANSWER', call });
        services.log.warn({ err: e, conversationId }, 'model call failed after retries: handing off');
        return await handoffWith('FAILURE', (e as Error).message.slice(0, 300), { sources: chunks, retrievalMs, confidence: evidence.score });
      }
      await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'ANSWER', call: result.call });
      text = result.text;
      cited = citedNumbers(text, result.assessment?.citedSources ?? [], sources.length);
      confidence = combinedConfidence(evidence.score, result.assessment);
      modelSaysHuman = result.assessment?.needsHuman === true;
    } else {
      const answer = offlineAnswer(query, confidenceGate(evidence.score, t.assistant.handoffThreshold) ? sources : [], (d) => draft(d, 'STREAMING'));
      if (!answer) return await handoffWith('LOW_CONFIDENCE', `retrieval evidence ${evidence.score.toFixed(2)} (offline)`, { sources: chunks, retrievalMs, confidence: evidence.score });
      await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'ANSWER', call: answer.call });
      text = answer.text;
      cited = answer.cited;
      confidence = combinedConfidence(evidence.score, null);
    }

    // 4. Decide: an answer must be grounded (≥ 1 citation), confident enough, and not flagged.
    const failure = modelSaysHuman ? 'MODEL_ASKED' : !text || !cited.length ? 'LOW_CONFIDENCE' : confidence < t.assistant.handoffThreshold ? 'LOW_CONFIDENCE' : null;
    if (failure) {
      if (index > 0) draft('', 'DISCARDED');
      const detail = modelSaysHuman ? 'the model asked for a human' : !cited.length ? 'the answer cited no source' : `confidence ${confidence.toFixed(2)}`;
      return await handoffWith(failure, detail, { sources: chunks, retrievalMs, confidence });
    }
    const citations: Citation[] = cited.map((n) => {
      const c = chunks[n - 1];
      return { n, documentId: c.documentId, chunkId: c.chunkId, title: c.title, chunk: c.ordinal, headingPath: c.headingPath, excerpt: excerpt(c.text) };
    });
    const body = confidence >= t.assistant.autoResolveThreshold ? `${text}\n\nDid that answer your question? If so, you can close this chat.` : text;
    if (body !== text) draft(body.slice(text.length), 'STREAMING');
    const stored = await storeReply(services, t, { id: messageId, body, citations, confidence, offline, unhelpful });
    draft('', 'DONE');
    await recordTurn(services, { tenantId, conversationId, seq, query, decision: stored ? 'ANSWERED' : 'SKIPPED', reason: stored ? null : 'a human took over meanwhile', sources: chunks, retrievalMs, confidence, classification: null, answerMessageId: stored ? messageId : null });
  } finally {
    typing(false);
  }
}

/** Offline answers are only written when retrieval alone is convincing. */
const confidenceGate = (evidence: number, threshold: number) => evidence >= threshold;

async function wantsHumanByClassifier(services: AppServices, tenantId: string, text: string): Promise<boolean> {
  const p = await services.ai.classifiers.predict(services, tenantId, text).catch(() => null);
  return !!p && p.intent === 'contact_human_agent' && p.confidence >= 0.6;
}

/** [n] markers in the text, plus the numbers the assessment names, limited to real sources. */
export function citedNumbers(text: string, fromAssessment: number[], sourceCount: number): number[] {
  const fromText = [...text.matchAll(/\[(\d{1,2})\]/g)].map((m) => Number(m[1]));
  return [...new Set([...fromText, ...fromAssessment])].filter((n) => n >= 1 && n <= sourceCount).sort((a, b) => a - b);
}

const excerpt = (text: string) => (text.length <= 240 ? text : `${text.slice(0, 237).replace(/\s+\S*$/, '')}…`);

function summarise(t: TurnContext): string {
  return t.transcriptForSummary.length > 600 ? `${t.transcriptForSummary.slice(0, 597)}…` : t.transcriptForSummary;
}

/**
 * Store the assistant's message unless a human took over while it was thinking; counts unhelpful
 * exchanges. Returns false when nothing was stored.
 */
async function storeReply(
  services: AppServices,
  t: TurnContext,
  reply: { id?: string; body: string; citations: Citation[] | null; confidence: number | null; offline: boolean; unhelpful: boolean },
): Promise<boolean> {
  const em = services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  let appended = null;
  await em.transactional(async (tx) => {
    tx.setFilterParams(TENANT_FILTER, { tenantId: t.tenantId });
    const c = await lockConversation(tx, t.conversationId);
    if (c.handler !== Handler.AI || c.status !== ConversationStatus.BOT) return;
    c.aiFailedAttempts = reply.unhelpful ? c.aiFailedAttempts + 1 : 0;
    appended = await appendMessage(tx, c, {
      id: reply.id,
      author: Author.AI,
      authorName: t.assistant.name,
      body: reply.body,
      citations: reply.citations,
      confidence: reply.confidence,
      offline: reply.offline,
    });
  });
  if (!appended) return false;
  publishCommitted(services, t.tenantId, t.conversationId, [appended]);
  return true;
}

export type { TurnDecision, Classification, ChatTurn };

/**
 * A customer message the assistant never got to (the instance that received it stopped
 * mid-turn): answer it late rather than never. Looks at messages 20 s – 1 h old in conversations
 * the AI still handles, with no recorded turn. Every instance runs this; the turn's claim
 * (claimTurn) makes sure only one of them answers, also while a slow model call is still running.
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
