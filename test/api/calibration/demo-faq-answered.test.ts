// Issue 16, acceptance 3 (API half): once calibrated, each demo tenant's assistant answers every
// FAQ question of its own knowledge base and a hand-written rewording of each
// (test/fixtures/calibration/faq-rewordings.json), through the widget API, offline — and the
// questions a new user tried that used to be handed off.
//
// Every FAQ question and its rewording is answered (it names each hand-off and its evidence when it
// fails). The two new-user questions are facts inside articles, not FAQ questions; on the evidence
// alone they scored far below the calibrated point ("Do you offer free shipping?" 0.27 and "How many
// days do I have to return shoes?" 0.17 against northwind's 0.42), so that case used to run only with
// CALIBRATION_ACCEPTANCE=1. With the hand-off model (evidence + nearest calibration probes,
// knowledge/handoff-model.ts) they are near northwind's own answerable probes and are answered
// (scores 0.99 / 0.48 against 0.28, measured 2026-12-07): the case runs by default.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { asAdmin, asWidget } from '../../helpers/as.js';

let server: TestServer;
let db: string;

const fixtures = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/calibration/faq-rewordings.json'), 'utf8')) as Record<string, any>;
const TENANTS = [
  { key: 'northwind' as const, slug: 'northwind' },
  { key: 'harbor' as const, slug: 'harbor-bank' },
];

async function waitReady(token: string) {
  const t0 = Date.now();
  for (;;) {
    const r = await gql(server.graphqlUrl, `{ knowledgeCoverage { status thresholdInForce } }`, {}, { token });
    const c = r.data?.knowledgeCoverage;
    if (c?.status === 'READY') return c;
    if (Date.now() - t0 > 300_000) throw new Error(`not calibrated: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

/** Ask in a new conversation; the assistant's decision for it. */
async function decisionFor(customer: string, question: string): Promise<{ decision: string; reason: string | null }> {
  const r = await gql(server.graphqlUrl, `mutation($i: StartConversationInput!) { startConversation(input: $i) { conversationId } }`, { i: { idempotencyKey: randomUUID(), body: question } }, { token: customer });
  const id = r.data!.startConversation.conversationId as string;
  for (let i = 0; i < 600; i++) {
    const [turn] = await sql<{ decision: string; reason: string | null }>(db, 'select decision, reason from assistant_turns where conversation_id = $1', [id]);
    if (turn) return turn;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`no assistant turn for "${question}"`);
}


async function handedOffOf(customer: string, questions: string[]): Promise<string[]> {
  const handedOff: string[] = [];
  for (const q of questions) {
    const turn = await decisionFor(customer, q);
    if (turn.decision !== 'ANSWERED') handedOff.push(`${q} (${turn.reason})`);
  }
  return handedOff;
}

beforeAll(async () => {
  db = await fileDatabaseUrl();
  server = await startTestServer({ databaseUrl: db, env: { ASSISTANT_ENABLED: 'true', CHROMA_TIMEOUT_MS: '20000' } });
  // Both tenants calibrate side by side. Indexing of the seeded documents runs at boot; calibration waits for it by itself.
  await Promise.all(
    TENANTS.map(async (t) => {
      const token = await asAdmin(server, t.key);
      await gql(server.graphqlUrl, `mutation { recalibrateKnowledge { coverage { status } } }`, {}, { token });
      await waitReady(token);
    }),
  );
}, 600_000);

describe('demo tenants, calibrated', () => {
  for (const t of TENANTS) {
    it(`${t.slug} answers every FAQ question of its knowledge base and a rewording of each`, async () => {
      const customer = (await asWidget(server, t.key)).token;
      const questions = Object.entries(fixtures[t.slug] as Record<string, string>).flatMap(([faq, rewording]) => [faq, rewording]);
      expect(questions.length).toBeGreaterThanOrEqual(20);
      expect(await handedOffOf(customer, questions)).toEqual([]);
    }, 300_000);
  }

  it('northwind answers the questions a new user tried (facts inside articles)', async () => {
    const customer = (await asWidget(server, 'northwind')).token;
    expect(await handedOffOf(customer, fixtures.newUser.northwind)).toEqual([]);
  }, 300_000);
});
