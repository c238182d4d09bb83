// Per-tenant calibration (issue 16, acceptance 2): a fresh tenant publishes a knowledge base, the
// debounced background calibration runs by itself, the operating point moves from the default,
// and knowledgeCoverage reports the same figures as the bench's computation (test/bench/lib/coverage.ts)
// and the same evidence as the assistant's own search. Then a change of knowledge recalibrates and
// says what changed; access: tenant admins only, another tenant's id is NOT_FOUND.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { asAdmin, asAgent, asPlatformAdmin } from '../../helpers/as.js';
import { pointOf } from '../../bench/lib/coverage.js';

let server: TestServer;
let db: string;
let token: string;
let tenantId: string;

const COVERAGE = `query($t: ID) { knowledgeCoverage(tenantId: $t) {
  tenantId status mode target thresholdInForce manualThreshold calibratedAt tookMs knowledgeVersion labelledExamples
  operatingPoint { threshold answerableHandedOff unanswerableAnswered }
  curve { threshold answerableHandedOff unanswerableAnswered }
  probes { question kind source score handedOff documentId documentTitle }
  probeCounts { answerable unanswerable labelled }
  changes { thresholdBefore thresholdAfter probesBefore { answerable } probesAfter { answerable } documentsAdded { id title } documentsRemoved { id } documentsChanged { id } }
  agreement { turns bothAnswerable bothUnanswerable modelOnly evidenceOnly }
} }`;
const IMPORT = `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count } }`;
const SEARCH = `query($q: String!) { searchKnowledge(query: $q, first: 5) { evidence wouldHandOff } }`;

