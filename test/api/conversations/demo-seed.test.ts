// A new user of `npm start` lands on a console with conversations in every state.
import { expect, it } from 'vitest';
import { startTestServer } from '../../helpers/server.js';
import { DEMO, gql } from '../../helpers/graphql.js';
import { asAgent } from '../../helpers/as.js';

it('seeds demo conversations with messages in order for each tenant', async () => {
  const server = await startTestServer();
  const token = await asAgent(server);
  const r = await gql(server.graphqlUrl, `{ conversations(first: 20) { edges { node { id status lastSeq contact { name } assignee { email } } } } }`, {}, { token });
  const nodes = r.data!.conversations.edges.map((e: any) => e.node);
  expect(nodes.map((n: any) => n.status).sort()).toEqual(['BOT', 'OPEN', 'RESOLVED', 'WAITING']);
  expect(nodes.find((n: any) => n.status === 'OPEN').assignee.email).toBe(DEMO.northwind.agent);
  const open = nodes.find((n: any) => n.status === 'OPEN');
  const history = await gql(server.graphqlUrl, `query($c: ID!) { messages(conversationId: $c) { messages { seq author authorName } } }`, { c: open.id }, { token });
  expect(history.data!.messages.messages).toEqual([
    { seq: 1, author: 'CUSTOMER', authorName: null },
    { seq: 2, author: 'SYSTEM', authorName: null },
    { seq: 3, author: 'AGENT', authorName: 'Ada Agent' },
  ]);
  expect(open.lastSeq).toBe(3);
});
