// Issue 16, acceptance 1: a fresh tenant's calibration hands off an everyday request that a
// threshold on the retrieval evidence alone would answer. A lamp shop's knowledge pulls "turn off
// the bedroom lamp" (a home-assistant request) close to its articles; its nearest calibration probe
// is an everyday request from the shipped bank, and the calibrated model (evidence + nearest
// unanswerable vs answerable probe) hands it off. The candidates are HWU64 `train` requests that are
// in neither shipped bank file (and not in HWU64 `test`, which the bench measures on). The decision
// and the score are the same in searchKnowledge and in the assistant's own turn; an FAQ rewording
// is answered by both.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { until } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { retrieve } from '../../../api/src/modules/knowledge/retrieval.js';
import { retrievalEvidence } from '../../../api/src/modules/knowledge/answer-confidence.js';
import { fitThreshold } from '../../../api/src/modules/calibration/fit.js';
import { probeBanks } from '../../../api/src/modules/calibration/calibration.service.js';

let server: TestServer;
let db: string;
let token: string;
let tenantId: string;
let slug: string;

const DOCS = [
  { kind: 'FAQ', title: 'How long is the warranty on a Lumen lamp?', body: 'Every Lumen lamp has a 3-year warranty against manufacturing defects. LED modules are covered for 5 years.' },
  { kind: 'FAQ', title: 'Can I return a lamp I no longer want?', body: 'Yes. You can return an unused lamp within 30 days of delivery for a full refund; we send a prepaid return label.' },
  { kind: 'FAQ', title: 'Which bulbs fit the Arc floor lamp?', body: 'The Arc floor lamp takes one E27 LED bulb of up to 12 W. A 2700 K warm white bulb is included.' },
  { kind: 'FAQ', title: 'How do I pair a smart lamp with the Lumen app?', body: 'Switch the lamp on and off three times, open the Lumen app and tap Add lamp. Pairing needs Bluetooth and a 2.4 GHz Wi-Fi network.' },
  { kind: 'FAQ', title: 'Can I dim a Lumen lamp?', body: 'Lamps with the touch base dim in three steps: touch the base to go from bright to medium to low. Smart lamps dim smoothly in the Lumen app.' },
  { kind: 'FAQ', title: 'Can I change my delivery address after ordering?', body: 'You can change the delivery address until the order is packed, usually within 2 hours, from your order page.' },
  {
    kind: 'ARTICLE',
    title: 'Bedside and table lamps',
    body: '## Switching on and off\n\nBedside lamps have an inline switch on the cable; table lamps a push switch under the shade. Both take E14 bulbs.\n\n## Brightness\n\nA 4 W LED bulb gives about 470 lumen, enough for reading in bed.',
  },
];

/** HWU64 `train` home-assistant requests about lamps, in neither bank file nor HWU64 `test`. */
const EVERYDAY = ['turn off the bedroom lamp', 'turn off my bedside lamp please', 'turn the lamp off', 'please increase the light of table lamp', 'brighten the lamp next to the sofa', 'turn on the lamp'];

const SEARCH = `query($q: String!) { searchKnowledge(query: $q, first: 5) { evidence wouldHandOff } }`;
const COVERAGE = `{ knowledgeCoverage { status calibratedAt thresholdInForce target } }`;

const search = async (q: string) => (await gql(server.graphqlUrl, SEARCH, { q }, { token })).data!.searchKnowledge as { evidence: number; wouldHandOff: boolean };

async function turnFor(question: string) {
  const customer = await widgetSession(server.graphqlUrl, db, slug);
  const r = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { idempotencyKey: randomUUID(), body: question } }, { token: customer.token });
  const id = r.data!.startConversation.conversationId as string;
  let turn: { decision: string; evidence_score: number; evidence_threshold: number } | undefined;
  await until(async () => !!([turn] = await sql<any>(db, 'select decision, evidence_score, evidence_threshold from assistant_turns where conversation_id = $1', [id])).length, 60_000, () => 'no assistant turn');
  return turn!;
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true', CHROMA_TIMEOUT_MS: '20000' } }); // offline: no API key
  slug = `lumen-${randomUUID().slice(0, 8)}`;
  const r = await gql(server.graphqlUrl, `mutation($i: RegisterTenantInput!) { registerTenant(input: $i) { tenant { id } session { accessToken } } }`, {
    i: { companyName: 'Lumen Lamps', slug, adminName: 'Lia Lumen', adminEmail: 'lia@lumen.test', password: 'a-long-enough-password-42' },
  });
  token = r.data!.registerTenant.session.accessToken;
  tenantId = r.data!.registerTenant.tenant.id;
  const imported = await gql(server.graphqlUrl, `mutation($i: ImportKnowledgeInput!) { importKnowledgeDocuments(input: $i) { count } }`, { i: { documents: DOCS, publish: true } }, { token });
  expect(imported.data!.importKnowledgeDocuments.count).toBe(DOCS.length);
}, 120_000);

describe('the calibrated hand-off model', () => {
  it('hands off an everyday request the evidence threshold alone would answer, identically in searchKnowledge and in the turn', async () => {
    await gql(server.graphqlUrl, `mutation { recalibrateKnowledge { coverage { status } } }`, {}, { token });
    let c: any;
    await until(async () => (c = (await gql(server.graphqlUrl, COVERAGE, {}, { token })).data!.knowledgeCoverage).status === 'READY', 600_000, () => `calibration: ${c?.status}`);
    const threshold = c.thresholdInForce as number;

    // What a threshold on the evidence alone would be, fitted on the same probes.
    const [row] = await sql<{ probes: { kind: 'ANSWERABLE' | 'UNANSWERABLE'; evidence: number }[]; model: { kind: string } | null }>(db, `select probes, model from knowledge_calibrations where tenant_id = $1 and status = 'READY'`, [tenantId]);
    expect(row.model?.kind).toBe('EVIDENCE_NEIGHBOURS_V1');
    const evidenceOnly = fitThreshold(row.probes.map((p) => ({ kind: p.kind, score: p.evidence })), c.target).threshold;

    // Real requests, not the bank's own lines.
    const bank = new Set([...probeBanks().everyday, ...(probeBanks().everydayNeighbours ?? [])]);
    expect(EVERYDAY.filter((q) => bank.has(q))).toEqual([]);
    const evidenceOf = async (q: string) => retrievalEvidence((await retrieve(server.services.knowledge, tenantId, q)).chunks).score;
    let request: string | undefined;
    for (const q of EVERYDAY) if ((await evidenceOf(q)) >= evidenceOnly) { request = q; break; }
    expect(request, 'an everyday request the evidence threshold alone answers').toBeDefined();

    const s = await search(request!);
    expect(s.wouldHandOff).toBe(true);
    expect(s.evidence).toBeLessThan(threshold);
    const turn = await turnFor(request!);
    expect(turn.decision).toBe('HANDED_OFF');
    expect(turn.evidence_threshold).toBe(threshold);
    expect(turn.evidence_score).toBeCloseTo(s.evidence, 6);

    // A rewording of an FAQ question: answered by both, with the same score.
    const faq = 'What is the guarantee on Lumen lamps?';
    const a = await search(faq);
    expect(a.wouldHandOff).toBe(false);
    const answered = await turnFor(faq);
    expect(answered.decision).toBe('ANSWERED');
    expect(answered.evidence_score).toBeCloseTo(a.evidence, 6);
  }, 900_000);
});
