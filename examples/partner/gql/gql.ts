/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnerOpenTickets($first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: { statuses: [OPEN, PENDING, ESCALATED] }, orderBy: CREATED_AT_DESC) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          number\n          subject\n          status\n          priority\n          createdAt\n          contact { id name email vip }\n          assignee { id displayName }\n          queue { id name }\n          slaState\n          firstResponseDueAt\n          resolutionDueAt\n        }\n      }\n    }\n  }\n": typeof types.PartnerOpenTicketsDocument,
    "\n  subscription PartnerConversationUpdates {\n    conversationUpdated {\n      id\n      status\n      handler\n      priority\n      subject\n      assignee { id displayName }\n      queue { id name }\n      updatedAt\n    }\n  }\n": typeof types.PartnerConversationUpdatesDocument,
    "\n  subscription PartnerConversationMessages($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      id\n      seq\n      author\n      authorName\n      body\n      private\n      createdAt\n    }\n  }\n": typeof types.PartnerConversationMessagesDocument,
};
const documents: Documents = {
    "\n  query PartnerOpenTickets($first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: { statuses: [OPEN, PENDING, ESCALATED] }, orderBy: CREATED_AT_DESC) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          number\n          subject\n          status\n          priority\n          createdAt\n          contact { id name email vip }\n          assignee { id displayName }\n          queue { id name }\n          slaState\n          firstResponseDueAt\n          resolutionDueAt\n        }\n      }\n    }\n  }\n": types.PartnerOpenTicketsDocument,
    "\n  subscription PartnerConversationUpdates {\n    conversationUpdated {\n      id\n      status\n      handler\n      priority\n      subject\n      assignee { id displayName }\n      queue { id name }\n      updatedAt\n    }\n  }\n": types.PartnerConversationUpdatesDocument,
    "\n  subscription PartnerConversationMessages($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      id\n      seq\n      author\n      authorName\n      body\n      private\n      createdAt\n    }\n  }\n": types.PartnerConversationMessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOpenTickets($first: Int!, $after: String) {\n    tickets(first: $first, after: $after, filter: { statuses: [OPEN, PENDING, ESCALATED] }, orderBy: CREATED_AT_DESC) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          number\n          subject\n          status\n          priority\n          createdAt\n          contact { id name email vip }\n          assignee { id displayName }\n          queue { id name }\n          slaState\n          firstResponseDueAt\n          resolutionDueAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PartnerOpenTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnerConversationUpdates {\n    conversationUpdated {\n      id\n      status\n      handler\n      priority\n      subject\n      assignee { id displayName }\n      queue { id name }\n      updatedAt\n    }\n  }\n"): typeof import('./graphql.js').PartnerConversationUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnerConversationMessages($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      id\n      seq\n      author\n      authorName\n      body\n      private\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').PartnerConversationMessagesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
