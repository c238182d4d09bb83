// Summarise a V8 .cpuprofile (node --cpu-prof): self time by package / source file and by
// function, inclusive time by file of ours, optionally only for samples inside a time window.
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  /** Share of the counted samples (0–1). */
  share: number;
}

export interface ProfileSummary {
  samples: number;
  /** True when the window matched no sample and every sample was counted. */
  windowIgnored: boolean;
  selfByCategory: Share[];
  selfByFunction: Share[];
  /** Inclusive share of each of our source files (api/src/…) and of a few key packages. */
  inclusive: Share[];
}

/** Where a frame's code lives: a package, one of our files, node core, or a V8 pseudo-frame. */
export function category(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)') return '(program: V8/native, not JS)';
    if (functionName === '(idle)') return '(idle)';
    return functionName || '(native)';
  }
  if (url.startsWith('node:')) {
    const first = url.slice(5).replace(/^internal\//, '').split('/')[0].replace(/\.js$/, '');
    return `node:${/^_?http/.test(first) ? 'http' : /^_?stream/.test(first) ? 'streams' : first.replace(/^_/, '')}`;
  }
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const api = url.indexOf('/api/src/');
  if (api >= 0) return url.slice(api + 1);
  return url.replace(/^file:\/\//, '');
}

const shortUrl = (url: string) => {
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  const api = url.indexOf('/api/src/');
  if (api >= 0) return url.slice(api + 1);
  return url.replace(/^file:\/\//, '');
};

function top(counts: Map<string, number>, total: number, n: number): Share[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, c]) => ({ name, share: c / total }));
}

/** `window` in µs of the monotonic clock (process.hrtime.bigint() / 1000n): the profile's own clock on Linux. */
export function summarize(file: string, window?: { fromUs: number; toUs: number }, n = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  let picked = profile.samples.map((_, i) => i);
  let windowIgnored = false;
  if (window) {
    const inWindow = picked.filter((i) => times[i] >= window.fromUs && times[i] <= window.toUs);
    if (inWindow.length) picked = inWindow;
    else windowIgnored = true;
  }
  // Idle samples are time the process waited, not CPU: leave them out of the shares.
  picked = picked.filter((i) => byId.get(profile.samples[i])?.callFrame.functionName !== '(idle)');

  const selfCat = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const incl = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const i of picked) {
    const node = byId.get(profile.samples[i])!;
    const cf = node.callFrame;
    add(selfCat, category(cf));
    add(selfFn, cf.url ? `${cf.functionName || '(anonymous)'} ${shortUrl(cf.url)}:${cf.lineNumber + 1}` : category(cf));
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const c = category(byId.get(id)!.callFrame);
      if (c.startsWith('api/src/') || ['graphql', '@apollo/server', 'express', 'pg', 'pg-protocol', 'graphql-shield', 'graphql-middleware', 'type-graphql', '@mikro-orm/core', 'jose'].includes(c)) seen.add(c);
    }
    for (const c of seen) add(incl, c);
  }
  const total = Math.max(picked.length, 1);
  return {
    samples: picked.length,
    windowIgnored,
    selfByCategory: top(selfCat, total, n),
    selfByFunction: top(selfFn, total, n),
    inclusive: top(incl, total, n),
  };
}
