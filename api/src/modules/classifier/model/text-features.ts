// Text -> sparse feature vector. Word unigrams and bigrams carry meaning; character n-grams inside
// word boundaries carry it across typos, inflections and unseen word forms ("cancelling",
// "cancellation", "cancelation"), which customer text and small tenant training sets are full of.

/** How a text is cut into features. Stored with the model so prediction cuts it the same way. */
export interface FeatureConfig {
  /** Character n-gram lengths, inclusive. */
  charMin: number;
  charMax: number;
  /** Word bigrams ("not working" is not "working"). */
  bigrams: boolean;
  /**
   * Share of the vector's squared length given to the word features (the rest goes to character
   * n-grams), each part L2-normalised on its own. Without it a text's ~150 character n-grams drown
   * its ~10 words. Absent in models trained before it existed: one norm over everything.
   */
  wordWeight?: number;
}

export const DEFAULT_FEATURES: FeatureConfig = { charMin: 3, charMax: 5, bigrams: true, wordWeight: 0.5 };

/** Character n-grams start with "#"; anything else is a word feature (unigram or bigram). */
const isCharFeature = (f: string) => f.charCodeAt(0) === 35;

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

const APOSTROPHES = /['’‘`´]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case, accents off, apostrophes joined ("don't" -> "dont"), everything else a space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
}

export function tokenise(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/**
 * Calls `emit` once per feature occurrence. Prefixes keep the kinds apart: a bare word is a
 * unigram, "a b" a bigram, "#xyz" a character n-gram (with "<" and ">" marking the word's ends).
 */
export function forEachFeature(text: string, config: FeatureConfig, emit: (feature: string) => void): void {
  const words = tokenise(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    emit(w);
    if (config.bigrams && i + 1 < words.length) emit(w + ' ' + words[i + 1]);
    const padded = '<' + w + '>';
    for (let n = config.charMin; n <= config.charMax; n++) {
      if (padded.length < n) break;
      for (let s = 0; s + n <= padded.length; s++) emit('#' + padded.slice(s, s + n));
    }
  }
}

/** Feature -> count for one text. */
export function countFeatures(text: string, config: FeatureConfig): Map<string, number> {
  const counts = new Map<string, number>();
  forEachFeature(text, config, (f) => counts.set(f, (counts.get(f) ?? 0) + 1));
  return counts;
}

/** The features kept for a model, with their inverse document frequencies. */
export interface Vocabulary {
  index: Map<string, number>;
  terms: string[];
  idf: Float32Array;
}

/**
 * Keeps features seen in at least `minDf` texts (rare ones are mostly typos that only memorise one
 * example and bloat the model), at most `maxFeatures` of them by document frequency.
 */
export function buildVocabulary(
  docs: Map<string, number>[],
  opts: { minDf: number; maxFeatures: number },
): Vocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  let kept = [...df].filter(([, n]) => n >= opts.minDf);
  if (kept.length > opts.maxFeatures) {
    // Ties broken by the feature itself so the vocabulary does not depend on Map order.
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    kept = kept.slice(0, opts.maxFeatures);
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const terms = kept.map(([f]) => f);
  const idf = new Float32Array(terms.length);
  const n = docs.length;
  kept.forEach(([, d], i) => (idf[i] = Math.log((1 + n) / (1 + d)) + 1));
  return { index: new Map(terms.map((t, i) => [t, i])), terms, idf };
}

/**
 * Sublinear tf-idf, L2-normalised: long and short messages land on the same scale, and a word
 * repeated three times does not count three times as much. With `wordWeight`, the word part and
 * the character part are normalised separately and weighted (squared lengths wordWeight and
 * 1 − wordWeight; a text with only one part gets that part at its weight alone).
 */
export function vectorise(counts: Map<string, number>, vocab: Vocabulary, wordWeight?: number): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  const char: boolean[] = [];
  let wordNorm = 0;
  let charNorm = 0;
  for (const [f, c] of counts) {
    const i = vocab.index.get(f);
    if (i === undefined) continue;
    const v = (1 + Math.log(c)) * vocab.idf[i];
    idx.push(i);
    val.push(v);
    const isChar = isCharFeature(f);
    char.push(isChar);
    if (isChar) charNorm += v * v;
    else wordNorm += v * v;
  }
  const out: SparseVector = { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  if (wordWeight === undefined) {
    const norm = wordNorm + charNorm;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let k = 0; k < out.val.length; k++) out.val[k] *= inv;
    }
    return out;
  }
  const wordScale = wordNorm > 0 ? Math.sqrt(wordWeight / wordNorm) : 0;
  const charScale = charNorm > 0 ? Math.sqrt((1 - wordWeight) / charNorm) : 0;
  for (let k = 0; k < out.val.length; k++) out.val[k] *= char[k] ? charScale : wordScale;
  return out;
}
