// The demo knowledge base is seeded and readable per tenant through one planned statement.
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAgent } from '../../helpers/as.js';

let server: TestServer;
let agent: string;
let harbor: string;
const LIST = `query($f: KnowledgeFilter, $after: String) { knowledgeDocuments(first: 50, filter: $f, after: $after) { totalCount edges { node { id kind title body tags status } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  [agent, harbor] = await Promise.all([asAgent(server), asAgent(server, 'harbor')]);
  await gql(server.graphqlUrl, `{ viewer { kind } }`, {}, { token: agent }); // warm the auth cache
});

it('seeds 22 published documents per demo tenant, 10 of them FAQs', async () => {
  const all = await gql(server.graphqlUrl, LIST, {}, { token: agent });
  expect(all.errors).toBeUndefined();
  expect(all.data!.knowledgeDocuments.totalCount).toBe(22);
  expect(all.extensions!.sqlStatements).toBe(1);
  expect(all.data!.knowledgeDocuments.edges.every((e: any) => e.node.status === 'PUBLISHED' && e.node.body.length > 40)).toBe(true);
  const faqs = await gql(server.graphqlUrl, LIST, { f: { kind: 'FAQ' } }, { token: agent });
  expect(faqs.data!.knowledgeDocuments.totalCount).toBe(10);
});

it('keeps each tenant’s knowledge to itself', async () => {
  const mine = await gql(server.graphqlUrl, LIST, { f: { search: 'Trail Points' } }, { token: agent });
  expect(mine.data!.knowledgeDocuments.totalCount).toBeGreaterThan(0);
  const theirs = await gql(server.graphqlUrl, LIST, { f: { search: 'Trail Points' } }, { token: harbor });
  expect(theirs.data!.knowledgeDocuments.totalCount).toBe(0);
  const id = mine.data!.knowledgeDocuments.edges[0].node.id;
  expect(codeOf(await gql(server.graphqlUrl, `query($id: ID!) { knowledgeDocument(id: $id) { title } }`, { id }, { token: harbor }))).toBe('NOT_FOUND');
});
