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

/** A text's grams and their sublinear tf (1 + ln f), in first-seen order: compact, and cached per text. */
interface GramVector {
  grams: string[];
  tf: Float64Array;
}

/**
 * Texts whose grams one process keeps (≈ 10–30 kB each): the candidates of a tenant's questions
 * come back again and again (session 11: building them was ≈ 5 % of the API's CPU under load).
 * Keyed by the text itself, so an edited chunk is simply a new text.
 */
const TEXTS_CACHED = 1000;
const vectors = new LruCache<string, GramVector>(TEXTS_CACHED);

function vectorOf(text: string): GramVector {
  let v = vectors.get(text);
  if (!v) {
    const grams = charGrams(text);
    v = { grams: [...grams.keys()], tf: Float64Array.from(grams.values(), (f) => 1 + Math.log(f)) };
    vectors.set(text, v);
  }
  return v;
}

/** tf-idf cosine of the question with each text, idf over the texts given (sublinear tf). */
export function charGramSimilarities(question: string, texts: string[]): number[] {
  const q = charGrams(question);
  const docs = texts.map(vectorOf);
  const df = new Map<string, number>();
  for (const d of docs) for (const g of d.grams) df.set(g, (df.get(g) ?? 0) + 1);
  const n = docs.length;
  const idf = (g: string) => Math.log(1 + (n + 1) / ((df.get(g) ?? 0) + 1));
  let qNorm = 0;
  const qWeights = new Map<string, number>();
  for (const [g, f] of q) {
    const w = (1 + Math.log(f)) * idf(g);
    qWeights.set(g, w);
    qNorm += w * w;
  }
  return docs.map(({ grams, tf }) => {
    let dot = 0;
    let dNorm = 0;
    for (let i = 0; i < grams.length; i++) {
      const w = tf[i] * idf(grams[i]);
      dNorm += w * w;
      const a = qWeights.get(grams[i]);
      if (a) dot += a * w;
    }
    return qNorm && dNorm ? dot / Math.sqrt(qNorm * dNorm) : 0;
  });
}
