// Keeps the embedded Chroma child alive. Without it, a Chroma that crashed (or was killed) stayed
// down until the API restarted, and every conversation of the instance was handed off meanwhile.
// The child is restarted on the same port and data folder (the vector store's URL stays valid,
// the collections are still there), with back-off so a child that cannot start does not spin:
// 250 ms, 500 ms, 1 s … up to 30 s; a child that ran for a minute counts as healthy again.
// Nothing is restarted once stop() began (graceful shutdown).
import type { Logger } from '../../logger.js';
import { startChroma, type ChromaServer } from './chroma-server.js';

export interface ChromaSupervisorOptions {
  dir: string;
  port?: number;
  log: Logger;
  /** First restart delay (default 250 ms); doubles per failed or short-lived attempt. */
  initialDelayMs?: number;
  /** Longest delay between two attempts (default 30 s). */
  maxDelayMs?: number;
  /** A child that ran this long resets the back-off (default 60 s). */
  healthyAfterMs?: number;
  /** Called once the first child process is running (before it answers). */
  onSpawned?: () => void;
}

export class ChromaSupervisor {
  private server: ChromaServer | null = null;
  private startedAt = 0;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private restarting: Promise<void> | null = null;
  private stopping = false;
  /** Restarts done since start (tests, metrics). */
  restarts = 0;

  private constructor(
    private readonly options: ChromaSupervisorOptions,
    readonly url: string,
    private readonly port: number,
  ) {}

  static async start(options: ChromaSupervisorOptions): Promise<ChromaSupervisor> {
    let supervisor: ChromaSupervisor | undefined;
    // onExit is never called before startChroma has returned, so `supervisor` is set by then.
    const server = await startChroma({
      dir: options.dir,
      port: options.port,
      log: (line) => options.log.trace({ chroma: line }, 'chroma'),
      onExit: (code, signal) => supervisor!.exited(server, code, signal),
      onSpawned: options.onSpawned,
    });
    supervisor = new ChromaSupervisor(options, server.url, Number(new URL(server.url).port));
    supervisor.server = server;
    supervisor.startedAt = Date.now();
    return supervisor;
  }

  /** True while the child is down and a restart is scheduled or under way. */
  get down(): boolean {
    return this.server === null && !this.stopping;
  }

  get pid(): number | undefined {
    return this.server?.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.restarting;
    const server = this.server;
    this.server = null;
    await server?.stop();
  }

  private exited(server: ChromaServer, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || this.server !== server) return;
    this.server = null;
    if (Date.now() - this.startedAt >= (this.options.healthyAfterMs ?? 60_000)) this.failures = 0;
    const delay = this.delay();
    this.options.log.warn({ code, signal, restartInMs: delay }, 'chroma exited: restarting it; the assistant hands off until it is back');
    this.schedule(delay);
  }

  private delay(): number {
    return Math.min(this.options.maxDelayMs ?? 30_000, (this.options.initialDelayMs ?? 250) * 2 ** this.failures);
  }

  private schedule(delay: number): void {
    this.failures++;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.restarting = this.restart().finally(() => (this.restarting = null));
    }, delay);
    this.timer.unref();
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    try {
      const server = await startChroma({
        dir: this.options.dir,
        port: this.port,
        log: (line) => this.options.log.trace({ chroma: line }, 'chroma'),
        onExit: (code, signal) => this.exited(server, code, signal),
      });
      this.server = server;
      this.startedAt = Date.now();
      this.restarts++;
      this.options.log.info({ pid: server.pid, restarts: this.restarts }, 'chroma restarted');
      if (this.stopping) {
        this.server = null;
        await server.stop();
      }
    } catch (e) {
      if (this.stopping) return;
      const delay = this.delay();
      this.options.log.warn({ err: e, restartInMs: delay }, 'chroma restart failed: trying again');
      this.schedule(delay);
    }
  }
}
