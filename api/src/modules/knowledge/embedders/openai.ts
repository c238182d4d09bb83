// A hosted embedder speaking the OpenAI-compatible `POST {baseUrl}/embeddings` format (OpenAI,
// Azure-style gateways, Voyage/Mistral/Together/Ollama/vLLM compatibility endpoints…).
import type { Embedder } from './types.js';
import { normalize } from './normalize.js';

const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** Default `text-embedding-3-small`. */
  model?: string;
  /** Up to and including `/v1`; default `https://api.openai.com/v1`. */
  baseUrl?: string;
  dimensions?: number;
  /** Inputs per request (default 64). */
  batchSize?: number;
  /** Per request, including retries' individual attempts (default 30 s). */
  timeoutMs?: number;
  /** Attempts after the first on 429, 5xx and network errors (default 2). */
  retries?: number;
}

export class EmbeddingProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EmbeddingProviderError';
  }
}

interface EmbeddingsResponse {
  data: { embedding: number[]; index: number }[];
}

export class OpenAiEmbedder implements Embedder {
  readonly model: string;
  private readonly url: string;
  private observedDimensions: number | undefined;

  constructor(private readonly o: OpenAiEmbedderOptions) {
    this.model = o.model ?? 'text-embedding-3-small';
    this.url = `${(o.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/embeddings`;
  }

  /** Configured, else known for the model, else learnt from the first response (0 before it). */
  get dimensions(): number {
    return this.o.dimensions ?? KNOWN_DIMENSIONS[this.model] ?? this.observedDimensions ?? 0;
  }

  async embed(texts: string[]): Promise<number[][]> {
    const size = this.o.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += size) out.push(...(await this.request(texts.slice(i, i + size))));
    return out;
  }

  private async request(input: string[]): Promise<number[][]> {
    const body = JSON.stringify({ model: this.model, input: input.map((t) => t || ' '), encoding_format: 'float', ...(this.o.dimensions && { dimensions: this.o.dimensions }) });
    const retries = this.o.retries ?? 2;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.o.apiKey}` },
          body,
          signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
        });
      } catch (e) {
        if (attempt < retries) {
          await backoff(attempt);
          continue;
        }
        throw new EmbeddingProviderError(`Embedding request failed: ${(e as Error).message}`);
      }
      if (response.ok) return this.parse((await response.json()) as EmbeddingsResponse, input.length);
      const detail = (await response.text().catch(() => '')).slice(0, 300);
      if ((response.status === 429 || response.status >= 500) && attempt < retries) {
        await backoff(attempt, response.headers.get('retry-after'));
        continue;
      }
      throw new EmbeddingProviderError(`Embedding provider answered ${response.status}: ${detail}`, response.status);
    }
  }

  private parse(json: EmbeddingsResponse, expected: number): number[][] {
    if (!Array.isArray(json?.data) || json.data.length !== expected) throw new EmbeddingProviderError(`Embedding provider returned ${json?.data?.length ?? 'no'} vectors for ${expected} inputs`);
    const vectors = [...json.data].sort((a, b) => a.index - b.index).map((d) => normalize(d.embedding));
    this.observedDimensions ??= vectors[0]?.length;
    return vectors;
  }
}

function backoff(attempt: number, retryAfter?: string | null): Promise<void> {
  const seconds = Number(retryAfter);
  const ms = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 10_000) : 500 * 2 ** attempt;
  return new Promise((r) => setTimeout(r, ms));
}
