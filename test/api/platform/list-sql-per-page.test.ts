// Every connection root field of the schema, read the way a partner would — every field of the
// node, its to-one relations and its to-many lists with their own fields — costs the same number
// of SQL statements whatever the page size: no N+1 anywhere, now or in a list added later (the
// selection is built from the schema itself). Issue 18 goal 1.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { until } from '../../helpers/ws.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; defaultValue: string | null; type: TypeRef }[];
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
}

const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name args { name defaultValue type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (!!t.ofType && isList(t.ofType));
const required = (f: Field) => f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);

let server: TestServer;
let types: Map<string, FullType>;
let queryFields: Field[];
let adminToken: string;
let platformToken: string;

beforeAll(async () => {
  const db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db });
  adminToken = await login(server.graphqlUrl, DEMO.northwind.admin, DEMO.northwind.slug);
  platformToken = await login(server.graphqlUrl, DEMO.platform.admin);
  const r = await gql<{ __schema: { types: FullType[] } }>(server.graphqlUrl, INTROSPECTION, {}, { token: adminToken });
  if (!r.data) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  types = new Map(r.data.__schema.types.map((t) => [t.name, t]));
  queryFields = types.get('Query')!.fields!;
  await moreDemoRows(db);
}, 120_000);

/** At least two rows in every list the demo data leaves (nearly) empty, made the way users make them. */
async function moreDemoRows(db: string) {
  const as = (query: string, variables: Record<string, unknown>) =>
    gql(server.graphqlUrl, query, variables, { token: adminToken }).then((r) => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!;
    });
  for (const name of ['Partner one', 'Partner two', 'Partner three', 'Partner four']) await as(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name, scopes: ['tickets.view'] } });
  for (const shortcut of ['sql-a', 'sql-b', 'sql-c', 'sql-d']) await as(`mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { cannedResponse { id } } }`, { i: { shortcut, title: shortcut, body: 'Thanks for waiting.', shared: true } });
  const tickets = await as(`{ tickets(first: 4) { edges { node { id } } } }`, {});
  for (const { node } of tickets.tickets.edges) await as(`mutation($i: RequestApprovalInput!) { requestApproval(input: $i) { approval { id } } }`, { i: { ticketId: node.id, kind: 'REFUND', summary: 'Refund the shipping', proposedAction: 'Refund 5 EUR', amount: 5, currency: 'EUR' } });
  for (const email of [DEMO.northwind.agent, DEMO.northwind.manager, DEMO.northwind.viewer, 'agent2@northwind.demo']) await gql(server.graphqlUrl, `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { ok } }`, { i: { email, tenantSlug: DEMO.northwind.slug } });
  const [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  const [{ id: adminId }] = await sql<{ id: string }>(db, `select id from users where email = $1`, [DEMO.northwind.admin]);
  // Calls and notifications come from the assistant and from colleagues' actions: written directly.
  await sql(db, `insert into ai_calls (id, tenant_id, purpose, provider, model, latency_ms, outcome) select gen_random_uuid(), $1, 'ANSWER', 'OFFLINE', 'offline', 5, 'OK' from generate_series(1, 4)`, [tenantId]);
  await sql(db, `insert into notifications (id, tenant_id, user_id, kind, title) select gen_random_uuid(), $1, $2, 'ASSIGNED', 'A ticket for you' from generate_series(1, 4)`, [tenantId, adminId]);
  await sql(db, `insert into reporting_events (tenant_id, name, ended_at, dedupe_key) select $1, 'conversation_created', now() - make_interval(mins => i), 'list-sql:' || i from generate_series(1, 4) i`, [tenantId]);
  await until(async () => (await sql(db, `select 1 from outbox_messages where tenant_id = $1`, [tenantId])).length >= 4, 20_000, () => 'password-reset mails not in the outbox');
  for (const i of [1, 2, 3, 4]) await as(`mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`, { i: { url: `http://127.0.0.1:9/hook-${i}`, events: ['TICKET_CREATED'] } });
  await sql(db, `insert into knowledge_examples (tenant_id, question, kind) select $1, 'Question ' || i, 'UNANSWERABLE' from generate_series(1, 4) i`, [tenantId]);
  for (const slug of ['list-sql-a', 'list-sql-b']) {
    const r = await gql(server.graphqlUrl, `mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }`, { i: { name: slug, slug, adminEmail: `admin@${slug}.test`, adminName: 'Admin' } }, { token: platformToken });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
}

/** The leaves of a type (fields without required arguments), for a relation one level down. */
function leaves(typeName: string): string {
  const t = types.get(typeName)!;
  if (t.kind === 'UNION' || t.kind === 'INTERFACE') return '__typename';
  return t.fields!.filter((f) => !required(f) && ['SCALAR', 'ENUM'].includes(named(f.type).kind)).map((f) => f.name).join(' ') || '__typename';
}

/** Every field of the node: leaves, to-one objects and to-many lists with their leaves. */
function nodeSelection(typeName: string, drop: Set<string>): { text: string; toMany: string[] } {
  const parts: string[] = [];
  const toMany: string[] = [];
  for (const f of types.get(typeName)!.fields!) {
    if (required(f) || drop.has(f.name)) continue;
    const inner = named(f.type);
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
    else {
      parts.push(`${f.name} { ${leaves(inner.name!)} }`);
      if (isList(f.type)) toMany.push(f.name);
    }
  }
  return { text: parts.join(' '), toMany };
}

const connectionRoots = () =>
  queryFields.filter((f) => named(f.type).name!.endsWith('Connection') && !f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null && a.name !== 'first'));

