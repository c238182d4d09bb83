// "Look at MY account": the customer asks about a fact only someone with access to their account,
// order, payment or application can see ("why was my payment declined?", "has my refund been
// processed?", "where is order NW55102938?"). No knowledge base answers that, and an extract
// from a policy article would only look like an answer: hand off to a person who can look.
// General questions that merely say "my" ("how do I check my balance?", "why is my card not
// working abroad?") are not lookups: they are how-to questions the knowledge base answers.
import { normalise } from './text.js';

const OWN = '(?:my|mine|our|me)';
// What a lookup is about. "Can you check my size?" asks for advice, not for their records.
const RECORD =
  '(?:account|order|parcel|package|delivery|shipment|payment|transfer|refund|return|card|balance|statement|' +
  'application|address|salary|points|booking|subscription|invoice|transaction|debit|standing order|documents?|' +
  'complaint|loan|mortgage|overdraft|details|case|ticket|money|claim|exchange|voucher|gift card|fee|charge)s?';
const LOOKUP: RegExp[] = [
  // Asking us to act on their data: "can you check / look into / confirm … my …".
  new RegExp(`\\b(?:can|could|would|will)\\s+(?:you|u|someone|somebody)\\s+(?:please\\s+)?(?:check|look\\s+(?:up|into|at)|confirm|verify|find\\s+out|see\\s+(?:if|whether))\\b.*\\b${OWN}\\s+(?:\\w+\\s+){0,2}?${RECORD}\\b`),
  // Why a past event on their account happened: "why was my …", "why did my …", "why hasnt my …".
  new RegExp(`\\bwhy\\s+(?:was|were|did|has|have|hasnt|havent|didnt|wasnt|werent)\\s+(?:\\w+\\s+){0,4}?(?:${OWN}|i)\\b`),
  new RegExp(`\\bwhy\\s+did\\s+you\\s+(?:\\w+\\s+){0,2}?${OWN}\\b`),
  // Whether something of theirs has happened yet: "has my refund been processed", "did the money I sent arrive".
  /\b(?:has|have|did)\s+(?:my|the|our)\s+(?:[\w]+\s+){0,5}?(?:been|arrived|arrive|come|gone|go|reached|shipped|processed|approved|received|posted|sent|looked)\b/,
  /\b(?:did|have|has)\s+you\s+(?:\w+\s+)?(?:receive|received|get|got|process|processed|send|sent|ship|shipped)\b/,
  // A reference of theirs: order/case/invoice numbers, codes like NW55102938 or RT-900431.
  /\b(?:order|reference|ref|case|ticket|invoice|inv|tracking|parcel|transaction|booking|return|rt)\s*(?:number|no|nr)?\s*(?:is\s+)?[a-z]{0,3}\s*\d{4,}\b/,
  /\b[a-z]{2,4}\d{6,}\b/,
  // Carrier tracking codes and the like: one long token of letters and digits mixed.
  /\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{12,}\b/,
];

export function needsAccountLookup(text: string): boolean {
  const s = normalise(text);
  return LOOKUP.some((re) => re.test(s));
}
