// The planner refuses to read tenant-owned rows without a scope: callers cannot forget it.
import { beforeAll, expect, it } from 'vitest';
import { parse, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { PlannerError } from '../../../api/src/graphql/planner/planner.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

function infoFor(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions[0] as OperationDefinitionNode;
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments: {}, variableValues: {} } as unknown as GraphQLResolveInfo;
}

const order = { key: 'EMAIL_ASC', column: 'email', direction: 'ASC' as const };

it('throws without a scope, for lists and single objects', async () => {
  const { planner } = server.services;
  await expect(planner.list(infoFor('{ users { edges { node { id email } } } }'), { nodeType: 'User', scope: undefined, first: 10, order })).rejects.toBeInstanceOf(PlannerError);
  await expect(planner.one(infoFor('{ user { id } }'), 'User', undefined, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(PlannerError);
  await expect(planner.list(infoFor('{ tenants { edges { node { id } } } }'), { nodeType: 'Tenant', scope: { kind: 'tenant', tenantId: '' }, first: 10, order })).rejects.toBeInstanceOf(PlannerError);
});

it('puts the tenant predicate on the joined table as well', async () => {
  const { planner } = server.services;
  const tenants = await planner.list(infoFor('{ tenants { edges { node { id slug } } } }'), {
    nodeType: 'Tenant', scope: { kind: 'platform' }, first: 10, order: { key: 'C', column: 'created_at', direction: 'ASC' },
  });
  const harbor = tenants.edges.find((e) => e.node.slug === 'harbor-bank')!.node.id as string;
  const page = await planner.list(infoFor('{ users { edges { node { id tenant { slug } } } } }'), { nodeType: 'User', scope: { kind: 'tenant', tenantId: harbor }, first: 50, order });
  expect(page.edges.length).toBe(5);
  expect(page.edges.every((e) => (e.node.tenant as { slug: string }).slug === 'harbor-bank')).toBe(true);
});
