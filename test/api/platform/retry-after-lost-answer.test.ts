// Every mutation a client may retry after a lost answer does its work once: the first request
// goes through a proxy that lets the server execute and commit, then drops the answer; the
// client sends the same request again, directly. Exactly one object (message, conversation,
// document, …) exists afterwards, and the retry's answer is the one the client lost.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, DEMO, gql } from '../../helpers/graphql.js';
import { widgetSession } from '../../helpers/widget.js';
import { sql } from '../../helpers/db.js';
import { lossyProxy, type LossyProxy } from '../../helpers/lossy-proxy.js';
import { asAdmin, asAgent, asManager } from '../../helpers/as.js';

let server: TestServer;
let proxy: LossyProxy;
let db: string;
let admin: string;
let manager: string;
let agent: string;
let agentId: string;
let agent2Id: string;

const one = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(db, text, params))[0].n;
const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;

async function customer() {
  return widgetSession(server.graphqlUrl, db, 'northwind', 'Retry Customer');
}

async function conversationOf(token: string, key: string) {
  const r = await gql(server.graphqlUrl, START, { i: { subject: 'Retry', body: 'Hello', clientMessageId: `${key}-first`, idempotencyKey: key } }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.startConversation.conversationId as string;
}

const messageCount = (conversationId: string) => one('select count(*)::int as n from messages where conversation_id = $1', [conversationId]);

interface Case {
  name: string;
  /** Returns the caller's token, the document and variables, and how to count what it creates. */
  prepare(): Promise<{ token: string; query: string; variables: Record<string, unknown>; count: () => Promise<number | string>; expected: number | string }>;
  /** Parts of the answer that legitimately differ on a replay (the API key secret). */
  differs?: (lost: any, retry: any) => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'startConversation with a first message',
    async prepare() {
      const c = await customer();
      return {
        token: c.token,
        query: START,
        variables: { i: { subject: 'Parcel', body: 'Where is my parcel?', clientMessageId: 'm-1', idempotencyKey: 'start-1' } },
        count: async () => `${await one('select count(*)::int as n from conversations where contact_id = $1', [c.contactId])}/${await one('select count(*)::int as n from messages m join conversations c on c.id = m.conversation_id where c.contact_id = $1', [c.contactId])}`,
        expected: '1/1',
      };
    },
  },
  {
    name: 'startConversation empty (the widget opening)',
    async prepare() {
      const c = await customer();
      return { token: c.token, query: START, variables: { i: { idempotencyKey: 'open-1' } }, count: () => one('select count(*)::int as n from conversations where contact_id = $1', [c.contactId]), expected: 1 };
    },
  },
  {
    name: 'sendMessage by the customer',
    async prepare() {
      const c = await customer();
      const id = await conversationOf(c.token, 'send-c');
      return {
        token: c.token,
        query: `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id seq author body private clientMessageId } } }`,
        variables: { i: { conversationId: id, body: 'Second message', clientMessageId: 'c-2' } },
        count: () => messageCount(id),
        expected: 2,
      };
    },
  },
  {
    name: 'sendMessage: an internal note',
    async prepare() {
      const c = await customer();
      const id = await conversationOf(c.token, 'send-n');
      return {
        token: agent,
        query: `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id seq author authorName body private clientMessageId } } }`,
        variables: { i: { conversationId: id, body: 'Customer is a VIP', clientMessageId: 'note-1', private: true } },
        count: () => messageCount(id),
        expected: 2,
      };
    },
  },
  {
    name: 'applyCannedResponse',
    async prepare() {
      const c = await customer();
      const id = await conversationOf(c.token, 'apply');
      return {
        token: agent,
        query: `mutation($i: ApplyCannedResponseInput!) { applyCannedResponse(input: $i) { message { id seq body clientMessageId } } }`,
        variables: { i: { conversationId: id, shortcut: 'retry-thanks', clientMessageId: 'apply-1' } },
        count: () => messageCount(id),
        expected: 2,
      };
    },
  },
  {
    name: 'transferConversation with a note',
    async prepare() {
      const c = await customer();
      const id = await conversationOf(c.token, 'transfer');
      return {
        token: manager,
        query: `mutation($i: TransferConversationInput!) { transferConversation(input: $i) { conversationId } }`,
        variables: { i: { conversationId: id, toUserId: agent2Id, note: 'Over to you', idempotencyKey: 'transfer-1' } },
        count: () => messageCount(id), // first message + the note + "… joined the conversation"
        expected: 3,
      };
    },
  },
  {
    name: 'createKnowledgeDocument',
    async prepare() {
      return {
        token: admin,
        query: `mutation($i: KnowledgeDocumentInput!) { createKnowledgeDocument(input: $i) { documentId document { id title status } } }`,
        variables: { i: { kind: 'ARTICLE', title: 'Retry article', body: 'Returns within 30 days.', idempotencyKey: 'doc-1' } },
        count: () => one(`select count(*)::int as n from knowledge_documents where title = 'Retry article'`),
        expected: 1,
      };
    },
  },
  {
    name: 'importKnowledgeDocuments',
    async prepare() {
      const docs = [1, 2].map((n) => ({ kind: 'FAQ', title: `Retry import ${n}`, body: `Answer ${n}` }));
      return {
        token: admin,
        query: `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count documentIds } }`,
        variables: { i: { documents: docs, idempotencyKey: 'import-1' } },
        count: () => one(`select count(*)::int as n from knowledge_documents where title like 'Retry import %'`),
        expected: 2,
      };
    },
  },
  {
    name: 'addTrainingExamples',
    async prepare() {
      const examples = [1, 2, 3].map((n) => ({ text: `retry example ${n}`, intent: 'order_status' }));
      return {
        token: admin,
        query: `mutation($i: AddTrainingExamplesInput!) { addTrainingExamples(input: $i) { added total } }`,
        variables: { i: { examples, idempotencyKey: 'train-1' } },
        count: () => one(`select count(*)::int as n from training_examples where text like 'retry example %'`),
        expected: 3,
      };
    },
  },
  {
    name: 'createCannedResponse',
    async prepare() {
      return {
        token: manager,
        query: `mutation($i: CreateCannedResponseInput!) { createCannedResponse(input: $i) { cannedResponse { id shortcut body shared } } }`,
        variables: { i: { shortcut: 'retry-created', body: 'Hi {{contact.name}}', shared: true, idempotencyKey: 'canned-1' } },
        count: () => one(`select count(*)::int as n from canned_responses where shortcut = 'retry-created'`),
        expected: 1,
      };
    },
  },
  {
    name: 'createQueue',
    async prepare() {
      return {
        token: admin,
        query: `mutation($i: CreateQueueInput!) { createQueue(input: $i) { queue { id name } } }`,
        variables: { i: { name: 'Retry queue', idempotencyKey: 'queue-1' } },
        count: () => one(`select count(*)::int as n from queues where name = 'Retry queue'`),
        expected: 1,
      };
    },
  },
  {
    name: 'createApiKey',
    async prepare() {
      return {
        token: admin,
        query: `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { apiKey { id name scopes } secret } }`,
        variables: { i: { name: 'Retry key', scopes: ['conversations.view'], idempotencyKey: 'key-1' } },
        count: () => one(`select count(*)::int as n from api_keys where name = 'Retry key'`),
        expected: 1,
      };
    },
    // The secret is never stored in the clear, so the replay issues a new one for the same key;
    // the lost one stops working.
    async differs(lost, retry) {
      expect(retry.createApiKey.secret).not.toBe(lost.createApiKey.secret);
      const probe = (secret: string) => gql(server.graphqlUrl, `{ conversations(first: 1) { totalCount } }`, {}, { token: secret });
      expect(codeOf(await probe(lost.createApiKey.secret))).toBe('UNAUTHENTICATED');
      expect((await probe(retry.createApiKey.secret)).errors).toBeUndefined();
      delete lost.createApiKey.secret;
      delete retry.createApiKey.secret;
    },
  },
];