describe('every list costs the same SQL statements for any page size', () => {
  it('holds for every connection root field, with all node fields, to-one and to-many relations', { timeout: 120_000 }, async () => {
    const roots = connectionRoots();
    expect(roots.length).toBeGreaterThanOrEqual(15); // tickets, conversations, contacts, users, audit logs…
    const report: string[] = [];
    const tooFew: string[] = [];
    for (const root of roots) {
      const token = root.name === 'tenants' ? platformToken : adminToken;
      const connection = types.get(named(root.type).name!)!;
      const edge = named(connection.fields!.find((f) => f.name === 'edges')!.type).name!;
      const node = named(types.get(edge)!.fields!.find((f) => f.name === 'node')!.type).name!;
      // Fields this caller may not read (FORBIDDEN by their own rule) are left out, one by one.
      const drop = new Set<string>();
      const read = async (first: number) => {
        for (;;) {
          const { text, toMany } = nodeSelection(node, drop);
          const r = await gql(server.graphqlUrl, `{ ${root.name}(first: ${first}) { edges { cursor node { ${text} } } pageInfo { hasNextPage endCursor } } }`, {}, { token });
          if (r.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX') return null; // every field × 100 rows may cost too much
          const forbidden = r.errors?.find((e) => e.path && e.path.length > 4 && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(e.extensions?.code));
          if (forbidden) {
            drop.add(String(forbidden.path![4]));
            continue;
          }
          expect(r.errors, `${root.name}(first: ${first}): ${JSON.stringify(r.errors)}`).toBeUndefined();
          return { rows: (r.data![root.name] as { edges: unknown[] }).edges.length, statements: r.extensions!.sqlStatements as number, toMany };
        }
      };
      await read(1); // warms what a caller's first request reads once (its auth state)
      const one = (await read(1))!;
      // The largest page the query-cost limit lets this full selection read.
      let many = await read(100);
      for (const first of [50, 20, 10]) many ??= await read(first);
      if (!many) throw new Error(`${root.name}: even first: 10 is refused as too complex`);
      // Half the rows against all of them: an N+1 grows with the rows, a batch does not. (Against
      // first: 1 a batched field may legitimately read nothing: one audit row by the system has
      // no actor name to look up.)
      const half = (await read(Math.max(2, Math.floor(many.rows / 2))))!;
      report.push(`${root.name}: ${one.statements} statement(s) for 1 row, ${half.statements} for ${half.rows}, ${many.statements} for ${many.rows}${many.toMany.length ? ` (to-many: ${many.toMany.join(', ')})` : ''}`);
      if (many.rows < 4) tooFew.push(root.name);
      expect(many.statements, `${root.name}: ${half.statements} statements for ${half.rows} rows, ${many.statements} for ${many.rows}`).toBe(half.statements);
      // One statement for the page, one per batched to-many list or field resolver, at most a handful.
      expect(many.statements, root.name).toBeLessThanOrEqual(1 + many.toMany.length + 3);
    }
    console.log(`SQL per list read:\n  ${report.join('\n  ')}`);
    // A list with fewer than four rows would prove little about N+1.
    expect(tooFew, `lists with fewer than 4 rows: ${tooFew.join(', ')}`).toEqual([]);
  });
});
