// Sentence embeddings of bench data sets, cached on disk under .bench/ (keyed by the text's
// SHA-256 and the embedder's id), so a rerun of `ai-classifier` does not spend minutes of encoder
// CPU on 10,000 texts it embedded before. Texts are embedded one per encoder call, exactly as the
// API's upload job embeds a tenant's examples, so the vectors are bit for bit the ones it stores.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Embedder } from '../../../api/src/modules/knowledge/embedder.js';
import { embedderId, embeddingKey } from '../../../api/src/modules/classifier/example-embeddings.js';

const HASH_BYTES = 32;

export class EmbeddingCache {
  private readonly file: string;
  private readonly vectors = new Map<string, Float32Array>();
  /** Texts embedded (not found in the cache) by this process, and the wall time they took. */
  embedded = 0;
  embedMs = 0;

  constructor(root: string, private readonly embedder: Embedder) {
    const dir = path.join(root, '.bench', 'embeddings');
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, `${embedderId(embedder).replace(/[^a-z0-9.-]+/gi, '_')}.bin`);
    if (!existsSync(this.file)) return;
    const bytes = readFileSync(this.file);
    const d = embedder.dimensions;
    const record = HASH_BYTES + d * 4;
    for (let at = 0; at + record <= bytes.length; at += record) {
      const v = new Float32Array(d);
      new Uint8Array(v.buffer).set(bytes.subarray(at + HASH_BYTES, at + record));
      this.vectors.set(bytes.subarray(at, at + HASH_BYTES).toString('hex'), v);
    }
  }

  private static key(text: string): string {
    return createHash('sha256').update(embeddingKey(text)).digest('hex');
  }

  /** Vectors of `texts` (in order), embedding the ones not cached yet and appending them to the file. */
  async get(texts: string[], log?: (m: string) => void): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((t) => !this.vectors.has(EmbeddingCache.key(t))))];
    if (missing.length) log?.(`embedding ${missing.length} texts not in ${path.relative(process.cwd(), this.file)} (one encoder call per text, as the upload job does)`);
    const started = performance.now();
    for (const [i, t] of missing.entries()) {
      const v = Float32Array.from((await this.embedder.embed([embeddingKey(t)]))[0]);
      const key = EmbeddingCache.key(t);
      this.vectors.set(key, v);
      appendFileSync(this.file, Buffer.concat([Buffer.from(key, 'hex'), Buffer.from(v.buffer)]));
      if (log && (i + 1) % 1000 === 0) log(`  ${i + 1}/${missing.length}`);
    }
    this.embedded += missing.length;
    this.embedMs += performance.now() - started;
    return texts.map((t) => this.vectors.get(EmbeddingCache.key(t))!);
  }
}
