// What the assistant asks of a language model, independent of who answers: Claude through the
// SDK, or the offline provider. Both report the same call record for the AI call log.
export interface SourceForModel {
  /** 1-based number the answer cites as [n]. */
  n: number;
  title: string;
  headingPath: string[];
  text: string;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** The model's structured judgement of its own answer (a tool call after the text). */
export interface Assessment {
  answeredFromSources: boolean;
  needsHuman: boolean;
  /** The model's own confidence in the answer, 0–1. */
  confidence: number;
  citedSources: number[];
  reason: string | null;
}

export interface CallRecord {
  provider: 'ANTHROPIC' | 'OFFLINE';
  model: string;
  latencyMs: number;
  firstTokenMs: number | null;
  inputTokens: number;
  outputTokens: number;
  retries: number;
  outcome: 'OK' | 'ERROR' | 'TIMEOUT';
  error: string | null;
}

export interface AnswerRequest {
  model: string;
  system: string;
  turns: ChatTurn[];
  query: string;
  sources: SourceForModel[];
  /** Called with each piece of text as the model produces it. */
  onDelta(text: string): void;
}

export interface AnswerResult {
  text: string;
  assessment: Assessment | null;
  call: CallRecord;
}

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

/** A failed model call, with the record to log. `timeout` when our deadline aborted it. */
export class ModelCallError extends Error {
  constructor(message: string, readonly call: CallRecord, readonly cause?: unknown) {
    super(message);
    this.name = 'ModelCallError';
  }
}
