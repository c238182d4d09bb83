// Labels from the team (issue 16): agents mark an AI answer "not in our knowledge" and a hand-off
// "our knowledge answers this" (with the article); admins see the worklist and resolve it.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asViewer } from '../../helpers/as.js';
import { listener, type DomainEvent } from '../../../api/src/events/domain-events.js';

let server: TestServer;
let db: string;
const labelled: DomainEvent<'knowledge.labelled'>[] = [];
let agent: string;
let admin: string;
// Seeded northwind conversations: one the assistant answered, one it handed off.
let aiAnswer: { id: string; conversation_id: string };
let customerQuestion: { id: string };
let waiting: { id: string };
let botConversation: { id: string };
let article: { id: string; title: string };

const NOT_IN_KB = `mutation($i: MarkAnswerNotInKnowledgeInput!) { markAnswerNotInKnowledge(input: $i) { example { id kind question note conversationId messageId resolvedAt createdBy { email } } } }`;
const ANSWERABLE = `mutation($i: MarkHandoffAnswerableInput!) { markHandoffAnswerable(input: $i) { example { id kind question messageId document { id title } } } }`;
const LIST = `query($f: KnowledgeExampleFilter, $first: Int, $after: String) { knowledgeExamples(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { id kind question document { title } createdBy { displayName } resolvedAt resolvedDocument { title } } } pageInfo { hasNextPage endCursor } } }`;
const RESOLVE = `mutation($i: ResolveKnowledgeExampleInput!) { resolveKnowledgeExample(input: $i) { example { id resolvedAt resolvedDocument { id title } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  server.services.domainEvents.register(listener({ name: 'test.labelled', on: 'knowledge.labelled', handle: (e) => void labelled.push(e) }));
  [agent, admin] = await Promise.all([asAgent(server), asAdmin(server)]);
  const nw = `(select id from tenants where slug = 'northwind')`;
  [aiAnswer] = await sql(db, `select m.id, m.conversation_id from messages m join conversations c on c.id = m.conversation_id where c.tenant_id = ${nw} and c.status = 'BOT' and m.author = 'AI' order by m.created_at limit 1`);
  [customerQuestion] = await sql(db, `select id from messages where conversation_id = $1 and author = 'CUSTOMER' order by seq limit 1`, [aiAnswer.conversation_id]);
  [waiting] = await sql(db, `select id from conversations where tenant_id = ${nw} and status = 'WAITING' limit 1`);
  botConversation = { id: aiAnswer.conversation_id };
  [article] = await sql(db, `select id, title from knowledge_documents where tenant_id = ${nw} and status = 'PUBLISHED' order by title limit 1`);
});

describe('markAnswerNotInKnowledge', () => {
  it('turns the customer question before an AI answer into an UNANSWERABLE example, once per answer', async () => {
    const r = await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: aiAnswer.id, note: ' We do not sell jackets ' } }, { token: agent });
    expect(r.errors).toBeUndefined();
    const ex = r.data!.markAnswerNotInKnowledge.example;
    expect(ex).toMatchObject({ kind: 'UNANSWERABLE', question: 'How long do I have to return a jacket I bought online?', note: 'We do not sell jackets', conversationId: aiAnswer.conversation_id, messageId: aiAnswer.id, resolvedAt: null, createdBy: { email: 'agent@northwind.demo' } });
    await server.services.domainEvents.settled();
    expect(labelled.at(-1)!.payload).toEqual({ exampleId: ex.id, kind: 'UNANSWERABLE', documentId: null, resolved: false });

    // Marked again (a double click, a second agent): the same example, updated; never a duplicate.
    const again = await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: aiAnswer.id } }, { token: agent });
    expect(again.data!.markAnswerNotInKnowledge.example).toMatchObject({ id: ex.id, note: null });
    const [{ n }] = await sql<{ n: number }>(db, `select count(*)::int as n from knowledge_examples where message_id = $1`, [aiAnswer.id]);
    expect(n).toBe(1);
    const [audit] = await sql<{ n: number }>(db, `select count(*)::int as n from audit_logs where action = 'knowledge.labelled' and resource_id = $1`, [ex.id]);
    expect(audit.n).toBe(2);
  });

  it('refuses anything but an AI answer of your tenant, and callers without kb.label', async () => {
    const notAi = await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: customerQuestion.id } }, { token: agent });
    expect(codeOf(notAi)).toBe('BAD_USER_INPUT');
    expect(notAi.errors![0].extensions).toMatchObject({ reason: 'NOT_AN_AI_MESSAGE', field: 'messageId' });
    expect(codeOf(await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: 'nope' } }, { token: agent }))).toBe('NOT_FOUND');
    // Another tenant's message is indistinguishable from a missing one.
    expect(codeOf(await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: aiAnswer.id } }, { token: await asAgent(server, 'harbor') }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: aiAnswer.id } }, { token: await asViewer(server) }))).toBe('FORBIDDEN');
    const long = await gql(server.graphqlUrl, NOT_IN_KB, { i: { messageId: aiAnswer.id, note: 'x'.repeat(1001) } }, { token: agent });
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_NOTE' });
  });
});

describe('markHandoffAnswerable', () => {
  it('labels the question of a handed-off conversation ANSWERABLE with the article', async () => {
    const r = await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: waiting.id, documentId: article.id } }, { token: agent });
    expect(r.errors).toBeUndefined();
    expect(r.data!.markHandoffAnswerable.example).toMatchObject({ kind: 'ANSWERABLE', question: 'My parcel was due three days ago and tracking has not moved.', document: { id: article.id, title: article.title } });
    await server.services.domainEvents.settled();
    expect(labelled.at(-1)!.payload).toMatchObject({ kind: 'ANSWERABLE', documentId: article.id });
  });

  it('refuses a conversation the assistant still has, drafts, other tenants’ documents and two targets', async () => {
    const bot = await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: botConversation.id, documentId: article.id } }, { token: agent });
    expect(bot.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_HANDED_OFF' });
    const draft = await gql(server.graphqlUrl, `mutation { createKnowledgeDocument(input: { kind: FAQ, title: "Draft?", body: "Not yet." }) { documentId } }`, {}, { token: admin });
    const d = await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: waiting.id, documentId: draft.data!.createKnowledgeDocument.documentId } }, { token: agent });
    expect(d.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_NOT_PUBLISHED', field: 'documentId' });
    const [harborDoc] = await sql<{ id: string }>(db, `select d.id from knowledge_documents d join tenants t on t.id = d.tenant_id where t.slug = 'harbor-bank' and d.status = 'PUBLISHED' limit 1`);
    expect(codeOf(await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: waiting.id, documentId: harborDoc.id } }, { token: agent }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: waiting.id, documentId: article.id } }, { token: await asAgent(server, 'harbor') }))).toBe('NOT_FOUND');
    const both = await gql(server.graphqlUrl, ANSWERABLE, { i: { conversationId: waiting.id, messageId: customerQuestion.id, documentId: article.id } }, { token: agent });
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONE_TARGET' });
    const notCustomer = await gql(server.graphqlUrl, ANSWERABLE, { i: { messageId: aiAnswer.id, documentId: article.id } }, { token: agent });
    expect(notCustomer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_CUSTOMER_MESSAGE' });
  });
});

describe('the worklist', () => {
  it('shows admins the open questions the knowledge base does not answer, in one statement, and resolves them with an FAQ', async () => {
    const open = await gql(server.graphqlUrl, LIST, { f: { kind: 'UNANSWERABLE', resolved: false }, first: 10 }, { token: admin });
    expect(open.errors).toBeUndefined();
    expect(open.extensions!.sqlStatements).toBe(1);
    expect(open.data!.knowledgeExamples.totalCount).toBe(1);
    const node = open.data!.knowledgeExamples.edges[0].node;
    expect(node).toMatchObject({ kind: 'UNANSWERABLE', question: 'How long do I have to return a jacket I bought online?', createdBy: { displayName: expect.any(String) }, resolvedAt: null });
    // Agents label; the worklist is for people who publish knowledge.
    expect(codeOf(await gql(server.graphqlUrl, LIST, {}, { token: agent }))).toBe('FORBIDDEN');
    expect((await gql(server.graphqlUrl, LIST, {}, { token: await asAdmin(server, 'harbor') })).data!.knowledgeExamples.totalCount).toBe(0);

    const faq = await gql(server.graphqlUrl, `mutation { createKnowledgeDocument(input: { kind: FAQ, title: "How long do I have to return a jacket?", body: "30 days from delivery.", publish: true }) { documentId } }`, {}, { token: admin });
    const faqId = faq.data!.createKnowledgeDocument.documentId as string;
    const r = await gql(server.graphqlUrl, RESOLVE, { i: { id: node.id, documentId: faqId } }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.resolveKnowledgeExample.example).toMatchObject({ id: node.id, resolvedAt: expect.any(String), resolvedDocument: { id: faqId } });
    expect((await gql(server.graphqlUrl, LIST, { f: { kind: 'UNANSWERABLE', resolved: false } }, { token: admin })).data!.knowledgeExamples.totalCount).toBe(0);
    const done = await gql(server.graphqlUrl, LIST, { f: { resolved: true } }, { token: admin });
    expect(done.data!.knowledgeExamples.edges.map((e: any) => e.node.resolvedDocument?.title)).toEqual(['How long do I have to return a jacket?']);
    await server.services.domainEvents.settled();
    expect(labelled.at(-1)!.payload).toMatchObject({ exampleId: node.id, resolved: true });
    // Another tenant's example: NOT_FOUND.
    expect(codeOf(await gql(server.graphqlUrl, RESOLVE, { i: { id: node.id } }, { token: await asAdmin(server, 'harbor') }))).toBe('NOT_FOUND');
    // Both kinds, newest first, paged by cursor.
    const first = await gql(server.graphqlUrl, LIST, { first: 1 }, { token: admin });
    expect(first.data!.knowledgeExamples.totalCount).toBe(2);
    expect(first.data!.knowledgeExamples.edges[0].node.kind).toBe('ANSWERABLE');
    const next = await gql(server.graphqlUrl, LIST, { first: 1, after: first.data!.knowledgeExamples.pageInfo.endCursor }, { token: admin });
    expect(next.data!.knowledgeExamples.edges[0].node.kind).toBe('UNANSWERABLE');
  });
});
