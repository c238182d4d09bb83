// Character n-gram evidence for re-ranking retrieval candidates. Words alone miss a customer's
// variants that share most of their letters with the knowledge base's words — "crossed"/"cross out",
// "strike through"/"strikethrough", "unfriended"/"friend", "archive"/"archived" beyond the stemmer —
// and the offline encoder hardly sees them either. Grams of 3–4 letters (inside words, padded with a
// space at both ends) do: each candidate gets a tf-idf cosine with the question over its grams, the
// idf taken over the candidates themselves, so what the candidates all share (the product's name,
// "gmail") counts for little and what sets one apart counts (a pseudo-relevance weighting; cf.
// character n-gram retrieval, McNamee & Mayfield, "Character N-Gram Tokenization for European
// Language Text Retrieval", 2004).
//
// Cost: a few thousand grams per candidate; the text is cut to its first TEXT_CHARS characters.
import { LruCache } from './embedder.js';

const FUNCTION_WORDS = new Set(
  'a an the i me my we our you your he she it its they them is are was were be been being do does did how can could would should will to of in on at for from by with about into as and or but if so than then that this these those there what which who when where why not no any some all just only also very'.split(' '),
);
const MIN = 3;
const MAX = 4;
/** Characters of a chunk's text that are compared (its opening: where a chunk says what it is about). */
export const TEXT_CHARS = 600;

type Grams = Map<string, number>;

export function charGrams(text: string): Grams {
  const grams: Grams = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (FUNCTION_WORDS.has(w)) continue;
    const t = ` ${w} `;
    for (let n = MIN; n <= MAX; n++) for (let i = 0; i + n <= t.length; i++) {
      const g = t.slice(i, i + n);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

/**
 * Every gram seen in a candidate text gets a small integer id, so the per-question arithmetic
 * indexes arrays instead of hashing strings (session 11: ≈ 4 % of the API's CPU under load went
 * to Map look-ups here). Bounded: past MAX_GRAMS ids the dictionary and the cached texts start over.
 */
const MAX_GRAMS = 200_000;
const gramIds = new Map<string, number>();
/** Scratch per call, indexed by gram id: document frequency, idf, the question's weight. */
let df = new Int32Array(1 << 14);
let idfOf = new Float64Array(1 << 14);
let qWeight = new Float64Array(1 << 14);

/** A text's grams (ids) and their sublinear tf (1 + ln f), in first-seen order: compact, and cached per text. */
interface GramVector {
  ids: Int32Array;
  tf: Float64Array;
}

/**
 * Texts whose grams one process keeps (a few kB each): the candidates of a tenant's questions
 * come back again and again (session 11: building them anew was ≈ 4 % of the API's CPU under
 * load). Keyed by the text itself, so an edited chunk is simply a new text.
 */
const TEXTS_CACHED = 2000;
const vectors = new LruCache<string, GramVector>(TEXTS_CACHED);

function vectorOf(text: string): GramVector {
  let v = vectors.get(text);
  if (!v) {
    const grams = charGrams(text);
    const ids = new Int32Array(grams.size);
    const tf = new Float64Array(grams.size);
    let i = 0;
    for (const [g, f] of grams) {
      let id = gramIds.get(g);
      if (id === undefined) gramIds.set(g, (id = gramIds.size));
      ids[i] = id;
      tf[i++] = 1 + Math.log(f);
    }
    v = { ids, tf };
    vectors.set(text, v);
  }
  return v;
}

function ensureScratch(size: number): void {
  if (size <= df.length) return;
  let n = df.length;
  while (n < size) n *= 2;
  df = new Int32Array(n);
  idfOf = new Float64Array(n);
  qWeight = new Float64Array(n);
}

/** tf-idf cosine of the question with each text, idf over the texts given (sublinear tf). */
export function charGramSimilarities(question: string, texts: string[]): number[] {
  // Start over between calls, never within one (the ids of one call must come from one dictionary).
  if (gramIds.size > MAX_GRAMS) {
    gramIds.clear();
    vectors.clear();
  }
  const docs = texts.map(vectorOf);
  ensureScratch(gramIds.size);
  const n = docs.length;
  const idf = (count: number) => Math.log(1 + (n + 1) / (count + 1));
  const touched: number[] = [];
  for (const d of docs) {
    for (const id of d.ids) if (df[id]++ === 0) touched.push(id);
  }
  for (const id of touched) idfOf[id] = idf(df[id]);
  // The question's grams: one not in any candidate (no id, or df 0) weighs in its norm only.
  let qNorm = 0;
  const qIds: number[] = [];
  for (const [g, f] of charGrams(question)) {
    const id = gramIds.get(g);
    const w = (1 + Math.log(f)) * (id !== undefined && df[id] ? idfOf[id] : idf(0));
    qNorm += w * w;
    if (id !== undefined && df[id]) {
      qWeight[id] = w;
      qIds.push(id);
    }
  }
  const out = docs.map(({ ids, tf }) => {
    let dot = 0;
    let dNorm = 0;
    for (let i = 0; i < ids.length; i++) {
      const w = tf[i] * idfOf[ids[i]];
      dNorm += w * w;
      dot += qWeight[ids[i]] * w;
    }
    return qNorm && dNorm ? dot / Math.sqrt(qNorm * dNorm) : 0;
  });
  for (const id of touched) df[id] = 0;
  for (const id of qIds) qWeight[id] = 0;
  return out;
}
