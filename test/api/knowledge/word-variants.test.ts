// A tenant's own word variants (assistant.wordVariants): saved by its admin only, validated as a
// whole, and read by retrieval at the next question — for that tenant alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { until } from '../../helpers/ws.js';
import { asAdmin, asManager } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let northwind: string;
let harbor: string;

const CREATE = `mutation($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { documentId } }`;
const PUBLISH = `mutation($id: ID!) { publishKnowledgeDocument(input: { id: $id }) { documentId } }`;
const DOC = `query($id: ID!) { knowledgeDocument(id: $id) { indexingStatus } }`;
const SEARCH = `query($q: String!) { searchKnowledge(query: $q, first: 5) { hits { documentId lexicalRank } } }`;
const SET = `mutation($v: [WordVariantGroupInput!]!) { updateTenant(input: { assistant: { wordVariants: $v } }) { tenant { assistant { wordVariants { fullForm variants } } } } }`;
const READ = `{ tenants(first: 1) { edges { node { assistant { wordVariants { fullForm variants } } } } } }`;

const TITLE = 'Charging the Zephyrline Pro';
const BODY = 'The Zephyrline Pro charges fully in four hours from any wall socket. Use the charger that came in the box.';

async function publishedDoc(token: string): Promise<string> {
  const id = (await gql(server.graphqlUrl, CREATE, { i: { kind: 'ARTICLE', title: TITLE, body: BODY } }, { token })).data!.createKnowledgeDocument.documentId as string;
  await gql(server.graphqlUrl, PUBLISH, { id }, { token });
  await until(async () => (await gql(server.graphqlUrl, DOC, { id }, { token })).data?.knowledgeDocument?.indexingStatus === 'INDEXED', 20_000, () => `document ${id} not indexed`);
  return id;
}

/** The document's hit for the question: undefined when it is not among the hits. */
async function hitFor(token: string, q: string, id: string) {
  const r = await gql(server.graphqlUrl, SEARCH, { q }, { token });
  expect(r.errors).toBeUndefined();
  const hits = r.data!.searchKnowledge.hits as { documentId: string; lexicalRank: number | null }[];
  return { rank: hits.findIndex((h) => h.documentId === id), hit: hits.find((h) => h.documentId === id) };
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db });
  [northwind, harbor] = await Promise.all([asAdmin(server), asAdmin(server, 'harbor')]);
});

describe('tenant word variants', () => {
  it('a variant the admin adds is searched as its (two-word) full form, for that tenant only', async () => {
    const [nwDoc, hbDoc] = await Promise.all([publishedDoc(northwind), publishedDoc(harbor)]);
    const question = 'How long does my zlp take?';
    // Before: no chunk holds "zlp", so full text cannot find the document.
    expect((await hitFor(northwind, question, nwDoc)).hit?.lexicalRank ?? null).toBeNull();

    const set = await gql(server.graphqlUrl, SET, { v: [{ fullForm: '  Zephyrline PRO ', variants: ['ZLP', 'zephy'] }] }, { token: northwind });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateTenant.tenant.assistant.wordVariants).toEqual([{ fullForm: 'zephyrline pro', variants: ['zlp', 'zephy'] }]);

    // After: found by full text ("zlp zephyrline pro") and embedded as "zephyrline pro" — the best hit.
    const after = await hitFor(northwind, question, nwDoc);
    expect(after.rank).toBe(0);
    expect(after.hit!.lexicalRank).toBe(1);
    // Another tenant with the same document, without the variant: unchanged.
    expect((await hitFor(harbor, question, hbDoc)).hit?.lexicalRank ?? null).toBeNull();
    expect((await gql(server.graphqlUrl, READ, {}, { token: harbor })).data!.tenants.edges[0].node.assistant.wordVariants).toEqual([]);
  });

  it('only a tenant admin may change them', async () => {
    const r = await gql(server.graphqlUrl, SET, { v: [{ fullForm: 'northwind', variants: ['nw'] }] }, { token: await asManager(server) });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect((await gql(server.graphqlUrl, READ, {}, { token: northwind })).data!.tenants.edges[0].node.assistant.wordVariants).toEqual([{ fullForm: 'zephyrline pro', variants: ['zlp', 'zephy'] }]);
  });

  it('refuses invalid lists with BAD_USER_INPUT and saves nothing', async () => {
    const bad: [unknown[], string][] = [
      [[{ fullForm: 'northwind', variants: ['nw'] }, { fullForm: 'nw', variants: ['n'] }], 'assistant.wordVariants[0].variants[0]'], // a full form of another group
      [[{ fullForm: 'northwind', variants: ['nw', 'NW '] }], 'assistant.wordVariants[0].variants[1]'], // repeats
      [[{ fullForm: 'northwind', variants: ['x'.repeat(61)] }], 'assistant.wordVariants[0].variants[0]'],
      [[{ fullForm: '   ', variants: ['nw'] }], 'assistant.wordVariants[0].fullForm'],
      [[{ fullForm: 'northwind', variants: [] }], 'assistant.wordVariants[0].variants'],
      [[{ fullForm: 'northwind', variants: Array.from({ length: 21 }, (_, i) => `nw${i}`) }], 'assistant.wordVariants[0].variants'],
      [Array.from({ length: 201 }, (_, i) => ({ fullForm: `word${i}`, variants: [`w${i}`] })), 'assistant.wordVariants'],
    ];
    for (const [v, field] of bad) {
      const r = await gql(server.graphqlUrl, SET, { v }, { token: northwind });
      expect(codeOf(r), field).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe(field);
    }
    const [row] = await sql<{ v: unknown }>(db, `select assistant->'wordVariants' as v from tenants where slug = 'northwind'`);
    expect(row.v).toEqual([{ fullForm: 'zephyrline pro', variants: ['zlp', 'zephy'] }]);
  });
});
