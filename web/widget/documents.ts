// The widget's operations (written in operations.ts, where `npm run codegen` finds them) as the
// generated document constants, imported one by one: the bundle carries these documents only,
// not the generated `graphql()` lookup table, which holds every document of the web app too.
export {
  WidgetConfigDocument as WidgetConfigQuery,
  StartWidgetSessionDocument as StartWidgetSessionMutation,
  MyConversationsDocument as MyConversationsQuery,
  SubmitCsatDocument as SubmitCsatMutation,
  StartConversationDocument as StartConversationMutation,
  SendMessageDocument as SendMessageMutation,
  SetTypingDocument as SetTypingMutation,
  MessageAddedDocument as MessageAddedSubscription,
  AssistantDraftDocument as AssistantDraftSubscription,
  TypingDocument as TypingSubscription,
  QueuePositionDocument as QueuePositionSubscription,
  LeaveEmailForReplyDocument as LeaveEmailForReplyMutation,
  RequestHumanAgentDocument as RequestHumanAgentMutation,
} from '../src/gql/graphql.js';
