// "The customer asks the same thing again": a sign the last answer missed. Compared on content
// words (function words, greetings and "again / I asked" dropped; light stemming), so "where is
// my order" and "I ASKED: where's my order??" match, while "where is my order" and "cancel my
// order" do not (question words are kept: they carry the question).
import { normalise } from './text.js';

const STOPWORDS = new Set(
  ('a an the and or but if so to of in on at by for from with about into over than then that this these those it its ' +
    'i im ive id me my mine we us our you your youre u is am are was were be been being do does did doing have has had ' +
    'can could would should will shall may might must please pls plz hi hello hey thanks thank ok okay yes yeah just ' +
    'really still again already ask asked asking said told tell question repeat repeating once more anymore there ' +
    'here some any any all also too very as up out')
    .split(' '),
);
const CONTRACTIONS: Record<string, string> = { wheres: 'where', whats: 'what', hows: 'how', whens: 'when', whys: 'why', whos: 'who' };

/** Jaccard overlap that counts as the same question. */
const SAME_QUESTION = 0.6;
/** Share of the shorter message found in the longer one ("… I asked: <the same question>"). */
const CONTAINED = 0.8;

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of normalise(text).split(' ')) {
    const w = CONTRACTIONS[raw] ?? raw;
    if (w !== '' && !STOPWORDS.has(w)) out.add(stem(w));
  }
  return out;
}

export function isRepeat(previous: string, current: string): boolean {
  const a = contentWords(previous);
  const b = contentWords(current);
  if (a.size === 0 || b.size === 0) return false; // "ok" twice is not a repeated question
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const smaller = Math.min(a.size, b.size);
  return jaccard >= SAME_QUESTION || (smaller >= 2 && shared / smaller >= CONTAINED);
}
