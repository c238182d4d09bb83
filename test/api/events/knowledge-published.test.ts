// knowledge.published: emitted after commit for a published version (created published, published,
// edited while published), never for drafts or unpublishing.
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { listener, type DomainEvent } from '../../../api/src/events/domain-events.js';

let server: TestServer;
let admin: string;
const published: DomainEvent<'knowledge.published'>[] = [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await asAdmin(server);
  server.services.domainEvents.register(listener({ name: 'test.published', on: 'knowledge.published', handle: (e) => void published.push(e) }));
});

const run = async (query: string, variables: Record<string, unknown>) => {
  const r = await gql(server.graphqlUrl, query, variables, { token: admin });
  expect(r.errors).toBeUndefined();
  await server.services.domainEvents.settled();
  return r.data!;
};

it('is emitted once per published version of a document, with its id and tenant', async () => {
  const draft = await run(`mutation($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { documentId } }`, { i: { kind: 'FAQ', title: 'Do you sell gift wrap?', body: 'Yes, at the till.' } });
  const id = draft.createKnowledgeDocument.documentId;
  expect(published).toHaveLength(0); // a draft is not published
  await run(`mutation($id: ID!) { publishKnowledgeDocument(input: { id: $id }) { documentId } }`, { id });
  expect(published.map((e) => e.payload.documentId)).toEqual([id]);
  await run(`mutation($i: UpdateKnowledgeDocumentInput!) { updateKnowledgeDocument(input: $i) { documentId } }`, { i: { id, body: 'Yes, free of charge, at the till.' } });
  expect(published.map((e) => e.payload.documentId)).toEqual([id, id]); // the edited version is published too
  await run(`mutation($id: ID!) { unpublishKnowledgeDocument(input: { id: $id }) { documentId } }`, { id });
  expect(published).toHaveLength(2);
  const tenantId = (await run(`{ viewer { tenant { id } } }`, {})).viewer.tenant.id;
  expect(published.every((e) => e.tenantId === tenantId)).toBe(true);
});
