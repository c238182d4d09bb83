// Section `identity`: what authentication costs. The same query with a staff token and without
// one (anonymous: no credential to verify, no auth state to check — authentication
// short-circuited), one after the other on one server pinned to one core.
import type { Row, Section } from '../lib/types.js';
import { startApi } from '../lib/api.js';
import { load, waitForQuiet } from '../lib/load.js';
import { API_NODE_FLAGS, loadedApiEnv, signIn } from './foundation.js';

const VIEWER = '{ viewer { kind permissions } }';
const PUBLIC = '{ serverInfo { name version } }';

export const identity: Section = {
  name: 'identity',
  description: 'authenticated vs anonymous requests/s for the same query (cost of authentication)',
  async run(ctx) {
    const db = await ctx.database();
    const dataDir = ctx.tempDir('sb-bench-identity-');
    const api = await startApi({ children: ctx.children, apiRoot: ctx.apiRoot, name: 'api', env: loadedApiEnv(db.url, dataDir), nodeFlags: API_NODE_FLAGS, pinTo: ctx.serverCores });
    try {
      const url = `${api.url}/graphql`;
      const auth = await signIn(url);
      const run = (label: string, query: string, headers: Record<string, string>) =>
        ctx.offServerCores(async () => {
          await waitForQuiet(ctx.log);
          const r = await load({ url, body: { query }, headers, server: api.child });
          ctx.log(`load: ${label}: ${Math.round(r.requestsPerSecond)} req/s, CPU ${r.cpuMsPerRequest?.toFixed(3)} ms/req`);
          return r;
        });
      const viewerAuth = await run('viewer, signed in', VIEWER, auth);
      const viewerAnon = await run('viewer, anonymous', VIEWER, {});
      const publicAuth = await run('serverInfo, signed in', PUBLIC, auth);
      const publicAnon = await run('serverInfo, anonymous', PUBLIC, {});
      const rows: Row[] = [
        { figure: 'viewer { kind permissions } signed in req/s', value: viewerAuth.requestsPerSecond, unit: 'req/s', note: `CPU ${viewerAuth.cpuMsPerRequest?.toFixed(3)} ms/request` },
        { figure: 'viewer { kind permissions } anonymous req/s', value: viewerAnon.requestsPerSecond, unit: 'req/s', note: `CPU ${viewerAnon.cpuMsPerRequest?.toFixed(3)} ms/request` },
        { figure: 'viewer: signed in / anonymous', value: viewerAuth.requestsPerSecond / viewerAnon.requestsPerSecond, unit: '×', decimals: 2, goal: { op: '>=', target: 0.8 } },
        { figure: 'serverInfo (same answer): signed in / anonymous', value: publicAuth.requestsPerSecond / publicAnon.requestsPerSecond, unit: '×', decimals: 2, note: `${Math.round(publicAuth.requestsPerSecond)} vs ${Math.round(publicAnon.requestsPerSecond)} req/s` },
      ];
      return rows;
    } finally {
      await api.child.stop();
    }
  },
};
