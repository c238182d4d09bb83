/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query Me {\n    viewer {\n      kind\n      permissions\n      user {\n        displayName\n        role\n      }\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n": typeof types.WidgetConfigDocument,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.StartWidgetSessionDocument,
    "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n    }\n  }\n": typeof types.MyConversationsDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": typeof types.SetTypingDocument,
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n": typeof types.WidgetMessageFragmentDoc,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n": typeof types.AssistantDraftDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n": typeof types.TypingDocument,
    "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n    }\n  }\n": typeof types.QueuePositionDocument,
};
const documents: Documents = {
    "\n  query Me {\n    viewer {\n      kind\n      permissions\n      user {\n        displayName\n        role\n      }\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n": types.WidgetConfigDocument,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.StartWidgetSessionDocument,
    "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n    }\n  }\n": types.MyConversationsDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n": types.SetTypingDocument,
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n": types.WidgetMessageFragmentDoc,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n": types.MessageAddedDocument,
    "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n": types.AssistantDraftDocument,
    "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n": types.TypingDocument,
    "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n    }\n  }\n": types.QueuePositionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    viewer {\n      kind\n      permissions\n      user {\n        displayName\n        role\n      }\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    viewer {\n      kind\n      permissions\n      user {\n        displayName\n        role\n      }\n      tenant {\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      name\n      version\n      assistantMode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query WidgetConfig($widgetKey: String!) {\n    widgetConfig(widgetKey: $widgetKey) {\n      tenantName\n      assistantName\n      greeting\n      branding {\n        primaryColor\n        backgroundColor\n        position\n        welcomeMessage\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n    }\n  }\n"): (typeof documents)["\n  query MyConversations {\n    myConversations {\n      id\n      status\n      agentName\n      lastSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      conversationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...WidgetMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SetTyping($input: SetTypingInput!) {\n    setTyping(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  fragment WidgetMessage on Message {\n    id\n    seq\n    author\n    authorName\n    body\n    clientMessageId\n    createdAt\n    offline\n    citations {\n      n\n      title\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...WidgetMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n"): (typeof documents)["\n  subscription AssistantDraft($conversationId: ID!) {\n    assistantDraft(conversationId: $conversationId) {\n      messageId\n      index\n      delta\n      state\n      offline\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n"): (typeof documents)["\n  subscription Typing($conversationId: ID!) {\n    typing(conversationId: $conversationId) {\n      who\n      name\n      typing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n    }\n  }\n"): (typeof documents)["\n  subscription QueuePosition($conversationId: ID!) {\n    queuePosition(conversationId: $conversationId) {\n      waiting\n      position\n      estimatedWaitSeconds\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;