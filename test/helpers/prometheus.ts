// A strict parser of the Prometheus text exposition format (0.0.4): every sample line must belong
// to a family announced by # HELP and # TYPE (in that order, once each), names and label names
// must be valid, label values correctly escaped (\\, \", \n only), values numbers or ±Inf/NaN,
// histogram buckets cumulative with a +Inf bucket equal to _count. Throws on the first violation.
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  samples: Sample[];
}

const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function parseValue(raw: string, line: string): number {
  // Prometheus reads values with Go's ParseFloat: Inf and NaN in any letter case.
  if (/^\+?inf$/i.test(raw)) return Infinity;
  if (/^-inf$/i.test(raw)) return -Infinity;
  if (/^nan$/i.test(raw)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) throw new Error(`bad value ${raw} in: ${line}`);
  return Number(raw);
}

function parseLabels(text: string, line: string): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 0;
  if (text[i] !== '{') return { labels, rest: text };
  i++;
  for (;;) {
    if (text[i] === '}') {
      i++;
      break;
    }
    const nameMatch = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(text.slice(i));
    if (!nameMatch) throw new Error(`bad label name in: ${line}`);
    const name = nameMatch[0];
    i += name.length;
    if (text[i] !== '=' || text[i + 1] !== '"') throw new Error(`expected =" after ${name} in: ${line}`);
    i += 2;
    let value = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) throw new Error(`unterminated label value in: ${line}`);
      if (c === '\\') {
        const n = text[i + 1];
        if (n === '\\') value += '\\';
        else if (n === '"') value += '"';
        else if (n === 'n') value += '\n';
        else throw new Error(`bad escape \\${n} in: ${line}`);
        i += 2;
        continue;
      }
      if (c === '"') {
        i++;
        break;
      }
      if (c === '\n') throw new Error(`raw newline in label value: ${line}`);
      value += c;
      i++;
    }
    if (name in labels) throw new Error(`duplicate label ${name} in: ${line}`);
    labels[name] = value;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') throw new Error(`expected , or } in: ${line}`);
  }
  return { labels, rest: text.slice(i) };
}

export function parsePrometheus(text: string): Map<string, Family> {
  if (!text.endsWith('\n')) throw new Error('exposition must end with a newline');
  const families = new Map<string, Family>();
  let current: Family | null = null;
  const familyOf = (sample: string): Family | undefined => {
    if (families.has(sample)) return families.get(sample);
    for (const suffix of ['_bucket', '_sum', '_count']) {
      if (sample.endsWith(suffix)) {
        const f = families.get(sample.slice(0, -suffix.length));
        if (f && (f.type === 'histogram' || f.type === 'summary')) return f;
      }
    }
    return undefined;
  };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# HELP ')) {
      const [, name, ...help] = line.split(' ').slice(1);
      void name;
      const n = line.slice(7).split(' ')[0];
      if (!METRIC.test(n)) throw new Error(`bad metric name ${n}`);
      if (families.has(n)) throw new Error(`second HELP for ${n}`);
      current = { name: n, help: line.slice(7 + n.length + 1), type: 'untyped', samples: [] };
      void help;
      families.set(n, current);
      continue;
    }
    if (line.startsWith('# TYPE ')) {
      const [n, type] = line.slice(7).split(' ');
      const f = families.get(n);
      if (!f || f !== current) throw new Error(`TYPE without its HELP just before: ${line}`);
      if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(type)) throw new Error(`bad type ${type}`);
      if (f.samples.length) throw new Error(`TYPE after samples of ${n}`);
      f.type = type as Family['type'];
      continue;
    }
    if (line.startsWith('#')) continue;
    const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)?.[0];
    if (!name) throw new Error(`bad sample line: ${line}`);
    const { labels, rest } = parseLabels(line.slice(name.length), line);
    for (const l of Object.keys(labels)) if (!LABEL.test(l)) throw new Error(`bad label ${l}`);
    const parts = rest.trim().split(/\s+/);
    if (parts.length < 1 || parts.length > 2 || !rest.startsWith(' ')) throw new Error(`bad sample tail in: ${line}`);
    const value = parseValue(parts[0], line);
    const f = familyOf(name);
    if (!f || f !== current) throw new Error(`sample of an unannounced or interleaved family: ${line}`);
    if (f.type === 'counter' && !(value >= 0)) throw new Error(`negative counter: ${line}`);
    f.samples.push({ name, labels, value });
  }
  for (const f of families.values()) {
    if (f.type !== 'histogram') continue;
    const series = new Map<string, Sample[]>();
    for (const s of f.samples.filter((x) => x.name.endsWith('_bucket'))) {
      const { le, ...rest } = s.labels;
      if (le === undefined) throw new Error(`bucket without le in ${f.name}`);
      const key = JSON.stringify(Object.entries(rest).sort());
      series.set(key, [...(series.get(key) ?? []), s]);
    }
    for (const [key, buckets] of series) {
      let prev = -1;
      for (const b of buckets) {
        if (b.value < prev) throw new Error(`buckets not cumulative in ${f.name} ${key}`);
        prev = b.value;
      }
      const inf = buckets.find((b) => b.labels.le === '+Inf');
      const count = f.samples.find((s) => s.name === `${f.name}_count` && JSON.stringify(Object.entries(s.labels).sort()) === key);
      if (!inf || !count || inf.value !== count.value) throw new Error(`+Inf bucket ≠ _count in ${f.name} ${key}`);
    }
  }
  return families;
}

/** The value of one sample (0 when absent): `name` exactly, labels a subset match. */
export function sampleValue(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  for (const f of families.values()) {
    let sum = 0;
    let found = false;
    for (const s of f.samples) {
      if (s.name !== name) continue;
      if (Object.entries(labels).every(([k, v]) => s.labels[k] === v)) {
        sum += s.value;
        found = true;
      }
    }
    if (found) return sum;
  }
  return 0;
}