const LAMPS = [
  { kind: 'FAQ', title: 'How long is the warranty on a Lumen lamp?', body: 'Every Lumen lamp has a 3-year warranty against manufacturing defects. LED modules are covered for 5 years.' },
  { kind: 'FAQ', title: 'Can I return a lamp I no longer want?', body: 'Yes. You can return an unused lamp within 30 days of delivery for a full refund; we send a prepaid return label.' },
  { kind: 'FAQ', title: 'Do you ship lamps outside the EU?', body: 'We ship to the EU, the United Kingdom, Norway and Switzerland. Customs duties outside the EU are paid by the customer.' },
  { kind: 'FAQ', title: 'Which bulbs fit the Arc floor lamp?', body: 'The Arc floor lamp takes one E27 LED bulb of up to 12 W. A 2700 K warm white bulb is included.' },
  { kind: 'FAQ', title: 'How do I pair a smart lamp with the Lumen app?', body: 'Switch the lamp on and off three times, open the Lumen app and tap Add lamp. Pairing needs Bluetooth and a 2.4 GHz Wi-Fi network.' },
  { kind: 'FAQ', title: 'Can I change my delivery address after ordering?', body: 'You can change the delivery address until the order is packed, usually within 2 hours, from your order page.' },
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

async function coverage(t = token, tenant?: string) {
  const r = await gql(server.graphqlUrl, COVERAGE, { t: tenant }, { token: t });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.knowledgeCoverage;
}

async function waitReady(after?: string, timeoutMs = 600_000) {
  const t0 = Date.now();
  for (;;) {
    const c = await coverage();
    if (c.status === 'READY' && (!after || c.calibratedAt > after)) return c;
    if (Date.now() - t0 > timeoutMs) throw new Error(`calibration not ready: ${c.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { KNOWLEDGE_CALIBRATION_AUTO: 'true', KNOWLEDGE_CALIBRATION_DEBOUNCE_MS: '300', CHROMA_TIMEOUT_MS: '20000' } });
  const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { tenant { id } session { accessToken } } }`, {
    i: { companyName: 'Lumen Lamps', slug: `lumen-${randomUUID().slice(0, 8)}`, adminName: 'Lia Lumen', adminEmail: 'lia@lumen.test', password: 'a-long-enough-password-42' },
  });
  token = r.data!.registerTenant.session.accessToken;
  tenantId = r.data!.registerTenant.tenant.id;
}, 60_000);

describe('per-tenant calibration', () => {
  it('a fresh tenant starts NOT_CALIBRATED on the manual default, in AUTO mode', async () => {
    const c = await coverage();
    expect(c).toMatchObject({ tenantId, status: 'NOT_CALIBRATED', mode: 'AUTO', target: 0.9, thresholdInForce: 0.7, manualThreshold: 0.7, operatingPoint: null, probes: [] });
  });

  it('publishing knowledge calibrates by itself; the operating point moves and matches the bench computation and the assistant search', async () => {
    const r = await gql(server.graphqlUrl, IMPORT, { i: { documents: LAMPS, publish: true } }, { token });
    expect(r.data!.importKnowledgeDocuments.count).toBe(LAMPS.length);
    await server.services.domainEvents.settled(); // the listener has (re)started the debounce
    expect((await coverage()).status).toBe('CALIBRATING');
    const c = await waitReady();
    const t = c.operatingPoint.threshold;
    expect(c.mode).toBe('AUTO');
    expect(t).not.toBeCloseTo(0.7, 3);
    expect(c.thresholdInForce).toBe(t);
    expect(c.tookMs).toBeGreaterThan(0);
    // Probes from its own knowledge, the shipped banks, nothing else (no labels yet).
    const sources = new Set(c.probes.map((p: any) => p.source));
    for (const s of ['FAQ_QUESTION', 'FAQ_REWORDING', 'TITLE', 'HEADING', 'SENTENCE', 'EVERYDAY_REQUEST']) expect(sources).toContain(s);
    expect(c.probeCounts.answerable).toBe(c.probes.filter((p: any) => p.kind === 'ANSWERABLE').length);
    expect(c.probeCounts.unanswerable).toBe(c.probes.filter((p: any) => p.kind === 'UNANSWERABLE').length);
    expect(c.probes.filter((p: any) => p.kind === 'ANSWERABLE').every((p: any) => LAMPS.some((d) => d.title === p.documentTitle))).toBe(true);
    // The same figures as the bench's computation over the same probes at the same threshold.
    expect(c.operatingPoint).toEqual({ threshold: t, ...pointOf(c.probes, t) });
    expect(c.probes.every((p: any) => p.handedOff === p.score < t)).toBe(true);
    // The target is met on the probes, and the chosen point is on the curve.
    expect(c.operatingPoint.unanswerableAnswered).toBeLessThanOrEqual(0.1);
    expect(c.curve).toContainEqual(c.operatingPoint);
    // The assistant's own search scores a probe as the calibration did, and decides by the calibrated
    // threshold. Asked verbatim, a probe is its own nearest neighbour (similarity 1), which its
    // calibration score leaves out: an FAQ question scores at least as high (closer to the
    // answerable side), an everyday request at most as high, and each stays on its side.
    const faq = c.probes.find((x: any) => x.source === 'FAQ_QUESTION' && !x.handedOff);
    const everyday = c.probes.find((x: any) => x.source === 'EVERYDAY_REQUEST' && x.handedOff);
    const sf = (await gql(server.graphqlUrl, SEARCH, { q: faq.question }, { token })).data!.searchKnowledge;
    expect(sf.evidence).toBeGreaterThanOrEqual(faq.score - 1e-6);
    expect(sf.wouldHandOff).toBe(false);
    const se = (await gql(server.graphqlUrl, SEARCH, { q: everyday.question }, { token })).data!.searchKnowledge;
    expect(se.evidence).toBeLessThanOrEqual(everyday.score + 1e-6);
    expect(se.wouldHandOff).toBe(true);
  }, 900_000);

  it('a knowledge change recalibrates and says what changed; a manual threshold overrides AUTO', async () => {
    const before = await coverage();
    await gql(server.graphqlUrl, IMPORT, { i: { documents: [{ kind: 'FAQ', title: 'Do you sell replacement lampshades?', body: 'Yes: every shade is sold separately, in linen or paper, from EUR 29.' }], publish: true } }, { token });
    const c = await waitReady(before.calibratedAt);
    expect(c.changes.documentsAdded.map((d: any) => d.title)).toEqual(['Do you sell replacement lampshades?']);
    expect(c.changes.documentsRemoved).toEqual([]);
    expect(c.changes.thresholdBefore).toBe(before.operatingPoint.threshold);
    expect(c.changes.probesAfter.answerable).toBeGreaterThan(c.changes.probesBefore.answerable);
    expect(c.knowledgeVersion).not.toBe(before.knowledgeVersion);

    const u = await gql(server.graphqlUrl, `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { assistant { handoffThreshold handoffMode } } } }`, { i: { assistant: { handoffThreshold: 0.84 } } }, { token });
    expect(u.data!.updateTenant.tenant.assistant).toEqual({ handoffThreshold: 0.84, handoffMode: 'MANUAL' });
    const m = await coverage();
    expect(m).toMatchObject({ mode: 'MANUAL', thresholdInForce: 0.84 });
    const s = (await gql(server.graphqlUrl, SEARCH, { q: 'Which bulbs fit the Arc floor lamp?' }, { token })).data!.searchKnowledge;
    expect(s.wouldHandOff).toBe(s.evidence < 0.84);
    await gql(server.graphqlUrl, `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { id } } }`, { i: { assistant: { handoffMode: 'AUTO' } } }, { token });
    expect((await coverage()).thresholdInForce).toBe(c.operatingPoint.threshold);
  }, 900_000);

  it('a new coverage target, and a document unpublished, recalibrate by themselves', async () => {
    const before = await coverage();
    const u = await gql(server.graphqlUrl, `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) { tenant { id } } }`, { i: { assistant: { coverageTarget: 0.95 } } }, { token });
    expect(u.errors).toBeUndefined();
    await server.services.domainEvents.settled();
    const c = await waitReady(before.calibratedAt);
    expect(c.target).toBe(0.95);
    expect(c.operatingPoint.unanswerableAnswered).toBeLessThanOrEqual(0.05);
    expect(c.knowledgeVersion).toBe(before.knowledgeVersion);

    const [doc] = await sql<{ id: string }>(server.services.config.DATABASE_URL!, `select id from knowledge_documents where tenant_id = $1 and title = 'Do you sell replacement lampshades?'`, [tenantId]);
    const r = await gql(server.graphqlUrl, `mutation($i: KnowledgeDocumentIdInput!) { unpublishKnowledgeDocument(input: $i) { documentId } }`, { i: { id: doc.id } }, { token });
    expect(r.errors).toBeUndefined();
    const d = await waitReady(c.calibratedAt);
    expect(d.changes.documentsRemoved.map((x: any) => x.id)).toEqual([doc.id]);
    expect(d.probes.some((p: any) => p.documentId === doc.id)).toBe(false);
  }, 900_000);

  it('is for tenant admins: another tenant\'s id is NOT_FOUND, agents FORBIDDEN, platform admins name the tenant', async () => {
    const northwind = await asAdmin(server);
    expect(codeOf(await gql(server.graphqlUrl, COVERAGE, { t: tenantId }, { token: northwind }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, `mutation($i: RecalibrateKnowledgeInput) { recalibrateKnowledge(input: $i) { coverage { status } } }`, { i: { tenantId } }, { token: northwind }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.graphqlUrl, COVERAGE, {}, { token: await asAgent(server) }))).toBe('FORBIDDEN');
    const platform = await asPlatformAdmin(server);
    expect(codeOf(await gql(server.graphqlUrl, COVERAGE, {}, { token: platform }))).toBe('BAD_USER_INPUT');
    expect((await coverage(platform, tenantId)).tenantId).toBe(tenantId);
    expect(codeOf(await gql(server.graphqlUrl, `mutation { updateTenant(input: { assistant: { coverageTarget: 1.5 } }) { tenant { id } } }`, {}, { token }))).toBe('BAD_USER_INPUT');
    // No N+1: the coverage read is a fixed number of statements.
    const r = await gql(server.graphqlUrl, COVERAGE, {}, { token, headers: { 'x-debug-sql-count': '1' } });
    expect(r.extensions?.sqlStatements).toBeLessThanOrEqual(4);
    void sql;
  });
});