beforeAll(async () => {
  server = await startTestServer();
  db = server.services.config.DATABASE_URL!;
  proxy = await lossyProxy(server.url);
  [admin, manager, agent] = await Promise.all([asAdmin(server), asManager(server), asAgent(server)]);
  const users = await sql<{ id: string; email: string }>(db, `select id, email from users where email in ($1, $2)`, [DEMO.northwind.agent, DEMO.northwind.manager]);
  agentId = users.find((u) => u.email === DEMO.northwind.agent)!.id;
  agent2Id = users.find((u) => u.email === DEMO.northwind.manager)!.id;
  const canned = await gql(server.graphqlUrl, `mutation { createCannedResponse(input: { shortcut: "retry-thanks", body: "Thanks for waiting", shared: true }) { cannedResponse { id } } }`, {}, { token: manager });
  expect(canned.errors, JSON.stringify(canned.errors)).toBeUndefined();
});

afterAll(async () => {
  await proxy?.close();
});

describe('a retry after a lost answer changes nothing twice', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const p = await c.prepare();
    const lostCount = proxy.lost.length;
    await expect(gql(`${proxy.url}/graphql`, p.query, p.variables, { token: p.token })).rejects.toThrow();
    expect(proxy.lost.length).toBe(lostCount + 1);
    const lost = JSON.parse(proxy.lost.at(-1)!.body);
    expect(lost.errors, JSON.stringify(lost.errors)).toBeUndefined();
    expect(await p.count()).toBe(p.expected); // the first request did commit

    const retry = await gql(server.graphqlUrl, p.query, p.variables, { token: p.token });
    expect(retry.errors, JSON.stringify(retry.errors)).toBeUndefined();
    expect(await p.count()).toBe(p.expected);
    await c.differs?.(lost.data, retry.data);
    expect(retry.data).toEqual(lost.data);
  });
});

