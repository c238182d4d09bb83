// The assistant's turn: after a customer message is committed in a conversation the AI handles,
// decide (hand off, clarify or answer), retrieve, let the model (or the offline extractor) write
// the answer while it streams to subscribers as drafts, then store it whole with its citations
// and confidence. Whatever fails, the customer gets a reply: an answer or a hand-off message.
// Each step returns how the turn ends (turn-outcome.ts); `conclude` acts on it and records it.
import type { AppServices } from '../../services.js';
import type { ReadPool } from '../../db/read-pool.js';
import { insertAiCalls, type AiCallEntry } from '../ai-calls/ai-call-log.js';
import { Topic } from '../../events/topics.js';
import { ConversationStatus, Handler } from '../conversations/conversation.entity.js';
import { Author } from '../conversations/message.entity.js';
import { classifyText } from '../classifier/classification.js';
import { retrievalEvidence } from '../knowledge/answer-confidence.js';
import { DEFAULT_K, retrieve } from '../knowledge/retrieval.js';
import { handoffScore } from '../knowledge/operating-point.js';
import { answerOffline } from './answer-offline.js';
import { answerOnline } from './answer-online.js';
import { Drafts } from './drafts.js';
import { handOff } from './handoff.js';
import type { SourceForModel } from './providers/provider.js';
import { citationsOf, storeReply } from './reply.js';
import { claimTurnContext, type TurnContext } from './turn-context.js';
import { handedOff, type Retrieved, type TurnOutcome } from './turn-outcome.js';
import { recordTurn, turnRecordWrites } from './turn-recorder.js';
import { decideBeforeRetrieval, unhelpfulSignals } from './turn-signals.js';

const SOURCES = DEFAULT_K; // the same depth the "try a question" panel judges its evidence on
/** Below this retrieval evidence the model is not even asked: nothing relevant was found. */
const RETRIEVAL_FLOOR = 0.15;

export async function runTurn(services: AppServices, tenantId: string, conversationId: string, seq: number): Promise<void> {
  // The context and the claim in one statement (turn-context.ts): the claim is taken only when
  // the checks below hold, so they only explain why a turn was not claimed.
  const read = await claimTurnContext(services, tenantId, conversationId, seq);
  if (!read) return;
  const { t, claimed } = read;
  if (t.handler !== Handler.AI || t.status !== ConversationStatus.BOT) return;
  // A later customer message has its own turn, which answers both.
  if (t.lastCustomerSeq !== seq || t.lastAuthor !== Author.CUSTOMER) return;
  // Exactly one instance answers a message (the sweepers of all instances look for lost turns).
  if (!claimed) return;

  const signals = unhelpfulSignals(t);
  const early = await decideBeforeRetrieval(services, t, signals);
  if (early) return conclude(services, t, seq, early);

  const typing = (on: boolean) =>
    services.events.publishTo(Topic.TYPING, conversationId, { tenantId, conversationId, who: 'ASSISTANT', name: t.assistant.name, typing: on });
  typing(true);
  try {
    await conclude(services, t, seq, await retrieveAndAnswer(services, t, seq, signals.unhelpful));
  } finally {
    typing(false);
  }
}

