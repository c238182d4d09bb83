// Issue 16, acceptance 7 (API half): a hand-off the team marks "our knowledge answers this" with
// the article becomes retrieval evidence for that article (an extra question of its closest chunk:
// its own vector in Chroma, its words in full text), counts as an answerable probe, and after
// recalibration the same question is answered. Resolving the label takes the evidence away again;
// a Chroma rebuild keeps it; another tenant's retrieval never sees it.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin } from '../../helpers/as.js';
import { widgetSession } from '../../helpers/widget.js';
import { rebuildTenantVectors, retrieve, TENANT_VECTOR_COUNT_SQL } from '../../../api/src/modules/knowledge/retrieval.js';
import { retrievalEvidence } from '../../../api/src/modules/knowledge/answer-confidence.js';
import { reconcileExampleEvidence } from '../../../api/src/modules/knowledge-labels/knowledge-labels.listeners.js';

let server: TestServer;
let db: string;
let token: string;
let tenantId: string;
let slug: string;

const DOCS = [
  { kind: 'FAQ', title: 'How long is the warranty on a Lumen lamp?', body: 'Every Lumen lamp has a 3-year warranty against manufacturing defects. LED modules are covered for 5 years.' },
  { kind: 'FAQ', title: 'Can I return a lamp I no longer want?', body: 'Yes. You can return an unused lamp within 30 days of delivery for a full refund; we send a prepaid return label.' },
  { kind: 'FAQ', title: 'Do you ship lamps outside the EU?', body: 'We ship to the EU, the United Kingdom, Norway and Switzerland. Customs duties outside the EU are paid by the customer.' },
  { kind: 'FAQ', title: 'Which bulbs fit the Arc floor lamp?', body: 'The Arc floor lamp takes one E27 LED bulb of up to 12 W. A 2700 K warm white bulb is included.' },
  { kind: 'FAQ', title: 'How do I pair a smart lamp with the Lumen app?', body: 'Switch the lamp on and off three times, open the Lumen app and tap Add lamp. Pairing needs Bluetooth and a 2.4 GHz Wi-Fi network.' },
  {
    kind: 'ARTICLE',
    title: 'Caring for brass and copper lamps',
    body: '## Cleaning\n\nDust brass and copper shades weekly with a dry microfibre cloth. Never use metal polish on lacquered finishes: it strips the lacquer.\n\n## Patina\n\nUnlacquered brass darkens over 6 to 12 months. This patina is natural and not a defect covered by the warranty.',
  },
  {
    kind: 'ARTICLE',
    title: 'Installing a ceiling pendant',
    body: '## Before you start\n\nSwitch off the circuit at the fuse box. Pendants heavier than 5 kg need a ceiling hook rated for the weight.\n\n## Cable length\n\nThe fabric cable can be shortened to any length down to 30 cm by sliding it through the canopy grip.',
  },
];
const ARTICLE = 'Caring for brass and copper lamps';
// Worded away from the article: the test labels the first one the calibrated assistant hands off.
const CANDIDATES = [
  'My old desk light went kind of brownish, is it broken?',
  'Why has the colour of my light fitting changed?',
  'Can I use Brasso on it?',
  'is the yellowish metal supposed to go dark like that',
  'it went dark after a few months',
];

const SEARCH = `query($q: String!) { searchKnowledge(query: $q, first: 5) { evidence wouldHandOff hits { title similarity } } }`;
const COVERAGE = `{ knowledgeCoverage { status calibratedAt thresholdInForce labelledExamples probeCounts { labelled } probes { question kind source score handedOff documentTitle } } }`;

const retrievalEvidenceOf = async (q: string) => retrievalEvidence((await retrieve(server.services.knowledge, tenantId, q)).chunks).score;
const search = async (q: string, t = token) => (await gql(server.graphqlUrl, SEARCH, { q }, { token: t })).data!.searchKnowledge;
const vectorsExpected = async (tenant: string) => (await sql<{ tenant_id: string; n: number }>(db, TENANT_VECTOR_COUNT_SQL)).find((r) => r.tenant_id === tenant)?.n ?? 0;

async function calibrated(after?: string) {
  const started = Date.now();
  await gql(server.graphqlUrl, `mutation { recalibrateKnowledge { coverage { status } } }`, {}, { token });
  for (;;) {
    const c = (await gql(server.graphqlUrl, COVERAGE, {}, { token })).data!.knowledgeCoverage;
    if (c.status === 'READY' && (!after || c.calibratedAt > after)) return c;
    if (Date.now() - started > 600_000) throw new Error(`calibration not ready: ${c.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { CHROMA_TIMEOUT_MS: '20000' } });
  slug = `lumen-${randomUUID().slice(0, 8)}`;
  const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { tenant { id } session { accessToken } } }`, {
    i: { companyName: 'Lumen Lamps', slug, adminName: 'Lia Lumen', adminEmail: 'lia@lumen.test', password: 'a-long-enough-password-42' },
  });
  token = r.data!.registerTenant.session.accessToken;
  tenantId = r.data!.registerTenant.tenant.id;
  const imported = await gql(server.graphqlUrl, `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count } }`, { i: { documents: DOCS, publish: true } }, { token });
  expect(imported.data!.importKnowledgeDocuments.count).toBe(DOCS.length);
}, 120_000);

