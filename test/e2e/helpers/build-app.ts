// Builds the web app (and the widget beside it) into a folder of the test run with the project's
// own Vite config, so a test server can serve it as WEB_DIST without touching web/dist; built
// once per run (build-once.ts). Servers only read the folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { buildOnce } from './build-once.js';
import { buildWidget, repoRoot } from './build-widget.js';

/** Returns the folder holding index.html, the assets and widget.js. */
export function buildApp(): string {
  return buildOnce('web', (outDir) => {
    const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [viteBin, 'build', '--config', 'web/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    copyFileSync(buildWidget(), path.join(outDir, 'widget.js'));
  });
}
