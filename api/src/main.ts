// Process entry: `npm start`. A bad configuration ends in one clear line and exit code 1.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './app.js';
import { DEMO_PASSWORD } from './boot/seed/demo-tenants.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    return fatal(e);
  }
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  let app;
  try {
    app = await startApp(config, log);
  } catch (e) {
    return fatal(e, log);
  }
  log.info({ url: app.url, ms: Date.now() - started, database: config.embeddedDatabase ? 'embedded' : 'external', events: app.services.events.transport }, 'Switchboard is ready');
  if (app.seed) {
    // Printed once, on the start that created the demo data.
    const lines = app.seed.logins.map((l) => `  ${l.role.padEnd(15)} ${l.email.padEnd(28)} tenant: ${l.tenant ?? '(none: platform)'}`);
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
