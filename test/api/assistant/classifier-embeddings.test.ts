// Sentence embeddings in the tenant classifier (issue 16, acceptance 6): an uploaded example gets
// its embedding computed once in the background and stored with it; a training reads the stored
// vectors (and embeds the ones still missing first); the model then combines them with its
// n-grams, and a classified message is embedded before prediction.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { fileDatabaseUrl, sql } from '../../helpers/db.js';
import { gql } from '../../helpers/graphql.js';
import { until } from '../../helpers/ws.js';
import { asAdmin } from '../../helpers/as.js';
import { deserializeModel, predict } from '../../../api/src/modules/classifier/model/index.js';
import { embedTenantExamples, trainTenantClassifier } from '../../../api/src/modules/classifier/classifier.store.js';

let server: TestServer;
let admin: string;
let db: string;

const STATUS = `{ classifierStatus { status exampleCount trainedOn embeddedExamples embeddingModel progress error } }`;
const ADD = `mutation($i: AddTrainingExamplesInput!) { addTrainingExamples(input: $i) { added total } }`;
const EMBEDDER = 'use-lite-512/512';

const examples = (intent: string, texts: string[]) => texts.map((text) => ({ text, intent }));
const TRAINING = [
  ...examples('rent_gear', ['can I rent a tent', 'do you rent out camping gear', 'I want to hire a kayak for the weekend', 'rental of sleeping bags', 'how much is it to rent skis', 'hire equipment for a trip', 'is gear rental possible', 'rent a backpack for a week']),
  ...examples('repair_item', ['my zipper broke can you fix it', 'do you repair jackets', 'I need my boots resoled', 'repair service for a torn tent', 'can you mend my backpack strap', 'fix a broken tent pole', 'where can I get gear repaired', 'repair my jacket seam']),
  ...examples('store_hours', ['when does the Munich store open', 'what are your opening hours', 'is the shop open on Sunday', 'what time do you close today', 'store hours please', 'are you open on public holidays', 'opening times of the Berlin store', 'until when is the store open']),
];

const status = async () => (await gql<{ classifierStatus: Record<string, unknown> }>(server.graphqlUrl, STATUS, {}, { token: admin })).data!.classifierStatus;

beforeAll(async () => {
  db = await fileDatabaseUrl();
  // Only the tenant under test has examples: the demo tenants' 16,000 Bitext texts would otherwise
  // be embedded in the background by the boot reconciliation, for minutes, during this file.
  await sql(db, `delete from training_examples where tenant_id <> (select id from tenants where slug = 'northwind')`);
  server = await startTestServer({ databaseUrl: db, env: { CLASSIFIER_EMBEDDINGS: 'true' } });
  admin = await asAdmin(server);
}, 60_000);

describe('classifier embeddings', () => {
  it('embeds uploaded examples in the background, once, and stores the vector with each', async () => {
    await gql(server.graphqlUrl, ADD, { i: { examples: TRAINING, replace: true } }, { token: admin });
    await until(async () => (await status()).embeddedExamples === TRAINING.length, 60_000, () => 'the uploaded examples were not embedded');
    const rows = await sql<{ text: string; bytes: number; embedding_model: string }>(
      db,
      `select text, length(embedding) as bytes, embedding_model from training_examples e join tenants t on t.id = e.tenant_id where t.slug = 'northwind'`,
    );
    expect(rows).toHaveLength(TRAINING.length);
    for (const r of rows) expect(r).toMatchObject({ bytes: 512 * 4, embedding_model: EMBEDDER });
  }, 90_000);

  it('trains on the stored embeddings, embedding the ones still missing first, and classifies with both views', async () => {
    // Two examples lose their vector (as if uploaded before embeddings existed): the training embeds them first.
    await sql(db, `update training_examples set embedding = null, embedding_model = null where text in ('rental of sleeping bags', 'store hours please')`);
    const before = await sql<{ id: string; embedding: Buffer }>(db, `select id, embedding from training_examples where embedding is not null order by id`);
    expect((await status()).embeddedExamples).toBe(TRAINING.length - 2);
    await gql(server.graphqlUrl, `mutation { trainClassifier { status } }`, {}, { token: admin });
    await until(async () => (await status()).status === 'READY', 60_000, () => "the training did not finish");
    expect(await status()).toMatchObject({ status: 'READY', trainedOn: TRAINING.length, embeddedExamples: TRAINING.length, embeddingModel: EMBEDDER, progress: null, error: null });

    // The stored vectors were read, not recomputed: byte for byte what the upload stored.
    const after = new Map((await sql<{ id: string; embedding: Buffer }>(db, `select id, embedding from training_examples where embedding is not null`)).map((r) => [r.id, r.embedding]));
    for (const r of before) expect(after.get(r.id)!.equals(r.embedding)).toBe(true);

    // The stored model carries the intents' embedding centroids; without an embedding it still classifies on n-grams.
    const [m] = await sql<{ model: string; embedding_model: string }>(db, `select model::text as model, embedding_model from classifier_models m join tenants t on t.id = m.tenant_id where t.slug = 'northwind'`);
    expect(m.embedding_model).toBe(EMBEDDER);
    const model = deserializeModel(m.model);
    expect(model.embedding).toMatchObject({ model: EMBEDDER, dimensions: 512 });
    expect(model.embedding!.centroids).toHaveLength(3 * 512);
    expect(predict(model, 'could I hire a canoe from you for two days?', null).intent).toBe('rent_gear');

    // Through the API: the message is embedded and both views decide.
    await until(async () => {
      const r = await gql<{ classifyText: { intent: string; confidence: number } }>(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { intent confidence } }`, { t: 'could I hire a canoe from you for two days?' }, { token: admin });
      return r.data?.classifyText.intent === 'rent_gear';
    }, 20_000, () => 'the new model was not used');
    const r = await gql<{ classifyText: { intent: string } }>(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { intent } }`, { t: 'what time does your Hamburg shop open on Saturday?' }, { token: admin });
    expect(r.data!.classifyText.intent).toBe('store_hours');
  }, 120_000);

  it('trains a model made before its examples were embedded (the demo tenants at first start) again once they are', async () => {
    const [{ id: tenantId }] = await sql<{ id: string }>(db, `select id from tenants where slug = 'northwind'`);
    await sql(db, `update training_examples set embedding = null, embedding_model = null where tenant_id = $1`, [tenantId]);
    // The boot's training of a tenant without a model: n-grams at once, nothing embedded first.
    await trainTenantClassifier(server.services, tenantId, { storedEmbeddingsOnly: true });
    expect(await status()).toMatchObject({ status: 'READY', embeddedExamples: 0, embeddingModel: null });
    // The embedding job then embeds the examples and, the examples being the ones the model was trained on, trains again.
    await embedTenantExamples(server.services, tenantId);
    expect((await status()).embeddedExamples).toBe(TRAINING.length);
    await until(async () => (await status()).embeddingModel === EMBEDDER, 60_000, () => 'the model was not trained again with the embeddings');
    expect(await status()).toMatchObject({ status: 'READY', trainedOn: TRAINING.length, error: null });
  }, 120_000);
});
