// The worker side of worker-client.ts for TypeScript workers: answer each { id, request } with
// { id, result } or { id, error }. A handler may name buffers to transfer instead of copy.
import { parentPort, type Transferable } from 'node:worker_threads';

export interface Reply<Result> {
  result: Result;
  transfer?: Transferable[];
}

export function serve<Request, Result>(handle: (request: Request) => Reply<Result> | Promise<Reply<Result>>): void {
  if (!parentPort) throw new Error('serve() runs inside a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      const { result, transfer } = await handle(request);
      port.postMessage({ id, result }, transfer ?? []);
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
