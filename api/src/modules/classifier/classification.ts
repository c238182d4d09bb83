// Classify a conversation's (or ticket's) text: category, intent, priority, sentiment, whether
// the customer wants a human, and a summary. Online: Claude with a forced tool. Offline, or when
// the model call fails: the tenant's trained classifier plus the offline signals.
import type { AppServices } from '../../services.js';
import { logAiCall } from '../ai-calls/ai-call-log.js';
import { ModelCallError } from '../ai-calls/call-record.js';
import { asksForHuman, priorityFor, sentimentOf } from './signals.js';

export interface Classification {
  category: string;
  intent: string;
  priority: 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
  sentiment: 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';
  strongNegative: boolean;
  wantsHuman: boolean;
  summary: string | null;
  /** Where it came from: the model, or the tenant's offline classifier (with its probability). */
  source: 'ANTHROPIC' | 'OFFLINE';
  confidence: number | null;
}

export async function classifyText(services: AppServices, tenantId: string, conversationId: string | null, text: string): Promise<Classification> {
  const anthropic = services.ai.anthropic;
  if (anthropic) {
    const [tenant] = await services.readPool.query<{ name: string }>('select name from tenants where id = $1', [tenantId]);
    try {
      const { classification, call } = await anthropic.classify(services.config.ANTHROPIC_CLASSIFY_MODEL, tenant?.name ?? 'the company', text);
      await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'CLASSIFY', call }, services.metrics);
      return classification;
    } catch (e) {
      if (e instanceof ModelCallError) await logAiCall(services.readPool, { tenantId, conversationId, purpose: 'CLASSIFY', call: e.call }, services.metrics);
      services.log.warn({ err: e, tenantId }, 'classification by the model failed: using the offline classifier');
    }
  }
  return offlineClassification(services, tenantId, text);
}

export async function offlineClassification(services: AppServices, tenantId: string, text: string): Promise<Classification> {
  const sentiment = sentimentOf(text);
  const prediction = await services.ai.classifiers.predict(services, tenantId, text);
  const intent = prediction?.intent ?? 'unknown';
  const category = prediction?.category ?? 'OTHER';
  return {
    category,
    intent,
    priority: priorityFor({ intent, category, sentiment }),
    sentiment: sentiment.label,
    strongNegative: sentiment.strongNegative,
    wantsHuman: asksForHuman(text) || intent === 'contact_human_agent',
    summary: null,
    source: 'OFFLINE',
    confidence: prediction?.confidence ?? null,
  };
}
