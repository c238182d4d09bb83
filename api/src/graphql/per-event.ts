// Fan-out: every subscriber of a topic receives the same event object. Subscribers with the same
// operation, variables and read scope would each read the same row again; this shares one read
// per (event, operation, scope), so an event costs one SQL statement, not one per subscriber.
// Authorisation stays per subscriber: the scope is part of the key and shield runs per delivery.
import { print, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import type { ReadScope } from './planner/planner.js';

const perEvent = new WeakMap<object, Map<string, Promise<unknown>>>();
const operationKeys = new WeakMap<OperationDefinitionNode, string>();

function operationKey(info: GraphQLResolveInfo): string {
  let key = operationKeys.get(info.operation);
  if (key === undefined) {
    const fragments = Object.values(info.fragments).map(print).join('\n');
    operationKeys.set(info.operation, (key = print(info.operation) + '\n' + fragments));
  }
  return key;
}

const scopeKey = (scope: ReadScope | undefined) => (!scope ? '-' : scope.kind === 'platform' ? '*' : scope.tenantId);

export function oncePerEvent<T>(event: object, info: GraphQLResolveInfo, scope: ReadScope | undefined, load: () => Promise<T>): Promise<T> {
  let shared = perEvent.get(event);
  if (!shared) perEvent.set(event, (shared = new Map()));
  const key = `${scopeKey(scope)}\n${JSON.stringify(info.variableValues)}\n${operationKey(info)}`;
  let result = shared.get(key) as Promise<T> | undefined;
  if (!result) shared.set(key, (result = load()));
  return result;
}
