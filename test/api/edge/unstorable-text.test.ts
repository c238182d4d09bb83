// Text PostgreSQL cannot store (a NUL character, an unpaired surrogate) is refused at the edge for
// EVERY string input of EVERY mutation — generated from schema.graphql — with BAD_USER_INPUT
// naming the field, before any SQL statement runs (so nothing is written).
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { subscribe, wsClient } from '../../helpers/ws.js';
import { asAdmin } from '../../helpers/as.js';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const BAD = { nul: 'a\u0000b', 'lone high surrogate': 'a\uD800b', 'lone low surrogate': '\uDC00z' };

interface Case {
  mutation: string;
  arg: string;
  argType: string;
  field: string; // the path the server must name
  value: unknown; // the argument's value with `BAD` put at that path (a placeholder below)
}
const HOLE = Symbol('hole');

/** Every path to a String/ID/JSON leaf under an input type, with a value that reaches it. */
function paths(type: GraphQLInputType, path: string, depth = 0): { field: string; value: unknown }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return paths(nullable.ofType, `${path}[0]`, depth).map((p) => ({ field: p.field, value: [p.value] }));
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name === 'String' || named.name === 'ID') return [{ field: path, value: HOLE }];
    if (named.name === 'JSONObject') return [{ field: `${path}.note`, value: { note: HOLE } }];
    return [];
  }
  if (isInputObjectType(named) && depth < 4) {
    return Object.values(named.getFields()).flatMap((f) => paths(f.type, `${path}.${f.name}`, depth + 1).map((p) => ({ field: p.field, value: { [f.name]: p.value } })));
  }
  return [];
}

const fill = (value: unknown, bad: string): unknown =>
  value === HOLE ? bad : Array.isArray(value) ? value.map((v) => fill(v, bad)) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, bad)])) : value;

const cases: Case[] = Object.values(schema.getMutationType()!.getFields()).flatMap((m) =>
  m.args.flatMap((a) => paths(a.type, a.name).map((p) => ({ mutation: m.name, arg: a.name, argType: String(a.type), field: p.field, value: p.value }))),
);

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await asAdmin(server);
  await gql(server.graphqlUrl, '{ viewer { kind } }', {}, { token: admin }); // the token's check is cached from here on
});

it('covers the string inputs of every mutation', () => {
  const mutations = new Set(cases.map((c) => c.mutation));
  console.log(`${cases.length} string inputs in ${mutations.size} of ${Object.keys(schema.getMutationType()!.getFields()).length} mutations`);
  expect(mutations.size).toBeGreaterThan(40);
});

it('refuses a NUL or an unpaired surrogate in every string input of every mutation, naming the field, with no SQL run', async () => {
  const wrong: string[] = [];
  for (const c of cases) {
    const returns = getNamedType(schema.getMutationType()!.getFields()[c.mutation].type);
    const query = `mutation($${c.arg}: ${c.argType}) { ${c.mutation}(${c.arg}: $${c.arg}) ${isCompositeType(returns) ? '{ __typename }' : ''} }`;
    for (const [what, bad] of Object.entries(BAD)) {
      const r = await gql(server.graphqlUrl, query, { [c.arg]: fill(c.value, bad) }, { token: admin });
      const ext = r.errors?.[0]?.extensions;
      if (ext?.code !== 'BAD_USER_INPUT' || ext.field !== c.field || r.extensions?.sqlStatements !== 0 || r.data) {
        wrong.push(`${c.mutation} ${c.field} (${what}): ${JSON.stringify({ errors: r.errors, sql: r.extensions?.sqlStatements })}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

it('refuses a NUL in a literal argument, and over the WebSocket', async () => {
  const r = await gql(server.graphqlUrl, `mutation { updateMyProfile(input: { displayName: "Ann\\u0000" }) { user { displayName } } }`, {}, { token: admin });
  expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName' });
  const ws = wsClient(server.wsUrl, admin);
  const sub = subscribe(ws, `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { user { displayName } } }`, { i: { displayName: 'Ann\uD800' } });
  const errors = (await sub.waitForError()) as { extensions?: Record<string, unknown> }[];
  expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.displayName' });
  await ws.dispose();
});

it('still stores text with surrogate pairs (emoji) and other control characters', async () => {
  const r = await gql(server.graphqlUrl, `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { user { displayName } } }`, { i: { displayName: 'Zoë 🚀\tadmin' } }, { token: admin });
  expect(r.errors).toBeUndefined();
  expect(r.data!.updateMyProfile.user.displayName).toBe('Zoë 🚀\tadmin');
});