describe('idempotency keys', () => {
  it('the same key with different input is CONFLICT and changes nothing; keys are per caller', async () => {
    const q = `mutation($i: CreateQueueInput!) { createQueue(input: $i) { queue { id name } } }`;
    const first = await gql(server.graphqlUrl, q, { i: { name: 'Keyed queue', idempotencyKey: 'k-shared' } }, { token: admin });
    expect(first.errors).toBeUndefined();
    const other = await gql(server.graphqlUrl, q, { i: { name: 'Another queue', idempotencyKey: 'k-shared' } }, { token: admin });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(await one(`select count(*)::int as n from queues where name = 'Another queue'`)).toBe(0);
    // A widget client's key of the same text is its own.
    const c = await customer();
    const start = await gql(server.graphqlUrl, START, { i: { idempotencyKey: 'k-shared' } }, { token: c.token });
    expect(start.errors).toBeUndefined();
  });

  it('requests with the same key at the same time change things once and all get the same answer', async () => {
    const c = await customer();
    const answers = await Promise.all(Array.from({ length: 5 }, () => gql(server.graphqlUrl, START, { i: { body: 'Hello?', clientMessageId: 'same', idempotencyKey: 'same-time' } }, { token: c.token })));
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    expect(new Set(answers.map((a) => a.data!.startConversation.conversationId)).size).toBe(1);
    expect(await one('select count(*)::int as n from conversations where contact_id = $1', [c.contactId])).toBe(1);
    expect(await one('select count(*)::int as n from messages m join conversations c on c.id = m.conversation_id where c.contact_id = $1', [c.contactId])).toBe(1);
  });

  it('startConversation needs an idempotencyKey and sendMessage a clientMessageId', async () => {
    const c = await customer();
    expect(codeOf(await gql(server.graphqlUrl, START, { i: {} }, { token: c.token }))).toBe('BAD_USER_INPUT');
    const id = await conversationOf(c.token, 'needs-key');
    const send = await gql(server.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }`, { i: { conversationId: id, body: 'x' } }, { token: c.token });
    expect(codeOf(send)).toBe('BAD_USER_INPUT');
  });

  it('a clientMessageId reused for another message is CONFLICT and never returns that message', async () => {
    const c = await customer();
    const id = await conversationOf(c.token, 'cmid');
    const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id body } } }`;
    const note = await gql(server.graphqlUrl, SEND, { i: { conversationId: id, body: 'secret note', clientMessageId: 'guess-me', private: true } }, { token: agent });
    expect(note.errors).toBeUndefined();
    const probe = await gql(server.graphqlUrl, SEND, { i: { conversationId: id, body: 'hi', clientMessageId: 'guess-me' } }, { token: c.token });
    expect(codeOf(probe)).toBe('CONFLICT');
    expect(JSON.stringify(probe)).not.toContain('secret note');
    const changed = await gql(server.graphqlUrl, SEND, { i: { conversationId: id, body: 'other text', clientMessageId: 'guess-me', private: true } }, { token: agent });
    expect(codeOf(changed)).toBe('CONFLICT');
  });
});

describe('state transitions are safe to retry: the same answer, no second system message', () => {
  const transitions: [string, (id: string) => Promise<void>][] = [
    ['takeOverConversation', async () => undefined],
    ['resolveConversation', async () => undefined],
    ['closeConversation', async () => undefined],
    ['handBackConversation', async (id) => void (await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { takeOverConversation(input: $i) { conversationId } }`, { i: { conversationId: id } }, { token: agent }))],
    ['reopenConversation', async (id) => void (await gql(server.graphqlUrl, `mutation($i: ConversationIdInput!) { resolveConversation(input: $i) { conversationId } }`, { i: { conversationId: id } }, { token: agent }))],
    ['requestHumanAgent', async () => undefined],
  ];
  it.each(transitions)('%s', async (mutation, setup) => {
    const c = await customer();
    const id = await conversationOf(c.token, `t-${mutation}`);
    await setup(id);
    const input = mutation === 'requestHumanAgent' ? 'RequestHumanInput' : 'ConversationIdInput';
    const q = `mutation($i: ${input}!) { ${mutation}(input: $i) { conversationId } }`;
    const token = mutation === 'handBackConversation' ? agent : mutation === 'requestHumanAgent' ? c.token : agent;
    await expect(gql(`${proxy.url}/graphql`, q, { i: { conversationId: id } }, { token })).rejects.toThrow();
    const lost = JSON.parse(proxy.lost.at(-1)!.body);
    expect(lost.errors, JSON.stringify(lost.errors)).toBeUndefined();
    const after = await messageCount(id);
    const retry = await gql(server.graphqlUrl, q, { i: { conversationId: id } }, { token });
    expect(retry.errors, JSON.stringify(retry.errors)).toBeUndefined();
    expect(retry.data).toEqual(lost.data);
    expect(await messageCount(id)).toBe(after);
  });
  void agentId;
});
