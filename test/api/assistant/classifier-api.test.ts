// The tenant-trainable classifier through the API: examples in, a background training job,
// status with held-out metrics, offline classification with the new model; tenants apart.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { codeOf, gql } from '../../helpers/graphql.js';
import { until } from '../../helpers/ws.js';
import { asAdmin, asAgent } from '../../helpers/as.js';

let server: TestServer;
let admin: string;

const STATUS = `{ classifierStatus { status exampleCount trainedOn labelCount accuracy macroF1 error } }`;
const ADD = `mutation($i: AddTrainingExamplesInput!) { addTrainingExamples(input: $i) { added total } }`;

const examples = (intent: string, texts: string[]) => texts.map((text) => ({ text, intent, category: intent.split('_')[0].toUpperCase() }));
const TRAINING = [
  ...examples('rent_gear', ['can I rent a tent', 'do you rent out camping gear', 'I want to hire a kayak for the weekend', 'rental of sleeping bags', 'how much is it to rent skis', 'hire equipment for a trip', 'is gear rental possible', 'rent a backpack for a week']),
  ...examples('repair_item', ['my zipper broke can you fix it', 'do you repair jackets', 'I need my boots resoled', 'repair service for a torn tent', 'can you mend my backpack strap', 'fix a broken tent pole', 'where can I get gear repaired', 'repair my jacket seam']),
  ...examples('store_hours', ['when does the Munich store open', 'what are your opening hours', 'is the shop open on Sunday', 'what time do you close today', 'store hours please', 'are you open on public holidays', 'opening times of the Berlin store', 'until when is the store open']),
];

beforeAll(async () => {
  server = await startTestServer();
  admin = await asAdmin(server);
});

describe('tenant classifier', () => {
  it('trains on the examples an admin uploads and classifies unseen wordings with them', async () => {
    const bad = await gql(server.graphqlUrl, ADD, { i: { examples: [{ text: 'ok', intent: 'Not A Label!' }] } }, { token: admin });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('examples[0].intent');

    const added = await gql(server.graphqlUrl, ADD, { i: { examples: TRAINING, replace: true } }, { token: admin });
    expect(added.data!.addTrainingExamples).toEqual({ added: 24, total: 24 });
    const train = await gql(server.graphqlUrl, `mutation { trainClassifier { status exampleCount } }`, {}, { token: admin });
    expect(train.data!.trainClassifier).toEqual({ status: 'TRAINING', exampleCount: 24 });
    await until(async () => (await gql(server.graphqlUrl, STATUS, {}, { token: admin })).data!.classifierStatus.status === 'READY', 20_000);
    const status = (await gql(server.graphqlUrl, STATUS, {}, { token: admin })).data!.classifierStatus;
    expect(status).toMatchObject({ status: 'READY', exampleCount: 24, trainedOn: 24, labelCount: 3, error: null });
    expect(status.accuracy).toBeGreaterThanOrEqual(0);
    expect(status.macroF1).toBeGreaterThanOrEqual(0);

    // Offline (no API key): the tenant's own model answers.
    await until(async () => {
      const r = await gql(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { intent category source } }`, { t: 'could I hire a canoe from you for two days?' }, { token: admin });
      return r.data?.classifyText.intent === 'rent_gear';
    }, 20_000, () => 'the new model was not used');
    const r = await gql(server.graphqlUrl, `query($t: String!) { classifyText(text: $t) { intent category source sentiment } }`, { t: 'what time does your Hamburg shop open on Saturday?' }, { token: admin });
    expect(r.data!.classifyText).toMatchObject({ intent: 'store_hours', category: 'STORE', source: 'OFFLINE' });
  });

  it('keeps tenants and roles apart', async () => {
    const harbor = await asAdmin(server, 'harbor');
    const theirs = (await gql(server.graphqlUrl, STATUS, {}, { token: harbor })).data!.classifierStatus;
    expect(theirs.exampleCount).toBe(8175); // the demo seed's Bitext set, untouched by northwind's upload
    const agent = await asAgent(server);
    expect(codeOf(await gql(server.graphqlUrl, `mutation { trainClassifier { status } }`, {}, { token: agent }))).toBe('FORBIDDEN');
  });
});
