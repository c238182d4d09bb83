// `npm start` runs the API from a bundle (dist/api/main.mjs and its chunks in dist/api/chunks)
// instead of ~600 TypeScript modules through tsx's loader hooks: loading the application then
// costs about half the CPU (issue 18 goal 4, docs/performance.md "Start-up"). Split into chunks so
// that main.mjs loads only what main() needs to start PostgreSQL and Chroma; the application and
// its packages load from the `app` chunk meanwhile. Rebuilt (≈ 1 s) only when a source file under
// api/src changed since the last build; packages stay in node_modules.
// Tests, the bench and `npm run dev`-style work keep running the sources through tsx.
//
// Two things a bundle would otherwise change, kept as the sources have them:
// - `import.meta.url`: modules find their data files, prompts and worker scripts next to
//   themselves, so each module keeps its own source file's URL (the worker threads still load
//   their `.ts` scripts through tsx, see workers/worker-client.ts);
// - class names: type-graphql and MikroORM name types and entities after classes, and a bundler
//   renames clashing top-level names — `keepNames` keeps every `.name` as written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = path.join(root, 'api', 'src');
const OUT_DIR = path.join(root, 'dist', 'api');
export const API_BUNDLE = path.join(OUT_DIR, 'main.mjs');
const STAMP = path.join(OUT_DIR, 'build-stamp.json');

function* sourceFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|mts|mjs|js|json)$/.test(e.name)) yield p;
  }
}

/** A stamp of every source file (path, size, mtime), this script and the esbuild version. */
function sourceStamp(esbuildVersion) {
  const h = createHash('sha256').update(esbuildVersion).update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of [...sourceFiles(SOURCES)].sort()) {
    const s = statSync(f);
    h.update(`${path.relative(root, f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/** Build dist/api (main.mjs + chunks/) unless it is up to date; returns whether it built. */
export async function ensureApiBuild({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const stamp = sourceStamp(esbuild.version);
  if (existsSync(API_BUNDLE) && existsSync(STAMP) && JSON.parse(readFileSync(STAMP, 'utf8')).stamp === stamp) return false;
  const started = Date.now();
  await buildInto(esbuild, OUT_DIR, { splitting: true });
  writeFileSync(STAMP, JSON.stringify({ stamp, builtAt: new Date().toISOString() }) + '\n');
  if (!quiet) console.log(`api: bundled into ${path.relative(root, OUT_DIR)} in ${Date.now() - started} ms`);
  return true;
}

/**
 * The bundle into `outDir` (main.mjs, plus chunks/ when split). `splitting`: what `main.ts` imports
 * statically is main.mjs and its shared chunks; `import('./app.js')` is a chunk of its own with
 * every package the application needs, so those load after main() has started the database (an
 * unsplit bundle hoists them all above main()). Exported for the bench's before/after comparison.
 */
export async function buildInto(esbuild, outDir, { splitting }) {
  mkdirSync(outDir, { recursive: true });
  // Chunk names carry content hashes: drop the previous build's.
  rmSync(path.join(outDir, 'chunks'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { main: path.join(SOURCES, 'main.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    splitting,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    tsconfig: path.join(root, 'tsconfig.json'),
    plugins: [
      {
        name: 'own-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            if (!args.path.startsWith(SOURCES + path.sep)) return undefined;
            const source = readFileSync(args.path, 'utf8');
            return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      },
    ],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureApiBuild().catch((e) => {
    console.error(`Bundling the API failed: ${e.message}`);
    process.exit(1);
  });
}
