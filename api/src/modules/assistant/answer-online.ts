// Step 3, with Claude: the answer streams as drafts, then the model's own assessment (a tool
// call) joins the retrieval evidence in the hand-off decision.
import type { AppServices } from '../../services.js';
import { countAiCall, logAiCall, type AiCallEntry } from '../ai-calls/ai-call-log.js';
import { ModelCallError } from '../ai-calls/call-record.js';
import { handOffDecision } from '../knowledge/answer-confidence.js';
import type { AnthropicProvider } from './providers/anthropic.js';
import { ASSESSMENT_TOOL } from './providers/tool-names.js';
import type { AnswerResult, SourceForModel } from './providers/provider.js';
import { render } from './prompts.js';
import { citedNumbers } from './reply.js';
import type { Drafts } from './drafts.js';
import type { TurnContext } from './turn-context.js';
import { handedOff, type HandOffOutcome, type WrittenAnswer } from './turn-outcome.js';

export async function answerOnline(
  services: AppServices,
  anthropic: AnthropicProvider,
  t: TurnContext,
  sources: SourceForModel[],
  evidence: number,
  drafts: Drafts,
): Promise<WrittenAnswer | HandOffOutcome> {
  const { tenantId, conversationId } = t;
  let result: AnswerResult;
  try {
    result = await anthropic.answer({
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
      query: t.pendingCustomerText,
      sources,
      onDelta: (d) => drafts.send(d, 'STREAMING'),
    });
  } catch (e) {
    drafts.discard();
    const call = e instanceof ModelCallError ? e.call : null;
    if (call) await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'ANSWER', call }, services.metrics);
    services.log.warn({ err: e, conversationId }, 'model call failed after retries: handing off');
    return handedOff('FAILURE', (e as Error).message.slice(0, 300), { confidence: evidence });
  }
  const call: AiCallEntry = { tenantId, conversationId, purpose: 'ANSWER', call: result.call };
  countAiCall(call, services.metrics);
  const cited = citedNumbers(result.text, result.assessment?.citedSources ?? [], sources.length);
  let verdict = handOffDecision(evidence, { model: result.assessment, hasText: !!result.text, citedCount: cited.length }, t.handoffThreshold);
  // With a calibrated threshold the evidence is a gate of its own: a model that says it answered
  // from its sources while retrieval found nothing like the question (an article about renting
  // "answering" the average rent in a city) is overruled. Both verdicts are recorded per turn.
  if (t.thresholdCalibrated && !verdict.handOff && evidence < t.handoffThreshold) {
    verdict = { confidence: Math.min(verdict.confidence, evidence), handOff: { reason: 'LOW_CONFIDENCE', detail: `the model answered from its sources, but the retrieval evidence ${evidence.toFixed(2)} is below the calibrated threshold ${t.handoffThreshold.toFixed(2)}` } };
  }
  return { text: result.text, cited, verdict, modelAnsweredFromSources: result.assessment ? result.assessment.answeredFromSources : null, call };
}
