// Builds the web app (and the widget beside it) into a temporary folder with the project's own
// Vite config, so a test server can serve it as WEB_DIST without touching web/dist.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWidget, repoRoot } from './build-widget.js';

/** Returns the folder holding index.html, the assets and widget.js. */
export function buildApp(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'sb-web-'));
  const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [viteBin, 'build', '--config', 'web/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  copyFileSync(buildWidget(), path.join(outDir, 'widget.js'));
  return outDir;
}
