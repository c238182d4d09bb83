// A chunk's stored vectors, kept in the API so retrieval scores its candidates here rather than in
// PostgreSQL. Exact cosine in SQL (`sum(a*b) from unnest(embedding, $q)`) was 61 % of the
// database's time under load (docs/performance.md, session 11): every question unnested 2 × 512
// floats for each of ~45 candidates. Now the candidates statement returns each chunk's row-version
// stamp and sends the vectors (array_send: binary float4) only for the chunks this instance has
// not got at that version, so a changed chunk is re-read in the same statement and nothing has to
// be invalidated from outside.
//
// The dot product repeats PostgreSQL's float4 arithmetic step by step (real·real rounded to real,
// summed in real, in element order; Math.fround does exactly that), and the result goes through
// the shortest text form PostgreSQL would have printed, so scores are the ones SQL gave.
import { LruCache } from './embedder.js';

export interface ChunkVectors {
  /** The row version these vectors belong to (knowledge_chunks xmin and ctid: see CHUNK_STAMP_SQL). */
  stamp: string;
  embedding: Float32Array;
  /** A FAQ's question, embedded on its own; null for other chunks. */
  question: Float32Array | null;
}

/**
 * A row version's stamp in SQL: a rewrite of the row (new text, new model, new vectors) makes a new
 * tuple, with a new ctid; two versions with one ctid have different xmins (a slot is reused only once
 * the version that held it is dead to every transaction).
 */
export const CHUNK_STAMP_SQL = `(c.xmin::text || ':' || c.ctid::text)`;

/** At 512 float4 (offline encoder) ≈ 2–4 KB each: 8,192 chunks ≈ 16–32 MB at most. */
export const CHUNK_VECTORS_CACHE_SIZE = 8192;
const cache = new LruCache<string, ChunkVectors>(CHUNK_VECTORS_CACHE_SIZE);

export const cachedChunkVectors = (chunkId: string) => cache.get(chunkId);
export const rememberChunkVectors = (chunkId: string, vectors: ChunkVectors) => cache.set(chunkId, vectors);
/** For tests: start cold. */
export const forgetChunkVectors = () => cache.clear();

const FLOAT4_OID = 700;

/** A one-dimensional real[] in PostgreSQL's binary array format (array_send): header, then (length, value) per element, big-endian. */
export function float4ArrayFromSend(buf: Buffer): Float32Array {
  const ndim = buf.readInt32BE(0);
  if (ndim === 0) return new Float32Array(0);
  if (ndim !== 1 || buf.readUInt32BE(8) !== FLOAT4_OID) throw new Error('expected a one-dimensional real[]');
  const n = buf.readInt32BE(12);
  const out = new Float32Array(n);
  for (let i = 0, at = 20; i < n; i++, at += 8) {
    if (buf.readInt32BE(at) !== 4) throw new Error('a stored embedding has a null element');
    out[i] = buf.readFloatBE(at + 4);
  }
  return out;
}

/**
 * `(select sum(a * b) from unnest(v, q::real[]))` as PostgreSQL computes it: each product and each
 * partial sum rounded to float4 (double rounding is harmless here: a double holds more than twice
 * float4's precision), pairs beyond the shorter array skipped (unnest pads them with nulls).
 * Returns the float4 result, or null (no pairs: SQL's sum of no rows).
 */
export function float4Dot(v: Float32Array, q: Float32Array): number | null {
  const n = Math.min(v.length, q.length);
  if (n === 0) return null;
  let s = 0;
  for (let i = 0; i < n; i++) s = Math.fround(s + Math.fround(v[i] * q[i]));
  return s;
}

/** A float4 as pg hands it to us: PostgreSQL prints the shortest text that reads back as the same float4, and pg parses that text as a double. */
export function float4AsPrinted(f: number): number {
  if (!Number.isFinite(f) || f === 0) return f;
  for (let p = 1; p < 9; p++) {
    const n = Number(f.toPrecision(p));
    if (Math.fround(n) === f) return n;
  }
  return Number(f.toPrecision(9));
}
