// Process entry: `npm start`. A bad configuration ends in one clear line and exit code 1.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { BootPhases } from './boot/phases.js';
import { startEarly, stopEarly } from './boot/early.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    return fatal(e);
  }
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const phases = new BootPhases();
  // The database and Chroma first: they come up in processes of their own while this one loads
  // the application's modules (imported here, not at the top, so they load meanwhile).
  const early = startEarly(config, log, phases);
  // At most a moment: then module loading may block the event loop without holding them back.
  await Promise.race([early.spawned, new Promise((r) => setTimeout(r, 1000).unref())]);
  let startApp;
  try {
    ({ startApp } = await phases.time('modules', () => import('./app.js')));
  } catch (e) {
    await stopEarly(early);
    return fatal(e, log);
  }
  let app;
  try {
    app = await startApp(config, log, { phases, early });
  } catch (e) {
    return fatal(e, log);
  }
  // processMs: since the process started (Node's own start and the loader included); cpuMs: this
  // process's CPU time so far (on a busy machine a steadier figure than the wall time).
  const cpu = process.cpuUsage();
  log.info({ url: app.url, ms: Date.now() - started, processMs: Math.round(performance.now()), cpuMs: Math.round((cpu.user + cpu.system) / 1000), phases: phases.toJSON(), database: config.embeddedDatabase ? 'embedded' : 'external', events: app.services.events.transport }, 'Switchboard is ready');
  if (app.seed) {
    // Printed once, on the start that created the demo data.
    const lines = app.seed.logins.map((l) => `  ${l.role.padEnd(15)} ${l.email.padEnd(28)} tenant: ${l.tenant ?? '(none: platform)'}`);
    const { DEMO_PASSWORD } = await import('./boot/seed/demo-tenants.js');
    process.stdout.write(`\nDemo data created. Every demo account's password is "${DEMO_PASSWORD}":\n${lines.join('\n')}\nOpen ${app.url}\n\n`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('graceful shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    await app.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

function fatal(e: unknown, log?: ReturnType<typeof createLogger>): never {
  if (e instanceof ConfigError) {
    process.stderr.write(`switchboard: ${e.message}\n`);
  } else {
    log?.fatal({ err: e }, 'boot failed');
    process.stderr.write(`switchboard: could not start: ${(e as Error)?.message ?? String(e)}\n`);
  }
  process.exit(1);
}

void main();
