// Priority of a conversation or ticket from what the customer wants and how they feel.
// Intents and categories are matched by name, so tenant-made labels ("billing_problem",
// "ACCOUNT_SECURITY") get the same treatment as Bitext's.
import type { Sentiment } from './sentiment.js';

export type Priority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';

/** Someone may be losing money or access right now: a person should look at once. */
const CRITICAL = /fraud|hack|breach|security|unauthori[sz]ed|stolen|compromised|outage|emergency|identity_theft/i;
/** Money already moved, or a complaint: mistakes here cost the customer and the tenant. */
const MONEY_OR_COMPLAINT = /payment_issue|complaint|refund|charge|billing|^payment$|^refund$|dispute/i;
/** Stuck until someone acts (cannot log in, register, receive), or soon too late (order ships). */
const STUCK_OR_TIME_SENSITIVE = /problem|issue|error|fail|broken|lost|locked|not_working|damaged|missing|recover_password|cancel_order|change_order/i;

export function priorityFor(input: {
  intent?: string | null;
  category?: string | null;
  sentiment: Sentiment;
  vip?: boolean;
}): Priority {
  const labels = [input.intent, input.category].filter((x): x is string => !!x);
  const is = (re: RegExp) => labels.some((l) => re.test(l));
  const { strongNegative } = input.sentiment;
  const negative = input.sentiment.label === 'NEGATIVE';
  const money = is(MONEY_OR_COMPLAINT);
  const vip = input.vip === true;

  // Security and fraud do not wait, however calm the customer sounds.
  if (is(CRITICAL)) return 'URGENT';
  // An angry customer about money, or an angry VIP, is about to leave (or charge back).
  if (strongNegative && (money || vip)) return 'URGENT';
  // Anger alone, whatever the topic, is worth a person soon.
  if (strongNegative) return 'HIGH';
  // Unhappy about money, or an unhappy VIP.
  if (negative && (money || vip)) return 'HIGH';
  // Unhappy, stuck, or about money: ahead of questions that can wait. VIPs never sit at LOW.
  if (negative || money || is(STUCK_OR_TIME_SENSITIVE) || vip) return 'MEDIUM';
  // Information requests (delivery options, payment methods, newsletter…).
  return 'LOW';
}
