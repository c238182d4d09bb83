// Builds web/dist/widget.js's twin into a temporary folder with the project's own Vite (same
// config, another outDir), so tests never race the real build or each other.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Returns the path of the freshly built widget.js. */
export function buildWidget(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'sb-widget-'));
  const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [viteBin, 'build', '--config', 'web/widget/vite.config.ts', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return path.join(outDir, 'widget.js');
}
