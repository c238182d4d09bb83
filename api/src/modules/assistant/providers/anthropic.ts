// Claude through the real SDK. Answers stream (text deltas reach `onDelta` as they arrive), then
// the model calls `submit_assessment` with its structured judgement. Classification forces the
// `classify_conversation` tool. The SDK retries 408/409/429/5xx/529 with back-off; its `timeout`
// does not cover a stream that stalls after the headers, so an idle deadline aborts it here.
import Anthropic from '@anthropic-ai/sdk';
import { AsyncLocalStorage } from 'node:async_hooks';
import { render } from '../prompts.js';
import { ModelCallError, type CallRecord } from '../../ai-calls/call-record.js';
import type { Classification } from '../../classifier/classification.js';
import type { AnswerRequest, AnswerResult, Assessment } from './provider.js';

import { ASSESSMENT_TOOL, CLASSIFY_TOOL } from './tool-names.js';

export { ASSESSMENT_TOOL, CLASSIFY_TOOL };

const assessmentTool = {
  name: ASSESSMENT_TOOL,
  description: 'Your honest judgement of the answer you just wrote. Call it exactly once, after the answer.',
  input_schema: {
    type: 'object' as const,
    properties: {
      answered_from_sources: { type: 'boolean', description: 'Every statement of the answer is supported by the numbered sources.' },
      needs_human: { type: 'boolean', description: 'A human agent should take over (asked for, upset customer, action needed, or not answerable).' },
      confidence: { type: 'number', minimum: 0, maximum: 1, description: 'How sure you are that the answer is correct and complete.' },
      cited_sources: { type: 'array', items: { type: 'integer' }, description: 'Numbers of the sources the answer relies on.' },
      reason: { type: 'string', description: 'One short sentence explaining the judgement.' },
    },
    required: ['answered_from_sources', 'needs_human', 'confidence', 'cited_sources'],
  },
};

export const CATEGORIES = ['ACCOUNT', 'BILLING', 'CANCELLATION', 'CONTACT', 'DELIVERY', 'FEEDBACK', 'INVOICE', 'NEWSLETTER', 'ORDER', 'PAYMENT', 'REFUND', 'SHIPPING_ADDRESS', 'TECHNICAL', 'OTHER'];

const classifyTool = {
  name: CLASSIFY_TOOL,
  description: 'Record the classification of the customer text.',
  input_schema: {
    type: 'object' as const,
    properties: {
      category: { type: 'string', enum: CATEGORIES },
      intent: { type: 'string' },
      priority: { type: 'string', enum: ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] },
      sentiment: { type: 'string', enum: ['NEGATIVE', 'NEUTRAL', 'POSITIVE'] },
      strongNegative: { type: 'boolean' },
      wantsHuman: { type: 'boolean' },
      summary: { type: 'string' },
    },
    required: ['category', 'intent', 'priority', 'sentiment', 'wantsHuman'],
  },
};

export interface AnthropicOptions {
  apiKey: string;
  baseURL?: string;
  maxRetries: number;
  /** Abort a stream that sends nothing for this long (also the wait for the first byte). */
  idleTimeoutMs: number;
  /** Hard limit for a whole call, retries included. */
  totalTimeoutMs: number;
}

/** Counts HTTP attempts of one logical call (retries = attempts - 1) and tells it when one starts. */
const attempts = new AsyncLocalStorage<{ n: number; onAttempt?: () => void; onFailedAttempt?: () => void }>();

export class AnthropicProvider {
  readonly kind = 'ANTHROPIC' as const;
  private readonly client: Anthropic;

  constructor(private readonly options: AnthropicOptions) {
    const countingFetch: typeof fetch = (input, init) => {
      const store = attempts.getStore();
      if (store) {
        store.n++;
        store.onAttempt?.();
      }
      const response = fetch(input, init);
      // A refused attempt is followed by the SDK's back-off, which the idle deadline must not count.
      return store?.onFailedAttempt ? response.then((r) => (r.ok || store.onFailedAttempt!(), r)) : response;
    };
    this.client = new Anthropic({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      maxRetries: options.maxRetries,
      timeout: options.totalTimeoutMs,
      fetch: countingFetch,
    });
  }