describe('a label "our knowledge answers this" is evidence for its article', () => {
  it('the handed-off question is answered after labelling and recalibration; resolving the label takes the evidence away', async () => {
    const first = await calibrated();
    let question = '';
    let before: { evidence: number; wouldHandOff: boolean } = { evidence: 0, wouldHandOff: false };
    for (const q of CANDIDATES) {
      before = await search(q);
      if (before.wouldHandOff) {
        question = q;
        break;
      }
    }
    expect(question, 'every candidate is answered already: no hand-off to label').not.toBe('');
    const rawBefore = await retrievalEvidenceOf(question);
    // The search decides by the calibrated threshold, as the assistant's turn does.
    expect(first.thresholdInForce).not.toBe(0.7);
    expect(before.evidence).toBeLessThan(first.thresholdInForce);
    const northwind = await asAdmin(server);
    const elsewhere = await search(question, northwind);

    // A customer asks it; an agent (here the admin) marks it answerable with the article.
    const customer = await widgetSession(server.graphqlUrl, db, slug);
    const started = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { idempotencyKey: randomUUID(), body: question } }, { token: customer.token });
    const conversationId = started.data!.startConversation.conversationId as string;
    const [message] = await sql<{ id: string }>(db, `select id from messages where conversation_id = $1 and author = 'CUSTOMER'`, [conversationId]);
    const [article] = await sql<{ id: string }>(db, `select id from knowledge_documents where tenant_id = $1 and title = $2`, [tenantId, ARTICLE]);
    const marked = await gql(server.graphqlUrl, `mutation($i: MarkHandoffAnswerableInput!) { markHandoffAnswerable(input: $i) { example { id } } }`, { i: { messageId: message.id, documentId: article.id } }, { token });
    expect(marked.errors).toBeUndefined();
    const exampleId = marked.data!.markHandoffAnswerable.example.id as string;
    await server.services.domainEvents.settled();

    // Evidence: one extra question on the article's chunk, its vector in the tenant's Chroma collection.
    const rows = await sql<{ tenant_id: string; document_id: string; ordinal: number | null }>(db, `select tenant_id, document_id, ordinal from knowledge_chunk_questions where id = $1`, [exampleId]);
    expect(rows).toEqual([{ tenant_id: tenantId, document_id: article.id, ordinal: expect.any(Number) }]);
    expect(await server.services.knowledge.vectors.count(tenantId)).toBe(await vectorsExpected(tenantId));
    const after = await search(question);
    expect(after.hits[0].title).toBe(ARTICLE);
    expect(after.hits[0].similarity).toBeGreaterThan(0.99); // the question meets itself
    expect(after.evidence).toBeGreaterThan(before.evidence);
    // Another tenant asking the same words gets nothing of it.
    expect((await search(question, northwind)).evidence).toBeCloseTo(elsewhere.evidence, 6);

    // A Chroma rebuild from PostgreSQL (what reindexKnowledge without re-embedding runs) keeps it.
    expect(await rebuildTenantVectors(server.services.knowledge, tenantId)).toBe(await vectorsExpected(tenantId));
    expect(await server.services.knowledge.vectors.count(tenantId)).toBe(await vectorsExpected(tenantId));
    expect((await search(question)).hits[0].similarity).toBeGreaterThan(0.99);

    // Recalibrated: the label is an answerable probe, answered; the same question is answered.
    const c = await calibrated(first.calibratedAt);
    expect(c.probeCounts.labelled).toBe(1);
    expect(c.probes.find((p: any) => p.source === 'LABELLED_EXAMPLE')).toMatchObject({ question, kind: 'ANSWERABLE', documentTitle: ARTICLE, handedOff: false });
    expect((await search(question)).wouldHandOff).toBe(false);

    // Evidence lost (a crash between the commit and the listener): the boot reconciliation restores it.
    await sql(db, `delete from knowledge_chunk_questions where id = $1`, [exampleId]);
    await reconcileExampleEvidence(server.services);
    expect(await sql(db, `select id from knowledge_chunk_questions where id = $1`, [exampleId])).toHaveLength(1);
    expect(await server.services.knowledge.vectors.count(tenantId)).toBe(await vectorsExpected(tenantId));

    // Labelled again with another article: the evidence moves there (and leaves the first one).
    const [pendant] = await sql<{ id: string }>(db, `select id from knowledge_documents where tenant_id = $1 and title = 'Installing a ceiling pendant'`, [tenantId]);
    const moved = await gql(server.graphqlUrl, `mutation($i: MarkHandoffAnswerableInput!) { markHandoffAnswerable(input: $i) { example { id } } }`, { i: { messageId: message.id, documentId: pendant.id } }, { token });
    expect(moved.data!.markHandoffAnswerable.example.id).toBe(exampleId);
    await server.services.domainEvents.settled();
    expect(await sql(db, `select document_id from knowledge_chunk_questions where id = $1`, [exampleId])).toEqual([{ document_id: pendant.id }]);
    expect(await server.services.knowledge.vectors.count(tenantId)).toBe(await vectorsExpected(tenantId));
    expect((await search(question)).hits[0]).toMatchObject({ title: 'Installing a ceiling pendant', similarity: expect.any(Number) });

    // Resolved: the evidence goes (row and vector), retrieval scores as before the label. (The
    // hand-off score `search` returns still counts the label as an answerable probe, a neighbour at
    // similarity 1, until the next calibration: the retrieval evidence is compared.)
    const resolved = await gql(server.graphqlUrl, `mutation($i: ResolveKnowledgeExampleInput!) { resolveKnowledgeExample(input: $i) { example { resolvedAt } } }`, { i: { id: exampleId } }, { token });
    expect(resolved.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    expect(await sql(db, `select id from knowledge_chunk_questions where id = $1`, [exampleId])).toEqual([]);
    expect(await server.services.knowledge.vectors.count(tenantId)).toBe(await vectorsExpected(tenantId));
    expect(await retrievalEvidenceOf(question)).toBeCloseTo(rawBefore, 6);
  }, 900_000);
});
