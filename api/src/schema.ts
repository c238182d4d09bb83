// The schema: every module's type-graphql resolvers + graphql-shield rules from their access entries.
// Shield is attached only where a rule exists (root fields, sensitive object fields), so plain
// object fields keep graphql-js's default resolver (DESIGN.md §8, lever 3).
import { GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { deny, shield, type IRules } from 'graphql-shield';
import { applyMiddleware, type IMiddlewareFunction } from 'graphql-middleware';
import { createPubSub } from '@graphql-yoga/subscription';
import { deniedError, rulesFor } from './permissions/rules.js';
import { DateTimeISO } from './graphql/scalars.js';
import { accessTree, resolvers } from './modules/index.js';

export { resolvers };
/** Shield rules of every module's access entries. */
export const ruleTree = rulesFor(accessTree);

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

export async function buildApiSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers] as [Function, ...Function[]],
    pubSub: pubSub ?? (createPubSub() as unknown as PubSub),
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: false,
    emitSchemaFile: false,
  });
  return protect(schema, ruleTree);
}

type FieldMiddleware = Record<string, IMiddlewareFunction>;

/** Apply shield: every root field (fallback deny) plus the object fields that have a rule. */
export function protect(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  // Entries for fields that do not exist are dropped here; the access-matrix test reports them.
  const existing = Object.fromEntries(
    Object.entries(rules as Record<string, Record<string, unknown>>).flatMap(([type, fields]) => {
      const t = schema.getType(type);
      if (!t || !isObjectType(t)) return [];
      const f = t.getFields();
      return [[type, Object.fromEntries(Object.entries(fields).filter(([name]) => name in f))]];
    }),
  ) as IRules;
  rules = existing;
  const generated = shield(rules, {
    fallbackRule: deny,
    fallbackError: deniedError,
    allowExternalErrors: true,
  }).generate(schema) as Record<string, FieldMiddleware>;
  const tree = rules as Record<string, Record<string, unknown>>;
  const kept: Record<string, FieldMiddleware> = {};
  for (const [typeName, fields] of Object.entries(generated)) {
    if (ROOT_TYPES.includes(typeName)) kept[typeName] = fields;
    else if (tree[typeName]) kept[typeName] = Object.fromEntries(Object.entries(fields).filter(([f]) => f in tree[typeName]));
  }
  const protectedSchema = applyMiddleware(schema, kept);
  guardSubscriptionStart(protectedSchema, kept.Subscription ?? {});
  return protectedSchema;
}

/**
 * graphql-middleware wraps only `resolve` (each delivered event); a subscription's `subscribe`
 * would start unchecked. Run the same rule before the stream opens (STACK-NOTES).
 */
function guardSubscriptionStart(schema: GraphQLSchema, middleware: FieldMiddleware): void {
  const type = schema.getSubscriptionType();
  if (!type || !isObjectType(type)) return;
  for (const [name, field] of Object.entries(type.getFields())) {
    const mw = middleware[name];
    const subscribe = field.subscribe as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!subscribe) continue;
    field.subscribe = async (root, args, ctx, info) => {
      const outcome = mw
        ? await (mw as (...a: unknown[]) => Promise<unknown>)(subscribe, root, args, ctx, info)
        : deniedError();
      if (outcome instanceof Error) throw outcome;
      return outcome;
    };
  }
}

export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema()));
}