  async answer(req: AnswerRequest): Promise<AnswerResult> {
    const started = performance.now();
    const controller = new AbortController();
    let firstTokenMs: number | null = null;
    let timedOut = false;
    let idle: NodeJS.Timeout | undefined;
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.options.idleTimeoutMs);
    };
    const total = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.totalTimeoutMs);
    // The idle deadline runs from each attempt's start (not during the SDK's back-off between retries).
    const counter = { n: 0, onAttempt: armIdle, onFailedAttempt: () => clearTimeout(idle) };
    let text = '';
    try {
      const final = await attempts.run(counter, async () => {
        const stream = this.client.messages.stream(
          {
            model: req.model,
            max_tokens: 1024,
            system: req.system,
            messages: req.turns,
            tools: [assessmentTool],
            tool_choice: { type: 'auto' },
          },
          { signal: controller.signal },
        );
        stream.on('streamEvent', () => armIdle());
        stream.on('text', (delta) => {
          if (firstTokenMs === null) firstTokenMs = performance.now() - started;
          text += delta;
          req.onDelta(delta);
        });
        return stream.finalMessage();
      });
      const tool = final.content.find((b) => b.type === 'tool_use' && b.name === ASSESSMENT_TOOL);
      return {
        text: text.trim(),
        assessment: tool && tool.type === 'tool_use' ? parseAssessment(tool.input) : null,
        call: this.record(req.model, started, firstTokenMs, counter.n, 'OK', null, final.usage),
      };
    } catch (e) {
      const outcome = timedOut ? 'TIMEOUT' : 'ERROR';
      const message = timedOut ? `no data from the model for ${this.options.idleTimeoutMs} ms` : describe(e);
      throw new ModelCallError(message, this.record(req.model, started, firstTokenMs, counter.n, outcome, message, null), e);
    } finally {
      clearTimeout(idle);
      clearTimeout(total);
    }
  }

  async classify(model: string, companyName: string, text: string): Promise<{ classification: Classification; call: CallRecord }> {
    const started = performance.now();
    const counter = { n: 0 };
    const signal = AbortSignal.timeout(this.options.totalTimeoutMs);
    try {
      const message = await attempts.run(counter, () =>
        this.client.messages.create(
          {
            model,
            max_tokens: 400,
            system: render('classify', { companyName, classifyTool: CLASSIFY_TOOL, categories: CATEGORIES.join(', ') }),
            messages: [{ role: 'user', content: text }],
            tools: [classifyTool],
            tool_choice: { type: 'tool', name: CLASSIFY_TOOL },
          },
          { signal },
        ),
      );
      const tool = message.content.find((b) => b.type === 'tool_use' && b.name === CLASSIFY_TOOL);
      if (!tool || tool.type !== 'tool_use') throw new Error('the model did not call the classification tool');
      return { classification: parseClassification(tool.input), call: this.record(model, started, null, counter.n, 'OK', null, message.usage) };
    } catch (e) {
      const timedOut = signal.aborted;
      const msg = timedOut ? 'classification timed out' : describe(e);
      throw new ModelCallError(msg, this.record(model, started, null, counter.n, timedOut ? 'TIMEOUT' : 'ERROR', msg, null), e);
    }
  }

  private record(
    model: string,
    started: number,
    firstTokenMs: number | null,
    attemptsMade: number,
    outcome: CallRecord['outcome'],
    error: string | null,
    usage: { input_tokens: number; output_tokens: number } | null,
  ): CallRecord {
    return {
      provider: 'ANTHROPIC',
      model,
      latencyMs: Math.round(performance.now() - started),
      firstTokenMs: firstTokenMs === null ? null : Math.round(firstTokenMs),
      inputTokens: usage?.input_tokens ?? 0,
      outputTokens: usage?.output_tokens ?? 0,
      retries: Math.max(0, attemptsMade - 1),
      outcome,
      error,
    };
  }
}

function describe(e: unknown): string {
  if (e instanceof Anthropic.APIError) return `${e.status ?? 'stream'} ${e.message}`.slice(0, 500);
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}

const num01 = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback);

export function parseAssessment(input: unknown): Assessment {
  const o = (input ?? {}) as Record<string, unknown>;
  return {
    answeredFromSources: o.answered_from_sources === true,
    needsHuman: o.needs_human === true,
    confidence: num01(o.confidence, 0),
    citedSources: Array.isArray(o.cited_sources) ? o.cited_sources.filter((n): n is number => Number.isInteger(n)) : [],
    reason: typeof o.reason === 'string' ? o.reason.slice(0, 500) : null,
  };
}

const oneOf = <T extends string>(v: unknown, values: readonly T[], fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

export function parseClassification(input: unknown): Classification {
  const o = (input ?? {}) as Record<string, unknown>;
  const sentiment = oneOf(o.sentiment, ['NEGATIVE', 'NEUTRAL', 'POSITIVE'] as const, 'NEUTRAL');
  return {
    category: oneOf(String(o.category ?? '').toUpperCase(), CATEGORIES, 'OTHER'),
    intent: typeof o.intent === 'string' && o.intent.trim() ? o.intent.trim().toLowerCase().replace(/[^a-z0-9_]+/g, '_').slice(0, 100) : 'unknown',
    priority: oneOf(o.priority, ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const, 'MEDIUM'),
    sentiment,
    strongNegative: o.strongNegative === true,
    wantsHuman: o.wantsHuman === true,
    summary: typeof o.summary === 'string' ? o.summary.slice(0, 1000) : null,
    source: 'ANTHROPIC',
    confidence: null,
  };
}
