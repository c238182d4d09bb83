// What one language-model call leaves for the AI call log, whoever made it (Claude or the
// offline provider) and whatever it was for (an answer, a classification).
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

/** A failed model call, with the record to log. `timeout` when our deadline aborted it. */
export class ModelCallError extends Error {
  constructor(message: string, readonly call: CallRecord, readonly cause?: unknown) {
    super(message);
    this.name = 'ModelCallError';
  }
}
