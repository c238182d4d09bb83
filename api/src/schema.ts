// The schema: type-graphql resolvers + graphql-shield rules from the permission matrix.
// Shield is attached only where a rule exists (root fields, sensitive object fields), so plain
// object fields keep graphql-js's default resolver (DESIGN.md §8, lever 3).
import { GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema, type GraphQLFieldResolver } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { deny, shield, type IRules } from 'graphql-shield';
import { applyMiddleware, type IMiddlewareFunction } from 'graphql-middleware';
import { createPubSub } from '@graphql-yoga/subscription';
import { ruleTree, deniedError } from './permissions/rules.js';
import { DateTimeISO } from './graphql/scalars.js';
import { CreateTenantPayloadResolver, RegisterTenantPayloadResolver, TenantResolver, UpdateTenantPayloadResolver } from './modules/tenants/tenant.resolver.js';
import { CreateUserPayloadResolver, UserMutationResolver, UserPayloadResolver } from './modules/users/user.mutations.js';
import { UserResolver } from './modules/users/user.resolver.js';
import { SessionResolver, ViewerResolver } from './modules/sessions/session.resolver.js';
import { SystemResolver } from './modules/system/system.resolver.js';
import { ApiKeyResolver } from './modules/apikeys/api-key.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { WidgetResolver } from './modules/widget/widget.resolver.js';
import { KnowledgeDocumentResolver } from './modules/knowledge/knowledge-document.resolver.js';
import { ConversationPayloadResolver, ConversationResolver } from './modules/conversations/conversation.resolver.js';
import { QueuePayloadResolver, QueuePositionResolver, QueueResolver } from './modules/routing/routing.resolver.js';
import { CannedResponseResolver } from './modules/canned/canned-response.resolver.js';
import { PresenceResolver } from './modules/presence/presence.resolver.js';
import { KnowledgeDocumentPayloadResolver, KnowledgeMutationResolver } from './modules/knowledge/knowledge.mutations.js';
import { KnowledgeSearchResolver } from './modules/knowledge/knowledge-search.resolver.js';
import { AssistantResolver } from './modules/assistant/assistant.resolver.js';
import { ClassifierResolver } from './modules/classifier/classifier.resolver.js';
import { AiCallResolver } from './modules/ai-calls/ai-call.resolver.js';

export const resolvers = [
  SystemResolver, SessionResolver, ViewerResolver, TenantResolver, UpdateTenantPayloadResolver, CreateTenantPayloadResolver, RegisterTenantPayloadResolver,
  UserResolver, UserMutationResolver, UserPayloadResolver, CreateUserPayloadResolver,
  ApiKeyResolver, AuditResolver, WidgetResolver, KnowledgeDocumentResolver, ConversationResolver, ConversationPayloadResolver,
  QueueResolver, QueuePayloadResolver, QueuePositionResolver, CannedResponseResolver, PresenceResolver,
  KnowledgeMutationResolver, KnowledgeDocumentPayloadResolver, KnowledgeSearchResolver, AssistantResolver, ClassifierResolver, AiCallResolver,
] as const;

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
