// CPU work off the event loop: one worker thread behind a promise API. Anything that takes more
// than ~20 ms of CPU (a model batch, a classifier training, decoding a stored model) runs in a
// worker, or every request and subscription of every tenant on the instance waits for it.
//
// Protocol (both sides): { id, request } in → { id, result } or { id, error } out. The worker
// is started on first use, is unref'd while idle (it never keeps the process alive), and a
// crashed worker fails what it held with WorkerCrashed; the next request starts a new one.
import { Worker, type Transferable } from 'node:worker_threads';

/** The worker died (crash, out of memory, terminated): the request itself may well be fine. */
export class WorkerCrashed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashed';
  }
}

type Reply = { id: number; result?: unknown; error?: string };

export class WorkerClient<Request, Result> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Result) => void; reject: (e: Error) => void }>();

  /**
   * `script`: a plain .mjs file, or a .ts file (then the worker loads tsx first: the same code runs
   * under `npm start`, vitest and the bench, none of which compiles the API ahead of time).
   */
  constructor(
    private readonly script: URL,
    private readonly name: string,
    /** Stop the thread after this long without work (its memory back); the next request starts it again. */
    private readonly idleTimeoutMs?: number,
  ) {}

  private idleTimer: NodeJS.Timeout | null = null;

  run(request: Request, transfer: readonly Transferable[] = []): Promise<Result> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // alive while a request is in flight…
      worker.postMessage({ id, request }, transfer);
    });
  }

  /** Stop the worker now; requests in flight fail with WorkerCrashed. */
  async terminate(): Promise<void> {
    const w = this.worker;
    if (w) await w.terminate();
  }

  private idle(worker: Worker): void {
    worker.unref();
    if (this.idleTimeoutMs === undefined) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker === worker && !this.pending.size) {
        this.worker = null;
        void worker.terminate();
      }
    }, this.idleTimeoutMs);
    this.idleTimer.unref();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The parent's flags (heap sizes, async-context-frame) are not for workers; a TypeScript
    // worker needs only the tsx loader.
    const execArgv = this.script.pathname.endsWith('.ts') ? ['--import', 'tsx/esm'] : [];
    const worker = new Worker(this.script, { execArgv, name: this.name });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (!this.pending.size) this.idle(worker); // …and idle otherwise
      if (reply.error !== undefined) p.reject(new Error(reply.error));
      else p.resolve(reply.result as Result);
    });
    const fail = (e: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', (e) => fail(new WorkerCrashed(`${this.name} worker failed: ${e.message}`)));
    worker.on('exit', (code) => fail(new WorkerCrashed(`${this.name} worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
