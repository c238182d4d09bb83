// Lexicon sentiment in the manner of VADER (Hutto & Gilbert, 2014), cut down to what matters in
// support chats: negation, intensifiers, "but", ALL CAPS, "!!!", emoji, profanity, and threats to
// leave. Deterministic and a few microseconds per message, so it runs on every customer message.
import { normalise, NEGATORS } from './text.js';
import {
  ANGRY_EMOJI, DIMINISHERS, INTENSIFIERS, LEAVING, MILD_PROFANITY, NEGATIVE_EMOJI, PHRASES, POSITIVE_EMOJI,
  PROFANITY, STRONG_WORDS, THREATS, VALENCE,
} from './sentiment-lexicon.js';

export interface Sentiment {
  /** -1..1 */
  score: number;
  label: 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';
  /** Angry, abusive or threatening to leave: worth a person's attention now. */
  strongNegative: boolean;
}

/** |score| below this is NEUTRAL: one mild word ("problem", "fine") should not colour a request. */
const LABEL_THRESHOLD = 0.2;
/** A score this low is strongly negative even without a strong word (several negatives piled up). */
const STRONG_SCORE = -0.85;
/** VADER's normalisation constant: score = sum / sqrt(sum² + ALPHA). */
const ALPHA = 15;
/** "not happy" is less negative than "unhappy" is (VADER's empirical factor). */
const NEGATION = -0.74;
/** Each "!" (up to four) pushes the score further the way it already leans. */
const EXCLAMATION = 0.292;
const CAPS_EMPHASIS = 1.5;
/** Shouting a whole message is frustration in itself ("WHERE IS MY ORDER"). */
const SHOUTING_VALENCE = -1.2;

interface Word {
  w: string;
  caps: boolean;
  clause: number;
}

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const CLAUSE_BREAK = /[.,;:!?()\n]+/;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const HAS_UPPER = /\p{Lu}/u;

function words(text: string): Word[] {
  const out: Word[] = [];
  const clauses = text.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, '').split(CLAUSE_BREAK);
  clauses.forEach((c, clause) => {
    // "no problem" is thanks, not a negated problem.
    const ws = c.replace(/\bno (?:problems?|worries|issues?)\b/gi, 'noproblem').split(WORD_SPLIT).filter(Boolean);
    for (const w of ws) out.push({ w: w.toLowerCase(), caps: w.length >= 3 && w === w.toUpperCase() && HAS_UPPER.test(w), clause });
  });
  return out;
}

function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 8 && upper / letters >= 0.7;
}

const inClause = (ws: Word[], i: number, clause: number) => i >= 0 && i < ws.length && ws[i].clause === clause;

/** An intensifier or profanity right before a word that carries sentiment only amplifies it. */
function amplifiesNext(ws: Word[], i: number): boolean {
  for (let j = i + 1; j <= i + 2 && inClause(ws, j, ws[i].clause); j++) {
    if (VALENCE[ws[j].w] !== undefined && !PROFANITY.has(ws[j].w)) return true;
    if (INTENSIFIERS[ws[j].w] === undefined) return false;
  }
  return false;
}

export function sentimentOf(text: string): Sentiment {
  const ws = words(text);
  const shouting = isShouting(text);
  const butAt = ws.findLastIndex((x) => x.w === 'but' || x.w === 'however');
  let lexicon = 0;
  let strong = false;
  for (let i = 0; i < ws.length; i++) {
    const { w, caps, clause } = ws[i];
    let v = VALENCE[w];
    if (w === 'like' && ['i', 'we', 'they', 'really', 'dont', 'didnt', 'do', 'did', 'not', 'totally'].includes(ws[i - 1]?.w) && ws[i + 1]?.w !== 'to') v = 1.5;
    if (v === undefined) continue;
    if ((INTENSIFIERS[w] !== undefined || PROFANITY.has(w)) && amplifiesNext(ws, i)) continue;
    for (let k = 1; k <= 2 && inClause(ws, i - k, clause); k++) {
      const m = INTENSIFIERS[ws[i - k].w] ?? DIMINISHERS[ws[i - k].w];
      if (m !== undefined) v *= k === 1 ? m : 1 + (m - 1) / 2;
    }
    if (caps && !shouting) v *= CAPS_EMPHASIS;
    if (shouting) v *= CAPS_EMPHASIS;
    let negated = false;
    // A negative pronoun is not itself negated ("never arrived and nobody replies").
    if (!NEGATORS.has(w) && w !== 'nobody')
      for (let k = 1; k <= 3 && inClause(ws, i - k, clause); k++) if (NEGATORS.has(ws[i - k].w)) negated = true;
    if (negated) v *= NEGATION;
    // After "but" is what the customer means; before it is politeness.
    if (butAt >= 0) v *= i < butAt ? 0.5 : 1.5;
    if (!negated && (STRONG_WORDS.has(w) || (PROFANITY.has(w) && !MILD_PROFANITY.has(w)))) strong = true;
    lexicon += v;
  }

  const s = normalise(text);
  let sum = lexicon;
  for (const p of PHRASES) {
    if (!p.re.test(s)) continue;
    sum += p.v;
    if (p.strong) strong = true;
  }
  sum += 2 * (text.match(POSITIVE_EMOJI)?.length ?? 0) - 2 * (text.match(NEGATIVE_EMOJI)?.length ?? 0);
  const angryEmoji = text.match(ANGRY_EMOJI)?.length ?? 0;
  if (angryEmoji > 0) {
    sum -= 3 * angryEmoji;
    strong = true;
  }
  if (shouting) {
    sum += SHOUTING_VALENCE;
    if (lexicon < 0) strong = true; // shouting a complaint, not just a question
  }
  const bangs = Math.min(4, text.split('!').length - 1);
  if (sum !== 0) sum += Math.sign(sum) * EXCLAMATION * bangs;
  if (THREATS.some((re) => re.test(s))) {
    sum -= 3;
    strong = true;
  } else if (sum < 0 && LEAVING.test(s)) {
    sum -= 1.5;
    strong = true;
  }

  let score = sum / Math.sqrt(sum * sum + ALPHA);
  if (score <= STRONG_SCORE) strong = true;
  if (strong) score = Math.min(score, -0.5); // strongly negative is never labelled anything else
  const label = score >= LABEL_THRESHOLD ? 'POSITIVE' : score <= -LABEL_THRESHOLD ? 'NEGATIVE' : 'NEUTRAL';
  return { score: Math.round(score * 1000) / 1000, label, strongNegative: strong };
}
