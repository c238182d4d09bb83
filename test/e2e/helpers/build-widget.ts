// Builds web/dist/widget.js's twin into a folder of the test run with the project's own Vite
// (same config, another outDir), so tests never race the real build or each other; built once
// per run (build-once.ts).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnce } from './build-once.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Returns the path of the built widget.js. */
export function buildWidget(): string {
  const outDir = buildOnce('widget', (out) => {
    const viteBin = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [viteBin, 'build', '--config', 'web/widget/vite.config.ts', '--outDir', out, '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  });
  return path.join(outDir, 'widget.js');
}
