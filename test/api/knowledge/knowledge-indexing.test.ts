// The knowledge base through the API: write, publish, background indexing with live progress,
// edit → re-index, unpublish/delete → out of retrieval, bulk import (all or nothing).
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { asAdmin, asAgent, asManager } from '../../helpers/as.js';

let server: TestServer;
let db: string;
let admin: string;
let agent: string;

const CREATE = `mutation($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { documentId document { status indexingStatus } } }`;
const PUBLISH = `mutation($id: ID!) { publishKnowledgeDocument(input: { id: $id }) { document { status indexingStatus } } }`;
const SEARCH = `query($q: String!) { searchKnowledge(query: $q, first: 3) { hits { documentId title text } } }`;
const DOC = `query($id: ID!) { knowledgeDocument(id: $id) { status indexingStatus indexingProgress chunkCount indexedAt publishedAt } }`;

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db });
  [admin, agent] = await Promise.all([asAdmin(server), asAgent(server)]);
});

const indexed = (id: string) =>
  until(async () => (await gql(server.graphqlUrl, DOC, { id }, { token: admin })).data?.knowledgeDocument?.indexingStatus === 'INDEXED', 20_000, () => `document ${id} not indexed`);
const topTitles = async (q: string) => ((await gql(server.graphqlUrl, SEARCH, { q }, { token: admin })).data!.searchKnowledge.hits as { title: string }[]).map((h) => h.title);

