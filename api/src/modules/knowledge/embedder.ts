// Text embeddings behind one interface: the offline Universal Sentence Encoder (default, no
// network) or any OpenAI-compatible `/v1/embeddings` endpoint, chosen by configuration.
// Vectors are always L2-normalised, so cosine similarity is a dot product.
import { OfflineEmbedder } from './embedders/offline.js';
import { OpenAiEmbedder } from './embedders/openai.js';

import type { Embedder } from './embedders/types.js';

export type { Embedder };

export interface EmbedderConfig {
  provider: 'offline' | 'openai';
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  /** openai only: vector size to ask for (text-embedding-3-* can shorten); default: the model's own. */
  dimensions?: number;
}

export function createEmbedder(cfg: EmbedderConfig): Embedder {
  if (cfg.provider === 'offline') return new OfflineEmbedder();
  if (!cfg.apiKey) throw new Error('The openai embedding provider needs an API key');
  return new OpenAiEmbedder({ apiKey: cfg.apiKey, model: cfg.model, baseUrl: cfg.baseUrl, dimensions: cfg.dimensions });
}

export { normalize } from './embedders/normalize.js';

/** A tiny LRU map: Map keeps insertion order, so the first key is the least recently used. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

// One cache per embedder instance: the same question asked twice is embedded once.
const queryCaches = new WeakMap<Embedder, LruCache<string, Promise<number[]>>>();
export const QUERY_CACHE_SIZE = 1000;

/** The embedding of one search query, cached (in-flight requests are shared too). */
export function embedQuery(embedder: Embedder, query: string): Promise<number[]> {
  let cache = queryCaches.get(embedder);
  if (!cache) queryCaches.set(embedder, (cache = new LruCache(QUERY_CACHE_SIZE)));
  const key = query.trim().replace(/\s+/g, ' ');
  let hit = cache.get(key);
  if (!hit) {
    hit = embedder.embed([key]).then((v) => v[0]);
    // A failure is not remembered: the next ask tries again.
    const pending = hit;
    pending.catch(() => cache.get(key) === pending && cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/**
 * Embed many queries in batches and keep them in the query cache, so the `retrieve` calls that
 * follow (a calibration scoring hundreds of probes) find their embeddings ready: one model batch
 * per 16 queries instead of one per query.
 */
export async function primeQueryEmbeddings(embedder: Embedder, queries: string[], batch = 16): Promise<void> {
  let cache = queryCaches.get(embedder);
  if (!cache) queryCaches.set(embedder, (cache = new LruCache(QUERY_CACHE_SIZE)));
  const keys = [...new Set(queries.map((q) => q.trim().replace(/\s+/g, ' ')))].filter((k) => k && !cache.get(k));
  for (let i = 0; i < keys.length; i += batch) {
    const part = keys.slice(i, i + batch);
    const vectors = await embedder.embed(part);
    part.forEach((k, j) => cache.set(k, Promise.resolve(vectors[j])));
  }
}
