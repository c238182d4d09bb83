// The assistant with Claude — the real SDK talking to a fake Messages API on 127.0.0.1 (real SSE
// wire format): answers stream to the widget and are stored with citations and a confidence;
// retries, deadlines and failures end in a hand-off with an apology, never in silence.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { widgetSession } from '../../helpers/widget.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../helpers/fake-anthropic.js';
import { asAdmin } from '../../helpers/as.js';

let server: TestServer;
let fake: FakeAnthropic;
let db: string;
let northwindId: string;

const START = `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`;
const MESSAGES = `subscription($c: ID!) { messageAdded(conversationId: $c) { id seq author authorName body confidence offline citations { n documentId chunkId title chunk excerpt } } }`;
const DRAFTS = `subscription($c: ID!) { assistantDraft(conversationId: $c) { messageId index delta state } }`;
const QUESTION = 'How long does standard delivery take in the EU, and what does it cost?';

const assessment = (over: Record<string, unknown> = {}) => ({
  name: 'submit_assessment',
  input: { answered_from_sources: true, needs_human: false, confidence: 0.95, cited_sources: [1], reason: 'stated in the shipping article', ...over },
});

beforeAll(async () => {
  fake = await startFakeAnthropic();
  db = await fileDatabaseUrl();
  server = await startTestServer({
    databaseUrl: db,
    env: { ASSISTANT_ENABLED: 'true', ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: fake.baseURL, AI_MAX_RETRIES: '2', AI_IDLE_TIMEOUT_MS: '800' },
  });
  [{ id: northwindId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
  // The vectors are copied from PostgreSQL into this file's Chroma namespace at boot.
  await until(async () => (await server.services.knowledge.vectors.count(northwindId)) > 0, 20_000, () => 'vectors not rebuilt');
});
afterAll(async () => {
  await fake.close();
});

async function conversation() {
  const customer = await widgetSession(server.graphqlUrl, db);
  const r = await gql(server.graphqlUrl, START, { i: { idempotencyKey: randomUUID(), subject: 'Delivery' } }, { token: customer.token });
  const id = r.data!.startConversation.conversationId as string;
  const ws = wsClient(server.wsUrl, customer.token);
  const before = server.http.subscriptionCount();
  const messages = subscribe<any>(ws, MESSAGES, { c: id });
  const drafts = subscribe<any>(ws, DRAFTS, { c: id });
  await until(() => server.http.subscriptionCount() >= before + 2);
  const send = (body: string) => gql(server.graphqlUrl, SEND, { i: { clientMessageId: randomUUID(), conversationId: id, body } }, { token: customer.token });
  return { id, customer, ws, messages, drafts, send };
}

const aiCalls = (conversationId: string) =>
  sql<{ purpose: string; outcome: string; retries: number; input_tokens: number; output_tokens: number; provider: string; model: string; first_token_ms: number | null }>(
    db,
    'select purpose, outcome, retries, input_tokens, output_tokens, provider, model, first_token_ms from ai_calls where conversation_id = $1 order by created_at',
    [conversationId],
  );

describe('answers with Claude', () => {
  it('streams the answer token by token to the widget, then stores it whole with citations and a confidence', async () => {
    const c = await conversation();
    const text = 'Standard delivery in the EU takes 3-5 business days and costs EUR 4.95 [1].';
    fake.script({ kind: 'answer', text, tool: assessment(), chunkSize: 6, usage: { input_tokens: 900, output_tokens: 40 } });
    await c.send(QUESTION);

    const [ai] = (await c.messages.waitFor(2, 10_000)).filter((e) => e.messageAdded.author === 'AI').map((e) => e.messageAdded);
    expect(ai.body).toContain(text);
    expect(ai.offline).toBe(false);
    expect(ai.authorName).toBe('Trail');
    expect(ai.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ai.citations).toHaveLength(1);
    expect(ai.citations[0]).toMatchObject({ n: 1 });
    // The citation names a chunk that retrieval returned for this very turn.
    const [turn] = await sql<{ sources: { chunkId: string }[] }>(db, 'select sources from assistant_turns where conversation_id = $1', [c.id]);
    expect(turn.sources.map((s) => s.chunkId)).toContain(ai.citations[0].chunkId);

    // The drafts came piece by piece, in order, under the stored message's id, and add up to it.
    const drafts = c.drafts.events.map((e) => e.assistantDraft);
    const streaming = drafts.filter((d) => d.state === 'STREAMING');
    expect(streaming.length).toBeGreaterThanOrEqual(text.length / 6);
    expect(drafts.every((d) => d.messageId === ai.id)).toBe(true);
    expect(drafts.map((d) => d.index)).toEqual(drafts.map((_, i) => i));
    expect(streaming.map((d) => d.delta).join('')).toBe(ai.body);
    expect(drafts[drafts.length - 1].state).toBe('DONE');

    // The model was asked with the sources numbered and the assessment tool offered.
    const request = fake.requests[fake.requests.length - 1].body;
    expect(request.stream).toBe(true);
    expect(request.model).toBe('claude-sonnet-5-5');
    expect(request.system).toMatch(/\[1\] /);
    expect(request.tools.map((t: any) => t.name)).toContain('submit_assessment');
    expect(request.messages.at(-1)).toEqual({ role: 'user', content: QUESTION });

    const [call] = await aiCalls(c.id);
    expect(call).toMatchObject({ purpose: 'ANSWER', outcome: 'OK', retries: 0, input_tokens: 900, output_tokens: 40, provider: 'ANTHROPIC' });
    const stored = await sql<{ body: string; citations: unknown[] }>(db, `select body, citations from messages where id = $1`, [ai.id]);
    expect(stored[0].body).toBe(ai.body);

    // The AI call log is queryable by the tenant (reports.view), and only by it.
    const admin = await asAdmin(server);
    const log = await gql(server.graphqlUrl, `query($c: ID!) { aiCalls(first: 10, filter: { conversationId: $c }) { totalCount edges { node { purpose provider model inputTokens outputTokens costUsd outcome retries latencyMs firstTokenMs } } } }`, { c: c.id }, { token: admin });
    expect(log.data!.aiCalls.totalCount).toBe(1);
    expect(log.data!.aiCalls.edges[0].node).toMatchObject({ purpose: 'ANSWER', provider: 'ANTHROPIC', model: 'claude-sonnet-5-5', inputTokens: 900, outputTokens: 40, outcome: 'OK', retries: 0 });
    expect(log.data!.aiCalls.edges[0].node.costUsd).toBeCloseTo((900 * 3 + 40 * 15) / 1e6, 6);
    expect(log.data!.aiCalls.edges[0].node.firstTokenMs).not.toBeNull();
    const harbor = await asAdmin(server, 'harbor');
    const other = await gql(server.graphqlUrl, `query($c: ID!) { aiCalls(first: 10, filter: { conversationId: $c }) { totalCount } }`, { c: c.id }, { token: harbor });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    c.ws.dispose();
  });

  it('retries a 529 (overloaded) and answers', async () => {
    const c = await conversation();
    fake.script({ kind: 'status', status: 529, retryAfterMs: 10 }, { kind: 'answer', text: 'Standard EU delivery takes 3-5 business days [1].', tool: assessment() });
    await c.send(QUESTION);
    await until(async () => (await aiCalls(c.id)).length === 1, 10_000);
    const [call] = await aiCalls(c.id);
    expect(call).toMatchObject({ outcome: 'OK', retries: 1 });
    const ai = (await c.messages.waitFor(2, 10_000)).map((e) => e.messageAdded).find((m) => m.author === 'AI');
    expect(ai.citations.length).toBeGreaterThan(0);
    c.ws.dispose();
  });

  it('hands off with an apology when the model keeps failing (500 after retries)', async () => {
    const c = await conversation();
    fake.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    await c.send(QUESTION);
    const events = await c.messages.waitFor(3, 15_000);
    const texts = events.map((e) => `${e.messageAdded.author}: ${e.messageAdded.body}`);
    expect(texts[1]).toMatch(/^AI: Sorry, I can't answer that reliably right now/);
    expect(texts[2]).toMatch(/^SYSTEM: (You are in line|.* joined the conversation)/);
    const [conv] = await sql<{ status: string; handler: string; handoff_context: any }>(db, 'select status, handler, handoff_context from conversations where id = $1', [c.id]);
    expect(conv.handler).toBe('HUMAN');
    expect(['WAITING', 'OPEN']).toContain(conv.status);
    expect(conv.handoff_context.reason).toBe('FAILURE');
    const calls = await aiCalls(c.id);
    expect(calls.find((x) => x.purpose === 'ANSWER')).toMatchObject({ outcome: 'ERROR', retries: 2 });
    c.ws.dispose();
  });

  it('aborts a stalled stream at the deadline, drops the draft and hands off', async () => {
    const c = await conversation();
    fake.script({ kind: 'stall', afterChunks: 2 });
    const t0 = Date.now();
    await c.send(QUESTION);
    const events = await c.messages.waitFor(3, 10_000);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(events[1].messageAdded.body).toMatch(/Sorry, I can't answer that reliably/);
    await until(() => c.drafts.events.some((e) => e.assistantDraft.state === 'DISCARDED'));
    const call = (await aiCalls(c.id)).find((x) => x.purpose === 'ANSWER');
    expect(call).toMatchObject({ outcome: 'TIMEOUT' });
    c.ws.dispose();
  });

  it('hands off when the model says a human is needed, and when confidence is low', async () => {
    const c = await conversation();
    fake.script({ kind: 'answer', text: 'I think it might take a while [1].', tool: assessment({ needs_human: true, confidence: 0.4 }) });
    await c.send(QUESTION);
    const events = await c.messages.waitFor(3, 10_000);
    expect(events[1].messageAdded.body).toMatch(/colleague/);
    expect(events.some((e) => e.messageAdded.body.includes('I think it might take a while'))).toBe(false);
    const [conv] = await sql<{ handoff_context: any }>(db, 'select handoff_context from conversations where id = $1', [c.id]);
    expect(conv.handoff_context.reason).toBe('MODEL_ASKED');

    const d = await conversation();
    fake.script({ kind: 'answer', text: 'Maybe three days [1].', tool: assessment({ confidence: 0.1 }) });
    await d.send(QUESTION);
    await d.messages.waitFor(3, 10_000);
    const [low] = await sql<{ handoff_context: any }>(db, 'select handoff_context from conversations where id = $1', [d.id]);
    expect(low.handoff_context.reason).toBe('LOW_CONFIDENCE');
    c.ws.dispose();
    d.ws.dispose();
  });

  it('hands off at once, without asking the model, when the customer asks for a person', async () => {
    const c = await conversation();
    const before = fake.requests.length;
    fake.script({ kind: 'tool', name: 'classify_conversation', input: { category: 'CONTACT', intent: 'contact_human_agent', priority: 'MEDIUM', sentiment: 'NEUTRAL', wantsHuman: true, summary: 'Wants a person.' } });
    await c.send('can I please talk to a real person?');
    const events = await c.messages.waitFor(3, 10_000);
    expect(events[1].messageAdded.body).toMatch(/connecting you with a colleague/);
    // Only the classification call for the agent's package; no answer was generated.
    expect(fake.requests.slice(before).map((r) => r.body.tool_choice?.type)).toEqual(['tool']);
    const agent = await asAdmin(server);
    const ctx = await gql(server.graphqlUrl, `query($c: ID!) { assistantContext(conversationId: $c) { reason summary classification { intent wantsHuman source } turns { decision reason } } }`, { c: c.id }, { token: agent });
    expect(ctx.data!.assistantContext).toMatchObject({ reason: 'CUSTOMER_ASKED', summary: 'Wants a person.', classification: { intent: 'contact_human_agent', wantsHuman: true, source: 'ANTHROPIC' } });
    expect(ctx.data!.assistantContext.turns[0].decision).toBe('HANDED_OFF');
    c.ws.dispose();
  });
});

describe('classification', () => {
  it('uses a forced tool call and returns the structured result', async () => {
    const admin = await asAdmin(server);
    fake.script({ kind: 'tool', name: 'classify_conversation', input: { category: 'REFUND', intent: 'get_refund', priority: 'HIGH', sentiment: 'NEGATIVE', strongNegative: false, wantsHuman: false, summary: 'Wants money back for a torn jacket.' } });
    const r = await gql(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { category intent priority sentiment wantsHuman summary source } }`, { t: 'My jacket arrived torn, I want my money back' }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.classifyText).toEqual({ category: 'REFUND', intent: 'get_refund', priority: 'HIGH', sentiment: 'NEGATIVE', wantsHuman: false, summary: 'Wants money back for a torn jacket.', source: 'ANTHROPIC' });
    const req = fake.requests[fake.requests.length - 1].body;
    expect(req.tool_choice).toEqual({ type: 'tool', name: 'classify_conversation' });
    expect(req.model).toBe('claude-haiku-5-5');
  });
});