/** Steps 2–4: retrieve, write the answer, and send it if the hand-off rule lets it through. */
async function retrieveAndAnswer(services: AppServices, t: TurnContext, seq: number, unhelpful: boolean): Promise<TurnOutcome> {
  // 2. Retrieval. Its failure (Chroma down…) hands off: better a human than a guess.
  let retrieved: Retrieved;
  let evidence: number;
  try {
    const result = await retrieve(services.knowledge, t.tenantId, t.pendingCustomerText, { k: SOURCES, termsVersion: t.termsVersion });
    retrieved = { chunks: result.chunks, retrievalMs: Math.round(result.timings.totalMs) };
    // The score the threshold cuts: the calibrated model's (evidence and nearest probes), or the
    // evidence itself — exactly as searchKnowledge scores it.
    evidence = result.chunks.length ? await handoffScore(services.knowledge, t.operatingPoint, retrievalEvidence(result.chunks).score, result.query.embedText) : 0;
  } catch (e) {
    services.log.warn({ err: e, conversationId: t.conversationId }, 'retrieval failed: handing off');
    return handedOff('FAILURE', `retrieval failed: ${(e as Error).message}`.slice(0, 300));
  }
  const { chunks } = retrieved;
  retrieved.judgement = { evidence, threshold: t.handoffThreshold, evidenceAnswerable: evidence >= t.handoffThreshold, modelAnsweredFromSources: null };
  // A calibrated threshold may sit below the floor: the floor never overrules it.
  if (!chunks.length || evidence < Math.min(RETRIEVAL_FLOOR, t.handoffThreshold)) return handedOff('LOW_CONFIDENCE', `retrieval evidence ${evidence.toFixed(2)}`, { retrieved, confidence: evidence });
  const sources: SourceForModel[] = chunks.map((c, i) => ({ n: i + 1, title: c.title, headingPath: c.headingPath, text: c.text }));

  // 3. The answer, streamed as drafts under the id the stored message will have.
  const drafts = new Drafts(services, t);
  const anthropic = services.ai.anthropic;
  const written = anthropic ? await answerOnline(services, anthropic, t, sources, evidence, drafts) : await answerOffline(services, t, sources, evidence, drafts);
  if ('decision' in written) return { ...written, retrieved };
  if (written.modelAnsweredFromSources !== undefined) retrieved.judgement.modelAnsweredFromSources = written.modelAnsweredFromSources;

  // 4. The one hand-off rule decided (answer-confidence.ts: handOffDecision); send or drop.
  const { text, cited, verdict, quotes } = written;
  const { confidence } = verdict;
  const calls = [written.call];
  if (verdict.handOff) {
    drafts.discard();
    return handedOff(verdict.handOff.reason, verdict.handOff.detail, { retrieved, confidence, calls });
  }
  const body = confidence >= t.assistant.autoResolveThreshold ? `${text}\n\nDid that answer your question? If so, you can close this chat.` : text;
  if (body !== text) drafts.send(body.slice(text.length), 'STREAMING');
  // An answer is recorded with its call in its own transaction (ANSWERED: conclude has nothing left to record).
  const answered: TurnOutcome = { decision: 'ANSWERED', answerMessageId: drafts.messageId, retrieved, confidence, calls };
  const reply = { id: drafts.messageId, body, citations: citationsOf(cited, chunks, quotes), confidence, offline: drafts.offline, unhelpful };
  const record = { writes: turnRecordWrites(t, seq, answered), write: (db: Pick<ReadPool, 'query'>) => recordTurn(db, t, seq, answered) };
  const stored = await storeReplyKeepingCalls(services, calls, () => storeReply(services, t, reply, record));
  drafts.send('', 'DONE');
  return stored ? answered : { decision: 'SKIPPED', reason: 'a human took over meanwhile', retrieved, confidence, calls };
}

/** A reply that could not be stored still leaves its model call in the log. */
async function storeReplyKeepingCalls(services: AppServices, calls: AiCallEntry[], store: () => Promise<boolean>): Promise<boolean> {
  try {
    return await store();
  } catch (e) {
    await insertAiCalls(services.readPool, calls).catch(() => undefined);
    throw e;
  }
}

/** Acts on how the turn ended (a clarifying reply, a hand-off) and records it. */
async function conclude(services: AppServices, t: TurnContext, seq: number, outcome: TurnOutcome): Promise<void> {
  if (outcome.decision === 'ANSWERED') return; // recorded with the answer (retrieveAndAnswer)
  if (outcome.decision === 'CLARIFIED') {
    const record = { writes: turnRecordWrites(t, seq, outcome), write: (db: Pick<ReadPool, 'query'>) => recordTurn(db, t, seq, outcome) };
    const stored = await storeReply(services, t, { ...outcome.reply, citations: null, confidence: null, offline: !services.ai.anthropic }, record);
    if (!stored) await record.write(services.readPool);
    return;
  }
  if (outcome.decision !== 'HANDED_OFF') return recordTurn(services.readPool, t, seq, outcome);
  const { tenantId, conversationId } = t;
  const classification = await classifyText(services, tenantId, conversationId, t.transcriptForSummary).catch(() => null);
  await recordTurn(services.readPool, t, seq, outcome, classification);
  const { reason, detail } = outcome;
  await handOff(services, {
    tenantId,
    conversationId,
    assistantName: t.assistant.name,
    reason,
    pkg: { reason, detail, summary: classification?.summary ?? summarise(t), classification, handedOffAt: new Date().toISOString() },
  });
}

function summarise(t: TurnContext): string {
  return t.transcriptForSummary.length > 600 ? `${t.transcriptForSummary.slice(0, 597)}…` : t.transcriptForSummary;
}