describe('knowledge base', () => {
  it('publishes a FAQ, reports indexing progress live, and retrieves it', async () => {
    const ws = wsClient(server.wsUrl, admin);
    const before = server.http.subscriptionCount();
    const progress = subscribe<any>(ws, `subscription { knowledgeIndexing { documentId status progress chunkCount } }`);
    await until(() => server.http.subscriptionCount() > before);

    const created = await gql(server.graphqlUrl, CREATE, { i: { kind: 'FAQ', title: 'Can I bring my dog into a Northwind store?', body: 'Yes. Well-behaved dogs on a leash are welcome in all Northwind stores, and every store keeps a water bowl by the entrance.' } }, { token: admin });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createKnowledgeDocument.documentId;
    expect(created.data!.createKnowledgeDocument.document).toEqual({ status: 'DRAFT', indexingStatus: 'NOT_INDEXED' });
    expect(await topTitles('Are dogs allowed in your shops?')).not.toContain('Can I bring my dog into a Northwind store?');

    const published = await gql(server.graphqlUrl, PUBLISH, { id }, { token: admin });
    expect(published.data!.publishKnowledgeDocument.document).toEqual({ status: 'PUBLISHED', indexingStatus: 'PENDING' });
    await indexed(id);
    await until(() => progress.events.some((e) => e.knowledgeIndexing.documentId === id && e.knowledgeIndexing.status === 'INDEXED'));
    const mine = progress.events.map((e) => e.knowledgeIndexing).filter((e) => e.documentId === id);
    expect(mine.map((e) => e.status)).toEqual(expect.arrayContaining(['PENDING', 'INDEXING', 'INDEXED']));
    expect(mine.at(-1)).toMatchObject({ progress: 100, chunkCount: 1 });
    const percents = mine.map((e) => e.progress);
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // never goes back

    const doc = (await gql(server.graphqlUrl, DOC, { id }, { token: admin })).data!.knowledgeDocument;
    expect(doc).toMatchObject({ status: 'PUBLISHED', indexingStatus: 'INDEXED', indexingProgress: 100, chunkCount: 1 });
    expect((await topTitles('Are dogs allowed in your shops?'))[0]).toBe('Can I bring my dog into a Northwind store?');
    ws.dispose();

    // Editing re-indexes: the new text is what retrieval returns.
    const edited = await gql(server.graphqlUrl, `mutation($i: UpdateKnowledgeDocumentInput!) { updateKnowledgeDocument(input: $i) { document { indexingStatus } } }`, { i: { id, body: 'No. Only assistance dogs may enter Northwind stores; a hitching post with a water bowl is outside every entrance.' } }, { token: admin });
    expect(edited.data!.updateKnowledgeDocument.document.indexingStatus).toBe('PENDING');
    await indexed(id);
    const hits = (await gql(server.graphqlUrl, SEARCH, { q: 'Are dogs allowed in your shops?' }, { token: admin })).data!.searchKnowledge.hits;
    expect(hits[0].text).toMatch(/assistance dogs/);

    // Unpublishing takes it out of retrieval at once; deleting removes its chunks.
    await gql(server.graphqlUrl, `mutation($id: ID!) { unpublishKnowledgeDocument(input: { id: $id }) { documentId } }`, { id }, { token: admin });
    expect(await topTitles('Are dogs allowed in your shops?')).not.toContain('Can I bring my dog into a Northwind store?');
    const del = await gql(server.graphqlUrl, `mutation($id: ID!) { deleteKnowledgeDocument(input: { id: $id }) { deletedId } }`, { id }, { token: admin });
    expect(del.data!.deleteKnowledgeDocument.deletedId).toBe(id);
    expect(await sql(db, 'select count(*)::int as n from knowledge_chunks where document_id = $1', [id])).toEqual([{ n: 0 }]);
    const audit = await sql<{ action: string }>(db, `select action from audit_logs where resource_id = $1 order by at`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['knowledge.created', 'knowledge.published', 'knowledge.updated', 'knowledge.unpublished', 'knowledge.deleted']);
  });

  it('imports many documents in one mutation, all or none', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({ kind: 'ARTICLE', title: `Store ${i + 1} opening hours`, body: `## Opening hours\n\nStore number ${i + 1} opens at ${8 + (i % 3)}:00 on weekdays.` }));
    const bad = await gql(server.graphqlUrl, `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count } }`, { i: { documents: [...docs, { kind: 'ARTICLE', title: '', body: 'x' }], publish: true } }, { token: admin });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('documents[30].title');
    expect(await sql(db, `select count(*)::int as n from knowledge_documents where title like 'Store % opening hours'`)).toEqual([{ n: 0 }]);

    const ok = await gql(server.graphqlUrl, `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count documentIds } }`, { i: { documents: docs, publish: true } }, { token: admin });
    expect(ok.data!.importKnowledgeDocuments.count).toBe(30);
    await until(async () => (await sql<{ n: number }>(db, `select count(*)::int as n from knowledge_documents where title like 'Store % opening hours' and indexing_status = 'INDEXED'`))[0].n === 30, 60_000);
  });

  it('refuses what the role may not do, and other tenants’ documents', async () => {
    const draft = await gql(server.graphqlUrl, CREATE, { i: { kind: 'FAQ', title: 'Agent draft?', body: 'Agents cannot write.' } }, { token: agent });
    expect(codeOf(draft)).toBe('FORBIDDEN');
    const manager = await asManager(server);
    const create = await gql(server.graphqlUrl, CREATE, { i: { kind: 'FAQ', title: 'Manager FAQ', body: 'Managers write and publish.', publish: true } }, { token: manager });
    expect(create.errors).toBeUndefined();
    const harbor = await asAdmin(server, 'harbor');
    const id = create.data!.createKnowledgeDocument.documentId;
    for (const op of [PUBLISH, `mutation($id: ID!) { deleteKnowledgeDocument(input: { id: $id }) { deletedId } }`, `mutation($id: ID!) { unpublishKnowledgeDocument(input: { id: $id }) { documentId } }`]) {
      expect(codeOf(await gql(server.graphqlUrl, op, { id }, { token: harbor }))).toBe('NOT_FOUND');
    }
    expect(await sql(db, 'select status from knowledge_documents where id = $1', [id])).toEqual([{ status: 'PUBLISHED' }]);
  });
});
