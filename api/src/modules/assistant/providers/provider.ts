// What the assistant asks of a language model, independent of who answers: Claude through the
// SDK, or the offline provider. Both report the same call record for the AI call log.
import type { CallRecord } from '../../ai-calls/call-record.js';

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
