// What retrieval and the labelled-question evidence both need (its own file: chunk-questions.ts
// and retrieval.ts import each other's work otherwise).
import type { ReadPool } from '../../db/read-pool.js';
import type { Embedder } from './embedder.js';
import type { VectorStore } from './vector-store.js';

export interface RetrievalDeps {
  db: Pick<ReadPool, 'query'>;
  vectors: VectorStore;
  embedder: Embedder;
}
