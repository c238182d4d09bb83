// Query normalisation, the same for both retrievers (dense and lexical): a question is first
// corrected against the tenant's own vocabulary — the words of its published chunks — so that
// "stikethrough" meets "strikethrough" on both sides; the corrected text is what is embedded and
// what full text parses. Plurals and other endings are left to each side (PostgreSQL's English
// stemmer; the sentence encoder sees "letters" and "letter" as near anyway) and a word whose
// ending-stripped form is known is never "corrected". Function words are dropped from the text we
// embed, as they are from the chunks' own embedding text (chunker.ts: embeddingText), and
// PostgreSQL drops the same English stop words on the lexical side.
//
// The correction is deliberately timid — an unknown word is changed only into a known word at
// Damerau–Levenshtein distance 1 (words of 5+ letters) or 2 (9+ letters) — because it must not
// make an off-topic question look answerable: "rent" is never turned into "rest". (Never changing a
// common English word — "model" into "modal" — was tried: no better on StackFAQ, and it lowered the
// demo bank's calibrated threshold so that fewer everyday requests were handed off; docs/assistant.md.)
//
// Then word variants (synonyms.ts): "fb" is also searched as "facebook", "e-mail" as "email",
// where the tenant's own chunks use the full form.
import { createHash } from 'node:crypto';
import type { ReadPool } from '../../db/read-pool.js';
import { embeddingText } from './chunker.js';
import { LruCache } from './embedder.js';
import { DEFAULT_SYNONYMS, tenantSynonymIndex, type SynonymIndex, type WordVariantGroup } from './synonyms.js';

export interface Vocabulary {
  /** word (lower case) → number of the tenant's chunks holding it */
  words: Map<string, number>;
  /** words by length, for the candidate search */
  byLength: Map<number, string[]>;
}

export interface NormalizedQuery {
  /** The question with misspelt words corrected, then each word variant followed by the tenant's other forms of it: what full text parses. */
  text: string;
  /** What the dense side embeds: the corrected question with each variant in the tenant's most used form, without function words (as the chunks are embedded). */
  embedText: string;
  corrections: { from: string; to: string }[];
  /** Word variants read as their full form ("fb" → "facebook"). */
  variants: { from: string; to: string }[];
}

const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’][\p{L}]+)?/gu;

export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set((t.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '')));
    for (const w of seen) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const byLength = new Map<number, string[]>();
  for (const w of [...words.keys()].sort()) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  return { words, byLength };
}

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

const ENDINGS = /(?:ies|es|s|ed|ing|ly|er|est)$/;

/** Known as it is, or by a common ending ("letters" when "letter" is known, "letter" when "letters" is). */
function known(vocab: Vocabulary, w: string): boolean {
  if (vocab.words.has(w)) return true;
  const stem = w.replace(ENDINGS, '');
  if (stem.length >= 3 && (vocab.words.has(stem) || vocab.words.has(`${stem}e`) || vocab.words.has(`${stem}y`))) return true;
  return vocab.words.has(`${w}s`) || vocab.words.has(`${w}es`) || vocab.words.has(`${w}d`) || vocab.words.has(`${w}ed`);
}

/** Allowed edits for an unknown word of this length: none below 5 letters. */
const maxEdits = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

/**
 * Words already looked up against a vocabulary: an unknown word is compared with every known word of
 * a near length, and customers repeat their words. Keyed by the vocabulary object itself, which is
 * built anew when the tenant's chunks change, so an answer never outlives the words it came from.
 */
const lookedUp = new WeakMap<Vocabulary, LruCache<string, string | null>>();
const WORDS_LOOKED_UP = 5000;

/** The known word an unknown one was most likely meant to be, or null. Closest first, then the most common, then alphabetical. */
export function correctWord(vocab: Vocabulary, w: string): string | null {
  let cache = lookedUp.get(vocab);
  if (!cache) lookedUp.set(vocab, (cache = new LruCache(WORDS_LOOKED_UP)));
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const found = closestKnownWord(vocab, w);
  cache.set(w, found);
  return found;
}

