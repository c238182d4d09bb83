// A child's V8 inspector over its WebSocket (the child runs with `--inspect=127.0.0.1:0` and prints
// `Debugger listening on ws://…`): force a full GC in it and read its heap, so memory figures
// compare settled states rather than whatever garbage happened to be around.
import { createWriteStream, readFileSync } from 'node:fs';
import WebSocket from 'ws';
import type { Child } from './children.js';

export class InspectorSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void }>();
  private onChunk: ((chunk: string) => void) | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; params?: { chunk?: string }; result?: unknown; error?: { message: string } };
      if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') return void this.onChunk?.(msg.params!.chunk!);
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!p) return;
      this.pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    });
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('inspector session closed'));
      this.pending.clear();
    });
  }

  /** Attach to a child started with `--inspect=127.0.0.1:0`. */
  static async attach(child: Child, timeoutMs = 30_000): Promise<InspectorSession> {
    const line = await child.waitForLine(/Debugger listening on ws:\/\/\S+/, timeoutMs);
    const url = /ws:\/\/\S+/.exec(line)![0];
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new InspectorSession(ws);
  }

  call<R = unknown>(method: string, params: Record<string, unknown> = {}): Promise<R> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Full GC (twice: the first one may only free what the second can then compact). */
  async collectGarbage(): Promise<void> {
    await this.call('HeapProfiler.collectGarbage');
    await this.call('HeapProfiler.collectGarbage');
  }

  /** V8 heap in use, bytes. */
  async heapUsed(): Promise<number> {
    const r = await this.call<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    return r.usedSize;
  }

  /** Write a heap snapshot of the child (after a full GC) to `file` (.heapsnapshot, for DevTools or heapsnapshot.ts). */
  async heapSnapshot(file: string): Promise<void> {
    const out = createWriteStream(file);
    this.onChunk = (chunk) => out.write(chunk);
    try {
      await this.call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      this.onChunk = null;
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    }
  }

  close(): void {
    this.ws.terminate();
  }
}

/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM, …); null once the process is gone. */
export function procStatusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
