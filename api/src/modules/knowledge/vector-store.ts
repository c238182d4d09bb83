// The dense half of retrieval: chunk vectors in Chroma, one collection per tenant (cosine space).
// PostgreSQL stays the source of truth (knowledge_chunks.embedding); Chroma holds a copy that can
// be rebuilt at any time, so a missing collection simply means "no vectors yet".
import { ChromaClient, ChromaConnectionError, ChromaNotFoundError, ChromaServerError, type Collection } from 'chromadb';

export interface VectorItem {
  id: string;
  embedding: number[];
  documentId: string;
  ordinal: number;
  /** The chunk this vector stands for, when it is not the chunk's own vector (a FAQ's question vector). */
  chunkId?: string;
}

export interface VectorHit {
  id: string;
  /** The chunk the vector stands for: `id` itself, or the chunk of a FAQ's question vector. */
  chunkId: string;
  documentId: string;
  /** Cosine similarity (1 − Chroma's cosine distance). */
  similarity: number;
}

export interface VectorStore {
  upsert(tenantId: string, items: VectorItem[]): Promise<void>;
  /** Remove a document's vectors; `except` keeps those ids (so a re-sync never leaves a gap). */
  deleteDocument(tenantId: string, documentId: string, options?: { except?: string[] }): Promise<void>;
  query(tenantId: string, embedding: number[], k: number): Promise<VectorHit[]>;
  count(tenantId: string): Promise<number>;
  dropTenant(tenantId: string): Promise<void>;
  heartbeat(): Promise<boolean>;
}

/** Chroma could not be reached or did not answer in time. The caller decides (e.g. hand off to a human). */
export class VectorStoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VectorStoreUnavailable';
  }
}

/**
 * Chroma's collection-name rules: 3–512 characters of [a-zA-Z0-9._-], starting and ending with a
 * letter or digit, no "..". The namespace keeps deployments (or test files) sharing one Chroma apart.
 */
export function collectionName(namespace: string, tenantId: string): string {
  let name = `${namespace}-${tenantId}`
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9]+$/g, '');
  if (name.length > 512) name = name.slice(name.length - 512).replace(/^[^a-zA-Z0-9]+/, '');
  while (name.length < 3) name += '0';
  return name;
}

export interface ChromaVectorStoreOptions {
  url: string;
  namespace: string;
  /** Each Chroma call rejects with VectorStoreUnavailable after this long (default 3000 ms). */
  timeoutMs?: number;
}

/**
 * Records per upsert request: far under Chroma's own limit, so each request stays well inside the
 * timeout, and its JSON body (512 numbers a record) takes ≈ 9 ms to build, not ≈ 50 ms for 500.
 */
const WRITE_BATCH = 100;

export class ChromaVectorStore implements VectorStore {
  private readonly client: ChromaClient;
  private readonly namespace: string;
  private readonly timeoutMs: number;
  /** Collection handles by tenant; a handle whose collection was dropped elsewhere is forgotten on 404. */
  private readonly collections = new Map<string, Promise<Collection>>();