function closestKnownWord(vocab: Vocabulary, w: string): string | null {
  const max = maxEdits(w.length);
  if (!max || known(vocab, w) || /\d/.test(w)) return null;
  let best: { word: string; d: number; n: number } | null = null;
  for (let len = w.length - max; len <= w.length + max; len++) {
    for (const candidate of vocab.byLength.get(len) ?? []) {
      if (maxEdits(candidate.length) === 0) continue;
      const d = editDistance(w, candidate, max);
      if (d > max) continue;
      const n = vocab.words.get(candidate)!;
      if (!best || d < best.d || (d === best.d && (n > best.n || (n === best.n && candidate < best.word)))) best = { word: candidate, d, n };
    }
  }
  return best?.word ?? null;
}

/** Correct the query's unknown words in place (the rest of the text — case, punctuation — is kept), then read word variants as the tenant's forms. */
export function normalizeQuery(query: string, vocab: Vocabulary | null, synonyms: SynonymIndex = DEFAULT_SYNONYMS): NormalizedQuery {
  const corrections: NormalizedQuery['corrections'] = [];
  if (!vocab?.words.size) {
    const text = query.trim();
    return { text, embedText: embeddingText({ headingPath: [], text }), corrections, variants: [] };
  }
  let joined = query.trim();
  for (const { pattern, to } of synonyms.phrases) joined = joined.replace(pattern, (_, plural: string) => to + plural);
  const corrected = joined.replace(WORD, (w) => {
    // A variant read as its full form is known as it is ("northwnd" is not "corrected" first).
    if (fullFormOf(vocab, synonyms, w.toLowerCase())) return w;
    const fixed = correctWord(vocab, w.toLowerCase());
    if (!fixed) return w;
    corrections.push({ from: w, to: fixed });
    return fixed;
  });
  const variants: NormalizedQuery['variants'] = [];
  const forEmbedding = new Map<string, string>();
  const text = corrected.replace(WORD, (w) => {
    const found = fullFormOf(vocab, synonyms, w.toLowerCase());
    if (!found) return w;
    variants.push({ from: w, to: found.full });
    forEmbedding.set(w, found.embed);
    return `${w} ${found.full}`;
  });
  const embedSource = corrected.replace(WORD, (w) => forEmbedding.get(w) ?? w);
  return { text, embedText: embeddingText({ headingPath: [], text: embedSource }), corrections, variants };
}

/** A variant's full form where the tenant's chunks use it (keeping a plural "s"), or null. */
function fullFormOf(vocab: Vocabulary, synonyms: SynonymIndex, w: string): { full: string; embed: string } | null {
  const plural = !synonyms.fullFormOf.has(w) && w.endsWith('s') && synonyms.fullFormOf.has(w.slice(0, -1));
  const full = synonyms.fullFormOf.get(plural ? w.slice(0, -1) : w);
  if (!full || !usesFullForm(vocab, full)) return null;
  return { full, embed: plural ? `${full}s` : full };
}

/** Whether the tenant's chunks use a full form: each of its words ("product code": both), the last one also in the plural. */
function usesFullForm(vocab: Vocabulary, full: string): boolean {
  const words = full.match(WORD) ?? [];
  if (!words.length) return false;
  const last = words[words.length - 1];
  return words.slice(0, -1).every((w) => vocab.words.has(w)) && (vocab.words.has(last) || vocab.words.has(`${last}s`));
}

// ---------------------------------------------------------------------------------------------
// The tenant's vocabulary and word variants, cached per process and re-read when they change

