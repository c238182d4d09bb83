// PostGraphile 5 (the peer of DESIGN.md §8), served over plain node:http for `npm run bench`.
// Amber preset + the `pg` adaptor, the `public` schema of DATABASE_URL, production-ish settings:
// no GraphiQL, no watch, no explain, default pool size (10, like ours).
//
//   DATABASE_URL=postgres://… PORT=5678 node test/bench/postgraphile-server.mjs
//
// Prints `ready <port>` on stdout once the schema is built and the server answers.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? 5678);
if (!connectionString) {
  console.error('postgraphile-server: DATABASE_URL is required');
  process.exit(2);
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: Number(process.env.PG_POOL_SIZE ?? 10) } })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false, graphqlOverGET: false, websockets: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error('postgraphile-server:', e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema now rather than on the first request.
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => process.stdout.write(`ready ${port}\n`));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections?.();
  server.close();
  await pgl.release().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
