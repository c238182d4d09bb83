// Cheap, deterministic, offline conversation signals, run on every customer message (each call
// takes a few microseconds): sentiment, "asks for a person", "look at my account", "your answer
// didn't help", "asks the same thing again", and the priority they add up to. They decide hand-offs with or without an
// API key, so they must not depend on one. English first; asksForHuman also knows a few es/fr/de/nl
// wordings. The rules live in ./signals/, each file with its reasons.
export { sentimentOf, type Sentiment } from './signals/sentiment.js';
export { asksForHuman } from './signals/human-request.js';
export { needsAccountLookup } from './signals/account-lookup.js';
export { saysNotHelpful } from './signals/not-helpful.js';
export { isRepeat } from './signals/repeat.js';
export { priorityFor, type Priority } from './signals/priority.js';