// The version also carries a digest of the tenant's own word variants (assistant.wordVariants, a
// primary-key read in the same statement), so a change of them is seen at the next question
// without a statement of its own; the variants themselves are read only when the digest moves.
/**
 * The version of a tenant's query terms as one JSON value (`QueryTermsVersion`): a sub-select for a
 * statement that reads the tenant anyway (the assistant's turn context), so the check costs no
 * statement of its own there.
 */
export const queryTermsVersionSql = (tenantIdExpr: string) => `(select json_build_object('n', count(*)::int, 'at', coalesce(max(created_at)::text, ''),
    'variants', (select md5(coalesce(t.assistant->'wordVariants', '[]'::jsonb)::text) from tenants t where t.id = ${tenantIdExpr}))
  from knowledge_chunks where tenant_id = ${tenantIdExpr})`;
const VERSION_SQL = `select ${queryTermsVersionSql('$1')} as v`;

/** What tenantQueryTerms checks: the tenant's chunks (count, last write) and its variants' digest. */
export interface QueryTermsVersion {
  n: number;
  at: string;
  variants: string | null;
}
/** The digest of no variants of its own (`[]`): the shipped index, nothing to read. */
const NO_VARIANTS = createHash('md5').update('[]').digest('hex');
const VARIANTS_SQL = `select coalesce(assistant->'wordVariants', '[]'::jsonb) as groups from tenants where id = $1`;
const TEXTS_SQL = `select array_to_string(heading_path, ' ') || ' ' || text as t from knowledge_chunks where tenant_id = $1`;

type Db = Pick<ReadPool, 'query'>;
interface Cached {
  version: string;
  vocab: Promise<Vocabulary>;
  variantsVersion: string;
  synonyms: Promise<SynonymIndex>;
}
const caches = new WeakMap<Db, LruCache<string, Cached>>();
/** Tenants whose vocabulary one process keeps. */
const TENANTS_CACHED = 200;

/** What a tenant's questions are normalised with: its vocabulary and its word variants over the shipped ones. */
export interface QueryTerms {
  vocab: Vocabulary;
  synonyms: SynonymIndex;
}

/**
 * The tenant's vocabulary and word variants. One cheap statement checks the tenant's chunks (count
 * and last write) and its variants (a digest) on every call, so a document indexed, or a variant
 * saved, by another instance is known at the next question. `known`: that version, read by the
 * caller in a statement of its own (queryTermsVersionSql) just before — then nothing is read here
 * unless it moved.
 */
export async function tenantQueryTerms(db: Db, tenantId: string, known?: QueryTermsVersion | null): Promise<QueryTerms> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LruCache(TENANTS_CACHED)));
  const v = known ?? (await db.query<{ v: QueryTermsVersion }>(VERSION_SQL, [tenantId]))[0]?.v;
  const version = `${v?.n ?? 0}:${v?.at ?? ''}`;
  const variantsVersion = v?.variants ?? '';
  const hit = cache.get(tenantId);
  if (hit?.version === version && hit.variantsVersion === variantsVersion) return { vocab: await hit.vocab, synonyms: await hit.synonyms };
  // Only the part that moved is read again.
  const vocab = hit?.version === version ? hit.vocab : db.query<{ t: string }>(TEXTS_SQL, [tenantId]).then((rows) => buildVocabulary(rows.map((r) => r.t)));
  const synonyms =
    hit?.variantsVersion === variantsVersion
      ? hit.synonyms
      : !v?.variants || v.variants === NO_VARIANTS
        ? Promise.resolve(DEFAULT_SYNONYMS)
        : db.query<{ groups: WordVariantGroup[] }>(VARIANTS_SQL, [tenantId]).then(([r]) => tenantSynonymIndex(r?.groups));
  const entry: Cached = { version, vocab, variantsVersion, synonyms };
  cache.set(tenantId, entry);
  const drop = () => cache.get(tenantId) === entry && cache.delete(tenantId);
  vocab.catch(drop);
  synonyms.catch(drop);
  return { vocab: await vocab, synonyms: await synonyms };
}
