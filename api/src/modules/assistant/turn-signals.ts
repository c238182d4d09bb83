// Step 1 of a turn: cheap offline signals first. They need no retrieval and no model, and decide
// greetings, "I want a person", anger, account questions and "that didn't help".
import type { AppServices } from '../../services.js';
import { asksForHuman, isRepeat, needsAccountLookup, saysNotHelpful, sentimentOf } from '../classifier/signals.js';
import { render } from './prompts.js';
import type { TurnContext } from './turn-context.js';
import { handedOff, type TurnOutcome } from './turn-outcome.js';

const GREETING = /^\s*(hi|hello|hey|hallo|hola|bonjour|good (morning|afternoon|evening)|thanks?( you)?|thank you( very much)?|ok(ay)?|cheers|yo)[\s!.,?]*$/i;
/** Unhelpful exchanges in a row after which a human takes over. */
const UNHELPFUL_LIMIT = 3;

export interface Unhelpful {
  /** "That didn't help": no new question in it. */
  complaint: boolean;
  /** A complaint, or the same question again: the last answer did not help. */
  unhelpful: boolean;
}

export function unhelpfulSignals(t: TurnContext): Unhelpful {
  const query = t.pendingCustomerText;
  const complaint = saysNotHelpful(query);
  return { complaint, unhelpful: complaint || (t.previousCustomerText !== null && isRepeat(t.previousCustomerText, query)) };
}

/** How the turn ends without retrieval, or null: retrieve and answer. */
export async function decideBeforeRetrieval(services: AppServices, t: TurnContext, signals: Unhelpful): Promise<TurnOutcome | null> {
  const query = t.pendingCustomerText;
  if (GREETING.test(query)) return { decision: 'CLARIFIED', reason: 'greeting', reply: { body: render('clarify', { assistantName: t.assistant.name }), unhelpful: false } };
  if (asksForHuman(query) || (await wantsHumanByClassifier(services, t.tenantId, query))) return handedOff('CUSTOMER_ASKED', null);
  if (sentimentOf(query).strongNegative) return handedOff('NEGATIVE_SENTIMENT', null);
  // Their own account, order or payment: no article knows it, and an extract would only look like an answer.
  if (needsAccountLookup(query)) return handedOff('ACCOUNT_LOOKUP', null);
  if (signals.unhelpful && t.aiFailedAttempts + 1 >= UNHELPFUL_LIMIT) return handedOff('UNHELPFUL', `${t.aiFailedAttempts + 1} unhelpful exchanges`);
  // "That didn't help" carries no new question: ask for one (the third time, a human takes over).
  if (signals.complaint) return { decision: 'CLARIFIED', reason: 'the customer said the answer did not help', reply: { body: render('notHelpful', {}), unhelpful: true } };
  return null;
}

// N-grams alone: this runs before retrieval on every turn, and asking for a person is worded
// plainly enough that the sentence encoder (an extra ≈ 14 ms of CPU) adds nothing to it.
async function wantsHumanByClassifier(services: AppServices, tenantId: string, text: string): Promise<boolean> {
  const p = await services.ai.classifiers.predict(services, tenantId, text, { ngramsOnly: true }).catch(() => null);
  return !!p && p.intent === 'contact_human_agent' && p.confidence >= 0.6;
}
