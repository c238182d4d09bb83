// Worker thread of the chunker: a 100,000-character document takes 50–115 ms of CPU to chunk
// here, too long for the event loop that serves every tenant's requests (chunk-in-worker.ts).
import { serve } from '../../workers/serve.js';
import { chunkDocument, type Chunk } from './chunker.js';

serve<Parameters<typeof chunkDocument>[0], Chunk[]>((doc) => ({ result: chunkDocument(doc) }));
