// The import graph of api/src and the house rules over it: see test/api/platform/import-graph.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SRC = 'api/src';

export type Graph = Map<string, Set<string>>;

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Block and line comments out (an import in a comment is no import); strings stay. */
const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

export function importGraph(files: string[], read: (file: string) => string): Graph {
  const known = new Set(files);
  const graph: Graph = new Map(files.map((f) => [f, new Set<string>()]));
  for (const file of files) {
    for (const m of stripComments(read(file)).matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      const resolved = known.has(target) ? target : known.has(`${target}/index.ts`) ? `${target}/index.ts` : null;
      if (resolved) graph.get(file)!.add(resolved);
    }
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan): the import circles. */
export function circles<N>(nodes: Iterable<N>, next: (n: N) => Iterable<N>): N[][] {
  let index = 0;
  const idx = new Map<N, number>();
  const low = new Map<N, number>();
  const stack: N[] = [];
  const on = new Set<N>();
  const out: N[][] = [];
  const visit = (v: N) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: N[] = [];
      let w: N;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc);
    }
  };
  for (const n of nodes) if (!idx.has(n)) visit(n);
  return out;
}

const moduleOf = (file: string) => /^api\/src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
const isResolver = (file: string) => /\.(resolver|mutations)\.ts$/.test(file) || /^api\/src\/modules\/[^/]+\/index\.ts$/.test(file);
const isDataShape = (file: string) => /\.(entity|entities|type|types|inputs)\.ts$/.test(file);
const PLATFORM = /^api\/src\/(auth|permissions|db|events|jobs|graphql|http|idempotency|workers)\/|^api\/src\/(config|context|errors|logger|services|free-port|runtime-flags)\.ts$/;

interface Edge {
  from: string;
  to: string;
}

const edgesOf = (graph: Graph): Edge[] => [...graph].flatMap(([from, tos]) => [...tos].map((to) => ({ from, to })));

/** Everything the rules find wrong, as readable lines (empty: the house is in order). */
export function violations(graph: Graph): string[] {
  const edges = edgesOf(graph);
  const found: string[] = [];

  for (const scc of circles(graph.keys(), (f) => graph.get(f) ?? [])) {
    if (scc.includes(`${SRC}/services.ts`)) found.push(`circle through services.ts: ${[...scc].sort().join(', ')}`);
  }
  for (const { from, to } of edges) {
    const a = moduleOf(from);
    const b = moduleOf(to);
    if (a && b && a !== b && isResolver(to)) found.push(`module ${a} imports module ${b}'s resolver: ${from} -> ${to}`);
    if (from.startsWith(`${SRC}/modules/`) && to.startsWith(`${SRC}/boot/`)) found.push(`modules/ imports boot/: ${from} -> ${to}`);
    if (PLATFORM.test(from) && to.startsWith(`${SRC}/modules/`)) found.push(`platform layer imports modules/: ${from} -> ${to}`);
  }

  const byModule = new Map<string, Map<string, Edge>>();
  for (const e of edges) {
    const a = moduleOf(e.from);
    const b = moduleOf(e.to);
    if (!a || !b || a === b || isDataShape(e.to)) continue;
    if (!byModule.has(a)) byModule.set(a, new Map());
    if (!byModule.get(a)!.has(b)) byModule.get(a)!.set(b, e);
  }
  for (const scc of circles(byModule.keys(), (m) => byModule.get(m)?.keys() ?? [])) {
    const ties = scc.flatMap((a) => scc.filter((b) => byModule.get(a)?.has(b)).map((b) => `${byModule.get(a)!.get(b)!.from} -> ${byModule.get(a)!.get(b)!.to}`));
    found.push(`circle between modules ${[...scc].sort().join(', ')}: ${ties.join('; ')}`);
  }
  return found;
}
