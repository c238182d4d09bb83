// The isolation matrix, generated from the schema at test time: every root field × every kind of
// caller gets the outcome the access table promises, and every field that takes an id refuses
// another tenant's ids. Fields added later are covered without editing this file: a field with
// no access entry fails the first test, and tenant-owned tables are discovered from the database.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql, login } from '../../helpers/graphql.js';
import { sql } from '../../helpers/db.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { type Access } from '../../../api/src/permissions/rules.js';
import { accessTree } from '../../../api/src/modules/index.js';
import { PERMISSIONS, ROLE_PERMISSIONS, type Permission } from '../../../api/src/permissions/matrix.js';
import { buildApiSchema } from '../../../api/src/schema.js';
import { sha256 } from '../../../api/src/auth/secrets.js';
import { Role } from '../../../api/src/permissions/roles.js';
import { asAdmin } from '../../helpers/as.js';

type Caller = { name: string; kind: 'anonymous' | 'user' | 'apiKey' | 'widget'; permissions: ReadonlySet<Permission>; token?: string };

let server: TestServer;
let schema: GraphQLSchema;
let db: string;
const callers: Caller[] = [];
const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

/** What the access table promises for this caller: allowed, or the error code of the refusal. */
function expected(access: Access, caller: Caller): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (access.kind === 'public') return 'allowed';
  if (caller.kind === 'anonymous') return 'UNAUTHENTICATED';
  switch (access.kind) {
    case 'permission':
      return caller.permissions.has(access.permission) ? 'allowed' : 'FORBIDDEN';
    case 'staffUser':
      return caller.kind === 'user' ? 'allowed' : 'FORBIDDEN';
    case 'widget':
      return caller.kind === 'widget' ? 'allowed' : 'FORBIDDEN';
    case 'permissionOrWidget':
      return caller.kind === 'widget' || caller.permissions.has(access.permission) ? 'allowed' : 'FORBIDDEN';
    case 'userPermission':
      return caller.kind === 'user' && caller.permissions.has(access.permission) ? 'allowed' : 'FORBIDDEN';
  }
}

