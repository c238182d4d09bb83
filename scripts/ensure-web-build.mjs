// Runs before the API boots (`npm start`): builds the web app once if web/dist is
// missing, so a fresh clone serves the dashboard without a separate build step.
// Silent when the build already exists. Exits non-zero when the build fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const indexHtml = path.join(root, 'web', 'dist', 'index.html');

if (!existsSync(indexHtml)) {
  console.log('web/dist/index.html not found: building the web app…');
  // Run Vite's CLI with this same Node binary (the project's Node 22 under npm
  // scripts), not whatever `node` the shebang would find on PATH.
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error) {
    console.error(`Could not run vite: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`Web build failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
