// Nothing lost, nothing twice: 1,000 customer messages while the agent's subscription is dropped
// and reopened 10 times at random moments (resuming from the last seq it saw) — on one instance,
// and across two instances sharing Redis.
import { randomUUID } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { DEMO, gql, login } from '../../helpers/graphql.js';
import { subscribe, until, wsClient } from '../../helpers/ws.js';
import { widgetSession } from '../../helpers/widget.js';
import { cloneDatabase } from '../../helpers/db.js';
import { redisAvailable, TEST_REDIS_URL } from '../../helpers/redis.js';

const MESSAGES = 1000;
const DROPS = 10;
const hasRedis = await redisAvailable();

async function scenario(customerServer: TestServer, agentServer: TestServer) {
  const db = customerServer.services.config.DATABASE_URL!;
  const customer = await widgetSession(customerServer.graphqlUrl, db);
  const agent = await login(agentServer.graphqlUrl, DEMO.northwind.agent, 'northwind');
  const start = await gql(customerServer.graphqlUrl, `mutation { startConversation(input: { idempotencyKey: "${randomUUID()}", subject: "load" }) { conversationId } }`, {}, { token: customer.token });
  const conversationId = start.data!.startConversation.conversationId as string;

  const received: number[] = [];
  let lastSeen = 0;
  let drops = 0;
  let done = false;
  const QUERY = `subscription($c: ID!, $a: Int) { messageAdded(conversationId: $c, afterSeq: $a) { seq body } }`;

  // The agent: listen, drop at a random moment, resume from the last seq seen.
  const agentLoop = (async () => {
    while (!done || lastSeen < MESSAGES) {
      const client = wsClient(agentServer.wsUrl, agent);
      const sub = subscribe<{ messageAdded: { seq: number } }>(client, QUERY, { c: conversationId, a: lastSeen });
      // 20–89 events per connection: all 10 drops always fit within the 1,000 messages.
      const dropAfter = drops < DROPS ? 20 + Math.floor(Math.random() * 70) : Infinity;
      const seenHere = () => sub.events.length;
      await until(() => seenHere() >= dropAfter || (done && lastSeen + seenHere() >= MESSAGES) || sub.errors.length > 0, 60_000).catch(() => undefined);
      await client.dispose(); // the drop
      for (const e of sub.events) received.push(e.messageAdded.seq);
      if (sub.events.length) lastSeen = sub.events[sub.events.length - 1].messageAdded.seq;
      if (sub.errors.length) throw new Error(JSON.stringify(sub.errors));
      drops++;
      if (lastSeen >= MESSAGES) return;
    }
  })();

  // The customer: 1,000 messages, a few in flight at a time.
  let next = 1;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next <= MESSAGES) {
        const i = next++;
        const r = await gql(customerServer.graphqlUrl, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq } } }`, { i: { conversationId, body: `m-${i}`, clientMessageId: `c-${i}` } }, { token: customer.token });
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      }
    }),
  );
  done = true;
  await agentLoop;
  expect(drops).toBeGreaterThanOrEqual(DROPS);
  expect(received).toEqual(Array.from({ length: MESSAGES }, (_, k) => k + 1));
}

let single: TestServer;
beforeAll(async () => {
  single = await startTestServer();
});

it('one instance: all 1,000 arrive exactly once, in order, across 10 reconnects', { timeout: 120_000 }, async () => {
  await scenario(single, single);
});

it.skipIf(!hasRedis)('two instances sharing Redis: the customer on B, the agent on A', { timeout: 120_000 }, async () => {
  const databaseUrl = await cloneDatabase('pair');
  const env = { EVENTS_CHANNEL_PREFIX: `sbtest-${randomBytes(4).toString('hex')}:` };
  const [a, b] = await Promise.all([startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env }), startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, env })]);
  await scenario(b, a);
});
