// Small HTTP helpers for the bench: one GraphQL request, and waiting for a server to be ready.
import type { Child } from './children.js';

export interface GqlResponse<D = any> {
  status: number;
  data?: D | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, any>;
}

export async function gql<D = any>(url: string, query: string, options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}): Promise<GqlResponse<D>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await res.text();
  try {
    return { status: res.status, ...(JSON.parse(text) as object) };
  } catch {
    throw new Error(`${url}: HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`);
  }
}

/** Poll `url` until it answers 200; resolves with ms since `since` (a performance.now() value). */
export async function waitFor200(url: string, child: Child, since: number, timeoutMs = 60_000, intervalMs = 20): Promise<number> {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (!child.running) throw new Error(`${child.name} exited (code ${child.proc.exitCode}) before ${url} answered 200\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${child.name}: ${url} not 200 after ${timeoutMs} ms\n${child.output()}`);
}
