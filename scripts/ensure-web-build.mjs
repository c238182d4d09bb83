// Runs before the API boots (`npm start`): builds the web app and the chat widget once if
// web/dist lacks them, so a fresh clone serves both without a separate build step.
// Silent when the builds already exist. Exits non-zero when a build fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The app build empties web/dist, so the widget (built into the same folder) must follow it.
const builds = [
  { output: path.join(root, 'web', 'dist', 'index.html'), config: 'web/vite.config.ts', what: 'the web app' },
  { output: path.join(root, 'web', 'dist', 'widget.js'), config: 'web/widget/vite.config.ts', what: 'the chat widget' },
];

for (const b of builds) {
  if (existsSync(b.output)) continue; // checked in order: an app build above has emptied web/dist
  console.log(`${path.relative(root, b.output)} not found: building ${b.what}…`);
  // Run Vite's CLI with this same Node binary (the project's Node 22 under npm
  // scripts), not whatever `node` the shebang would find on PATH.
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', b.config], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run vite: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`Build of ${b.what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
