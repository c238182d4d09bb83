// Runs before `npm test` (the `pretest` script): the test command sets up what the suite needs.
// - Chromium (Debian's package) for the end-to-end tests: installed with apt when we run as root,
//   else the run stops with ONE line saying what to install (the e2e tests are part of the suite).
// - redis-server for the Redis fault tests (each starts, stops and freezes its own Redis):
//   installed with apt as root; elsewhere those tests say clearly that they did not run.
// PostgreSQL needs nothing: without TEST_DATABASE_URL/DATABASE_URL the tests start an embedded one.
// Silent when everything is there. SKIP_TEST_TOOLS=1 skips the checks (a partial run by hand).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SKIP_TEST_TOOLS === '1') process.exit(0);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
// TEST_TOOLS_APT=0 forbids installing (a test of the refusal line uses it).
const canApt = process.env.TEST_TOOLS_APT !== '0' && process.getuid?.() === 0 && onPath('apt-get');
let aptUpdated = false;

function aptInstall(pkg, why) {
  console.log(`[test setup] ${why}: installing Debian's ${pkg} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return r.status === 0;
}

if (!existsSync(CHROMIUM)) {
  const installed = canApt && aptInstall('chromium', `Chromium not found at ${CHROMIUM}`) && existsSync(CHROMIUM);
  if (!installed) {
    console.error(
      `npm test: the end-to-end tests need Chromium at ${CHROMIUM} — install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}

if (!onPath('redis-server') && canApt) aptInstall('redis-server', 'redis-server not found (Redis fault tests)');
