// Every GraphQL operation the widget sends, typed by GraphQL Code Generator
// (`npm run codegen` picks up the graphql() calls in web/widget/**).
import { graphql } from '../src/gql/index.js';

export const WidgetConfigQuery = graphql(`
  query WidgetConfig($widgetKey: String!) {
    widgetConfig(widgetKey: $widgetKey) {
      tenantName
      assistantName
      greeting
      branding {
        primaryColor
        backgroundColor
        position
        welcomeMessage
        logoUrl
      }
    }
  }
`);

export const StartWidgetSessionMutation = graphql(`
  mutation StartWidgetSession($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      token
      expiresAt
    }
  }
`);

export const MyConversationsQuery = graphql(`
  query MyConversations {
    myConversations {
      id
      status
      agentName
      lastSeq
      csatRequest {
        question
        lowLabel
        highLabel
        alreadyRated
      }
      callback {
        id
        startsAt
        status
      }
    }
  }
`);

export const SubmitCsatMutation = graphql(`
  mutation SubmitCsat($input: SubmitCsatInput!) {
    submitCsat(input: $input) {
      conversationId
    }
  }
`);

export const StartConversationMutation = graphql(`
  mutation StartConversation($input: StartConversationInput!) {
    startConversation(input: $input) {
      conversationId
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...WidgetMessage
      }
    }
  }
`);

export const SetTypingMutation = graphql(`
  mutation SetTyping($input: SetTypingInput!) {
    setTyping(input: $input) {
      ok
    }
  }
`);

export const WidgetMessageFragment = graphql(`
  fragment WidgetMessage on Message {
    id
    seq
    author
    authorName
    body
    clientMessageId
    createdAt
    offline
    citations {
      n
      title
      excerpt
    }
  }
`);

export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($conversationId: ID!, $afterSeq: Int!) {
    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {
      ...WidgetMessage
    }
  }
`);

export const AssistantDraftSubscription = graphql(`
  subscription AssistantDraft($conversationId: ID!) {
    assistantDraft(conversationId: $conversationId) {
      messageId
      index
      delta
      state
      offline
      authorName
    }
  }
`);

export const TypingSubscription = graphql(`
  subscription Typing($conversationId: ID!) {
    typing(conversationId: $conversationId) {
      who
      name
      typing
    }
  }
`);

export const QueuePositionSubscription = graphql(`
  subscription QueuePosition($conversationId: ID!) {
    queuePosition(conversationId: $conversationId) {
      waiting
      position
      estimatedWaitSeconds
      nobodyAvailable
      awayMessage
    }
  }
`);

export const LeaveEmailForReplyMutation = graphql(`
  mutation LeaveEmailForReply($input: LeaveEmailForReplyInput!) {
    leaveEmailForReply(input: $input) {
      conversationId
    }
  }
`);

export const RequestHumanAgentMutation = graphql(`
  mutation RequestHumanAgent($input: RequestHumanInput!) {
    requestHumanAgent(input: $input) {
      conversationId
    }
  }
`);