  constructor(options: ChromaVectorStoreOptions) {
    const u = new URL(options.url);
    const ssl = u.protocol === 'https:';
    // Tenant and database set explicitly: otherwise the client asks the server for them first.
    this.client = new ChromaClient({ host: u.hostname, port: Number(u.port) || (ssl ? 443 : 8000), ssl, tenant: 'default_tenant', database: 'default_database' });
    this.namespace = options.namespace;
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  async upsert(tenantId: string, items: VectorItem[]): Promise<void> {
    if (!items.length) return;
    for (let i = 0; i < items.length; i += WRITE_BATCH) {
      const batch = items.slice(i, i + WRITE_BATCH);
      await this.withCollection(tenantId, true, (c) =>
        c.upsert({
          ids: batch.map((x) => x.id),
          embeddings: batch.map((x) => x.embedding),
          metadatas: batch.map((x) => ({ documentId: x.documentId, ordinal: x.ordinal, ...(x.chunkId && { chunkId: x.chunkId }) })),
        }),
      );
    }
  }

  async deleteDocument(tenantId: string, documentId: string, options: { except?: string[] } = {}): Promise<void> {
    const keep = new Set(options.except ?? []);
    await this.withCollection(tenantId, false, async (c) => {
      if (!keep.size) return c.delete({ where: { documentId } });
      const { ids } = await c.get({ where: { documentId }, include: [] });
      const stale = ids.filter((id) => !keep.has(id));
      if (stale.length) await c.delete({ ids: stale });
    });
  }

  async query(tenantId: string, embedding: number[], k: number): Promise<VectorHit[]> {
    let result;
    try {
      result = await this.withCollection(tenantId, false, (c) => c.query({ queryEmbeddings: [embedding], nResults: k, include: ['metadatas', 'distances'] }));
    } catch (e) {
      // A collection being (re)built has no index on disk yet: no dense hits for a moment, not an outage.
      if (/Nothing found on disk/i.test(String((e as Error).cause ?? ''))) return [];
      throw e;
    }
    if (!result) return [];
    const ids = result.ids[0] ?? [];
    return ids.map((id, i) => ({
      id,
      chunkId: String(result.metadatas[0]?.[i]?.chunkId ?? id),
      documentId: String(result.metadatas[0]?.[i]?.documentId ?? ''),
      similarity: 1 - (result.distances[0]?.[i] ?? 1),
    }));
  }

  async count(tenantId: string): Promise<number> {
    return (await this.withCollection(tenantId, false, (c) => c.count())) ?? 0;
  }

  async dropTenant(tenantId: string): Promise<void> {
    this.collections.delete(tenantId);
    try {
      await this.timed(this.client.deleteCollection({ name: collectionName(this.namespace, tenantId) }));
    } catch (e) {
      if (!(e instanceof ChromaNotFoundError)) throw this.unavailable(e);
    }
  }

  async heartbeat(): Promise<boolean> {
    try {
      await this.timed(this.client.heartbeat());
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Run `op` on the tenant's collection. Without `create`, a missing collection gives undefined.
   * A cached handle whose collection vanished (dropped by another instance) is looked up once more.
   */
  private async withCollection<T>(tenantId: string, create: boolean, op: (c: Collection) => Promise<T>): Promise<T | undefined> {
    for (let attempt = 0; ; attempt++) {
      const cached = this.collections.has(tenantId);
      try {
        const collection = await this.collection(tenantId, create);
        if (!collection) return undefined;
        return await this.timed(op(collection));
      } catch (e) {
        // A cached handle may be stale (the collection was dropped or Chroma restarted): look it
        // up once more before deciding. Some servers answer a vanished collection with a 5xx.
        if (cached && attempt === 0 && !(e instanceof VectorStoreUnavailable)) {
          this.collections.delete(tenantId);
          continue;
        }
        if (e instanceof ChromaNotFoundError) {
          this.collections.delete(tenantId);
          if (!create) return undefined;
        }
        throw this.unavailable(e);
      }
    }
  }

  private async collection(tenantId: string, create: boolean): Promise<Collection | undefined> {
    const name = collectionName(this.namespace, tenantId);
    let handle = this.collections.get(tenantId);
    if (!handle) {
      handle = this.timed(
        create
          ? // We always send our own vectors: no embedding function, cosine space.
            this.client.getOrCreateCollection({ name, embeddingFunction: null, configuration: { hnsw: { space: 'cosine' } }, metadata: { tenantId } })
          : this.client.getCollection({ name }),
      );
      this.collections.set(tenantId, handle);
      handle.catch(() => this.collections.get(tenantId) === handle && this.collections.delete(tenantId));
    }
    try {
      return await handle;
    } catch (e) {
      if (e instanceof ChromaNotFoundError && !create) return undefined;
      throw e;
    }
  }

  private timed<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new VectorStoreUnavailable(`Chroma did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }

  private unavailable(e: unknown): Error {
    if (e instanceof VectorStoreUnavailable) return e;
    if (e instanceof ChromaConnectionError) return new VectorStoreUnavailable('Chroma is unreachable', { cause: e });
    // Server-side failures (5xx) also mean retrieval cannot go on; request errors (4xx) are bugs: keep them.
    if (e instanceof ChromaServerError) return new VectorStoreUnavailable(`Chroma failed: ${e.message}`, { cause: e });
    return e instanceof Error ? e : new Error(String(e));
  }
}
