// Step 3, without an API key: an extract of the best source, only written when retrieval alone
// clears the tenant's hand-off threshold (there is no model to judge the answer).
import type { AppServices } from '../../services.js';
import { countAiCall, type AiCallEntry } from '../ai-calls/ai-call-log.js';
import { handOffDecision } from '../knowledge/answer-confidence.js';
import { offlineAnswer } from './providers/offline.js';
import type { SourceForModel } from './providers/provider.js';
import type { Drafts } from './drafts.js';
import type { TurnContext } from './turn-context.js';
import { handedOff, type HandOffOutcome, type WrittenAnswer } from './turn-outcome.js';

export async function answerOffline(services: AppServices, t: TurnContext, sources: SourceForModel[], evidence: number, drafts: Drafts): Promise<WrittenAnswer | HandOffOutcome> {
  const threshold = t.handoffThreshold;
  const unconvincing = handOffDecision(evidence, null, threshold).handOff !== null;
  const answer = unconvincing ? null : offlineAnswer(t.pendingCustomerText, sources, (d) => drafts.send(d, 'STREAMING'));
  if (!answer) return handedOff('LOW_CONFIDENCE', `retrieval evidence ${evidence.toFixed(2)} (offline)`, { confidence: evidence });
  const call: AiCallEntry = { tenantId: t.tenantId, conversationId: t.conversationId, purpose: 'ANSWER', call: answer.call };
  countAiCall(call, services.metrics);
  const verdict = handOffDecision(evidence, { model: null, hasText: !!answer.text, citedCount: answer.cited.length }, threshold);
  return { text: answer.text, cited: answer.cited, verdict, quotes: answer.quotes, call };
}