/** A syntactically valid literal for an input type (dummy values: ids that exist nowhere). */
function literal(type: GraphQLInputType, idValue: () => string, depth = 0): string {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return `[${literal(t.ofType, idValue, depth)}]`;
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{${fields.map((f) => `${f.name}: ${literal(f.type, idValue, depth + 1)}`).join(', ')}}`;
  }
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return JSON.stringify(idValue());
      case 'Int':
        return '1';
      case 'Float':
        return '0.5';
      case 'Boolean':
        return 'false';
      case 'DateTimeISO':
        return JSON.stringify(new Date().toISOString());
      case 'JSONObject':
        return '{}';
      default:
        return JSON.stringify('x');
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

function operation(root: string, field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[], idValue: () => string): string {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = required.length ? `(${required.map((a) => `${a.name}: ${literal(a.type, idValue)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : root === 'Mutation' ? 'mutation' : 'subscription'} { ${field.name}${argText}${selection} }`;
}

/** Same, but every ID argument (top level or inside an input) is given, not only required ones. */
function operationWithAllIds(root: string, field: GraphQLField<unknown, unknown>, id: string): string | null {
  let hasId = false;
  const withIds = (type: GraphQLInputType): string | null => {
    const t = getNullableType(type) as GraphQLInputType;
    if (isScalarType(t) && t.name === 'ID') {
      hasId = true;
      return JSON.stringify(id);
    }
    if (isInputObjectType(t)) {
      const parts = Object.values(t.getFields())
        .map((f) => {
          const v = withIds(f.type);
          if (v !== null) return `${f.name}: ${v}`;
          return isNonNullType(f.type) && f.defaultValue === undefined ? `${f.name}: ${literal(f.type, () => id)}` : null;
        })
        .filter(Boolean);
      return `{${parts.join(', ')}}`;
    }
    return null;
  };
  const args = field.args
    .map((a) => {
      const v = withIds(a.type);
      if (v !== null && (v !== '{}' || isNonNullType(a.type))) return `${a.name}: ${v}`;
      return isNonNullType(a.type) && a.defaultValue === undefined ? `${a.name}: ${literal(a.type, () => id)}` : null;
    })
    .filter(Boolean);
  if (!hasId) return null;
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : 'mutation'} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

async function insertApiKey(tenantId: string, scopes: string[]): Promise<string> {
  const prefix = randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'a').slice(0, 12).padEnd(12, 'a');
  const key = `sb_${prefix}_${randomBytes(32).toString('base64url')}`;
  await sql(db, `insert into api_keys (id, tenant_id, name, prefix, secret_hash, scopes) values ($1, $2, 'matrix', $3, $4, $5)`, [randomUUID(), tenantId, prefix, sha256(key), scopes]);
  return key;
}

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  schema = await buildApiSchema();
  const [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  const roleLogins: [Role, string, string | undefined][] = [
    [Role.PLATFORM_ADMIN, DEMO.platform.admin, undefined],
    [Role.TENANT_ADMIN, DEMO.northwind.admin, 'northwind'],
    [Role.MANAGER, DEMO.northwind.manager, 'northwind'],
    [Role.AGENT, DEMO.northwind.agent, 'northwind'],
    [Role.VIEWER, DEMO.northwind.viewer, 'northwind'],
  ];
  callers.push({ name: 'anonymous', kind: 'anonymous', permissions: new Set() });
  for (const [role, email, slug] of roleLogins) {
    callers.push({ name: role, kind: 'user', permissions: new Set(ROLE_PERMISSIONS[role]), token: await login(server.graphqlUrl, email, slug) });
  }
  const all = PERMISSIONS.filter((p) => p !== 'tenants.manage');
  callers.push({ name: 'apiKey(all scopes)', kind: 'apiKey', permissions: new Set(all), token: await insertApiKey(northwindId, all) });
  callers.push({ name: 'apiKey(users.view only)', kind: 'apiKey', permissions: new Set(['users.view'] as Permission[]), token: await insertApiKey(northwindId, ['users.view']) });
  const contactId = randomUUID();
  await sql(db, `insert into contacts (id, tenant_id, name) values ($1, $2, 'Matrix Visitor')`, [contactId, northwindId]);
  callers.push({ name: 'widget', kind: 'widget', permissions: new Set(), token: (await server.services.tokens.issueWidget({ contactId, tenantId: northwindId })).token });
});

describe('the access table', () => {
  it('has an explicit entry for every root field, and no entry for a field that does not exist', () => {
    for (const root of ROOTS) {
      const type = schema.getType(root);
      const fields = type && isObjectType(type) ? Object.keys(type.getFields()) : [];
      const missing = fields.filter((f) => !accessTree[root]?.[f]);
      expect(missing, `${root} fields without an access rule`).toEqual([]);
      const stale = Object.keys(accessTree[root] ?? {}).filter((f) => !fields.includes(f));
      expect(stale, `${root} access rules for fields that do not exist`).toEqual([]);
    }
    for (const [type, fields] of Object.entries(accessTree)) {
      if ((ROOTS as readonly string[]).includes(type)) continue;
      const t = schema.getType(type);
      expect(t && isObjectType(t), `access rules for unknown type ${type}`).toBe(true);
      for (const f of Object.keys(fields)) expect(Object.keys((t as any).getFields())).toContain(f);
    }
  });
});

describe('every root field × every caller', () => {
  it('answers as the access table says', { timeout: 120_000 }, async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      const type = schema.getType(root);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const access = accessTree[root][field.name];
        const query = operation(root, field, field.args, () => randomUUID());
        for (const caller of callers) {
          const want = expected(access, caller);
          const r = await gql(server.graphqlUrl, query, {}, { token: caller.token });
          const code = codeOf(r);
          cases++;
          const ok = want === 'allowed' ? code !== 'FORBIDDEN' && !(code === 'UNAUTHENTICATED' && access.kind !== 'public') : code === want && (r.data == null || (r.data as any)[field.name] == null);
          if (!ok) failures.push(`${root}.${field.name} as ${caller.name}: expected ${want}, got ${code ?? 'success'} ${JSON.stringify(r.errors?.[0]?.message ?? '')}`);
        }
      }
    }
    const subs = schema.getSubscriptionType();
    for (const field of Object.values(subs?.getFields() ?? {})) {
      const access = accessTree.Subscription[field.name];
      const query = operation('Subscription', field, field.args, () => randomUUID());
      for (const caller of callers) {
        const want = expected(access, caller);
        const client = wsClient(server.wsUrl, caller.token);
        const before = server.http.subscriptionCount();
        const sub = subscribe(client, query);
        cases++;
        if (want === 'allowed') {
          // Allowed by the access table: the stream opens, or the field itself answers (e.g. NOT_FOUND for a made-up id).
          await until(() => server.http.subscriptionCount() > before || sub.errors.length > 0, 5000);
          if (sub.errors.length && /UNAUTHENTICATED|FORBIDDEN/.test(JSON.stringify(sub.errors[0]))) failures.push(`Subscription.${field.name} as ${caller.name}: expected allowed, got ${JSON.stringify(sub.errors[0])}`);
        } else {
          const error = await sub.waitForError().catch(() => null);
          if (!JSON.stringify(error).includes(want)) failures.push(`Subscription.${field.name} as ${caller.name}: expected ${want}, got ${JSON.stringify(error)}`);
        }
        await client.dispose();
        await until(() => server.http.subscriptionCount() <= before, 5000);
      }
    }
    console.log(`[access matrix] ${cases} field × caller cases checked across ${callers.length} kinds of caller`);
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(300);
  });
});

describe("another tenant's ids", () => {
  it('answer NOT_FOUND or FORBIDDEN and never return that tenant’s data, for every field taking an id', { timeout: 120_000 }, async () => {
    // One row of every tenant-owned table of Northwind (found from the database, so new tables count).
    const [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
    const tables = await sql<{ table_name: string }>(db, `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id' and table_name in (select table_name from information_schema.columns where column_name = 'id' and data_type = 'uuid')`);
    const ids = [northwindId];
    for (const { table_name } of tables) {
      const rows = await sql<{ id: string }>(db, `select id from "${table_name}" where tenant_id = $1 limit 1`, [northwindId]);
      if (rows[0]) ids.push(rows[0].id);
    }
    const harborAdmin = await asAdmin(server, 'harbor');
    const marks = ['Northwind', '@northwind.demo', northwindId];
    let cases = 0;
    const failures: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      const type = schema.getType(root);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        for (const id of ids) {
          const query = operationWithAllIds(root, field, id);
          if (!query) continue;
          const r = await gql(server.graphqlUrl, query, {}, { token: harborAdmin });
          cases++;
          const leaked = marks.some((m) => JSON.stringify(r.data ?? {}).includes(m)) || (!r.errors && JSON.stringify(r.data ?? {}).includes(id));
          const code = codeOf(r);
          if (leaked || !code || !['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(code)) failures.push(`${root}.${field.name}(${id}) as harbor admin: ${code ?? 'success'} ${JSON.stringify(r.data)}`);
        }
      }
    }
    console.log(`[access matrix] ${cases} cross-tenant id cases checked over ${ids.length} Northwind objects`);
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(20);
  });
});
