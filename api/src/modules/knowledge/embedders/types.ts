// What every embedder is (createEmbedder in ../embedder.ts picks one by configuration).
export interface Embedder {
  /** Stored with every chunk (`knowledge_chunks.embedding_model`): vectors of different models never mix. */
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}
