// `knowledgeIndexing(documentId:)` answers like every other subscription: another tenant's (or
// an unknown) document is NOT_FOUND when subscribing, not a stream that silently stays empty.
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { gql } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { asAdmin } from '../../helpers/as.js';

let server: TestServer;
let northwind: string;
let harborDoc: string;
let northwindDoc: string;

const CREATE = `mutation($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { documentId } }`;
const WATCH = `subscription($id: ID) { knowledgeIndexing(documentId: $id) { documentId status } }`;

beforeAll(async () => {
  server = await startTestServer();
  const harbor = await asAdmin(server, 'harbor');
  northwind = await asAdmin(server);
  harborDoc = (await gql(server.graphqlUrl, CREATE, { i: { kind: 'FAQ', title: 'Harbor only', body: 'A Harbor Bank answer.' } }, { token: harbor })).data!.createKnowledgeDocument.documentId;
  northwindDoc = (await gql(server.graphqlUrl, CREATE, { i: { kind: 'FAQ', title: 'Northwind only', body: 'A Northwind answer.' } }, { token: northwind })).data!.createKnowledgeDocument.documentId;
});

it('refuses another tenant’s document and an unknown id with NOT_FOUND, and opens for its own', async () => {
  const ws = wsClient(server.wsUrl, northwind);
  for (const id of [harborDoc, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
    const sub = subscribe(ws, WATCH, { id });
    const errors = (await sub.waitForError()) as { extensions?: { code?: string }; message: string }[];
    expect(errors[0].extensions?.code, id).toBe('NOT_FOUND');
    expect(errors[0].message).not.toContain(harborDoc);
  }
  const before = server.http.subscriptionCount();
  const own = subscribe(ws, WATCH, { id: northwindDoc });
  await until(() => server.http.subscriptionCount() > before);
  expect(own.errors).toEqual([]);
  const all = subscribe(ws, WATCH, {});
  await until(() => server.http.subscriptionCount() > before + 1);
  expect(all.errors).toEqual([]);
  await ws.dispose();
});
