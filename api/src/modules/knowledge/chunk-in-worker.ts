// chunkDocument off the event loop (chunker.worker.ts): indexing a long article must not stall the
// instance's requests and subscriptions. Same result as chunkDocument; the thread goes when idle.
import { WorkerClient } from '../../workers/worker-client.js';
import type { Chunk, chunkDocument } from './chunker.js';

const chunker = new WorkerClient<Parameters<typeof chunkDocument>[0], Chunk[]>(new URL('./chunker.worker.ts', import.meta.url), 'chunker', 60_000);

export function chunkInWorker(doc: { kind: 'ARTICLE' | 'FAQ'; title: string; body: string }): Promise<Chunk[]> {
  return chunker.run({ kind: doc.kind, title: doc.title, body: doc.body });
}
