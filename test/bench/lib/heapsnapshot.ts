// Where a V8 heap grew between two snapshots (InspectorSession.heapSnapshot): live objects counted
// and summed (self size) by type and constructor name, the difference listed largest first.
// Used by the realtime bench (BENCH_REALTIME_HEAP=1) to see what one idle subscriber holds.
import { readFileSync } from 'node:fs';

export interface HeapGroup {
  name: string;
  count: number;
  bytes: number;
}

/**
 * Live objects of a snapshot by `type name`; arrays, strings and V8 internals ("hidden") by the
 * object that holds them and the property they hold them under (the first retainer found), which
 * is what says whose they are.
 */
export function heapGroups(file: string): Map<string, HeapGroup> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => fields.indexOf(f));
  const eFields = snap.snapshot.meta.edge_fields;
  const eWidth = eFields.length;
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => eFields.indexOf(f));
  const eTypes = snap.snapshot.meta.edge_types[0];
  const nameOf = (i: number) => `${types[snap.nodes[i + iType]]} ${snap.strings[snap.nodes[i + iName]]}`.slice(0, 50);
  // First retainer of every node: "<holder> .<edge>".
  const holder = new Map<number, string>();
  for (let i = 0, e = 0; i < snap.nodes.length; i += width) {
    const end = e + snap.nodes[i + iEdges] * eWidth;
    for (; e < end; e += eWidth) {
      const to = snap.edges[e + eTo];
      if (holder.has(to)) continue;
      const kind = eTypes[snap.edges[e + eType]];
      if (kind === 'weak' || kind === 'shortcut') continue;
      const edge = kind === 'element' || kind === 'hidden' ? `[${kind}]` : `.${snap.strings[snap.edges[e + eName]]}`;
      holder.set(to, `${nameOf(i)} ${edge}`.slice(0, 90));
    }
  }
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]];
    const byName = type === 'object' || type === 'closure' || type === 'native';
    const name = byName ? nameOf(i) : `${type} ← ${holder.get(i) ?? '?'}`;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, count: 0, bytes: 0 }));
    g.count++;
    g.bytes += snap.nodes[i + iSize];
  }
  return groups;
}

/** The groups that grew most from `before` to `after`, with the growth per `per` (e.g. per subscriber). */
export function heapGrowth(before: string, after: string, per: number, top = 25): { name: string; count: number; bytes: number }[] {
  const a = heapGroups(before);
  const b = heapGroups(after);
  const out: { name: string; count: number; bytes: number }[] = [];
  for (const [name, g] of b) {
    const old = a.get(name) ?? { count: 0, bytes: 0 };
    out.push({ name, count: (g.count - old.count) / per, bytes: (g.bytes - old.bytes) / per });
  }
  return out.sort((x, y) => y.bytes - x.bytes).slice(0, top);
}
