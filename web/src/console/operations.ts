// GraphQL operations of the agent console (typed by `npm run codegen`).
import { graphql } from '../gql/index.js';

export const ConversationFieldsFragment = graphql(`
  fragment ConsoleConversation on Conversation {
    id
    subject
    status
    handler
    priority
    channel
    lastSeq
    updatedAt
    waitingSince
    lastMessageAt
    assignee {
      id
      displayName
    }
    contact {
      id
      name
      email
      vip
      identified
    }
    csat {
      rating
      comment
      at
    }
  }
`);

export const ConversationsQuery = graphql(`
  query ConsoleConversations($filter: ConversationFilter, $orderBy: ConversationOrder!, $first: Int!) {
    conversations(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      edges {
        node {
          ...ConsoleConversation
        }
      }
    }
  }
`);

export const ConversationUpdatedSubscription = graphql(`
  subscription ConsoleConversationUpdated {
    conversationUpdated {
      ...ConsoleConversation
    }
  }
`);

export const MessageFieldsFragment = graphql(`
  fragment ConsoleMessage on Message {
    id
    seq
    author
    authorName
    body
    private
    confidence
    offline
    createdAt
    clientMessageId
    citations {
      n
      title
      excerpt
      documentId
      chunkId
    }
  }
`);

export const MessagesQuery = graphql(`
  query ConsoleMessages($conversationId: ID!, $afterSeq: Int!, $first: Int!) {
    messages(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {
      hasMore
      messages {
        ...ConsoleMessage
      }
    }
  }
`);

export const MessageAddedSubscription = graphql(`
  subscription ConsoleMessageAdded($conversationId: ID!, $afterSeq: Int!) {
    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {
      ...ConsoleMessage
    }
  }
`);

export const AssistantDraftSubscription = graphql(`
  subscription ConsoleAssistantDraft($conversationId: ID!) {
    assistantDraft(conversationId: $conversationId) {
      messageId
      index
      delta
      state
      authorName
      offline
    }
  }
`);

export const TypingSubscription = graphql(`
  subscription ConsoleTyping($conversationId: ID!) {
    typing(conversationId: $conversationId) {
      conversationId
      who
      name
      typing
    }
  }
`);

export const SetTypingMutation = graphql(`
  mutation ConsoleSetTyping($input: SetTypingInput!) {
    setTyping(input: $input) {
      ok
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation ConsoleSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        ...ConsoleMessage
      }
    }
  }
`);

export const TakeOverMutation = graphql(`
  mutation ConsoleTakeOver($input: ConversationIdInput!) {
    takeOverConversation(input: $input) {
      conversation {
        ...ConsoleConversation
      }
    }
  }
`);

export const HandBackMutation = graphql(`
  mutation ConsoleHandBack($input: ConversationIdInput!) {
    handBackConversation(input: $input) {
      conversation {
        ...ConsoleConversation
      }
    }
  }
`);

export const ResolveMutation = graphql(`
  mutation ConsoleResolve($input: ConversationIdInput!) {
    resolveConversation(input: $input) {
      conversation {
        ...ConsoleConversation
      }
    }
  }
`);

export const ReopenMutation = graphql(`
  mutation ConsoleReopen($input: ConversationIdInput!) {
    reopenConversation(input: $input) {
      conversation {
        ...ConsoleConversation
      }
    }
  }
`);

export const AssistantContextQuery = graphql(`
  query ConsoleAssistantContext($conversationId: ID!) {
    assistantContext(conversationId: $conversationId) {
      reason
      detail
      summary
      handedOffAt
      classification {
        category
        intent
        priority
        sentiment
        wantsHuman
        summary
        source
      }
      turns {
        query
        decision
        confidence
        reason
        createdAt
        sources {
          title
          score
          documentId
          chunkId
          headingPath
        }
      }
    }
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation ConsoleSetAvailability($input: SetAvailabilityInput!) {
    setAvailability(input: $input) {
      presence {
        userId
        availability
      }
    }
  }
`);

export const HeartbeatMutation = graphql(`
  mutation ConsoleHeartbeat {
    heartbeat {
      presence {
        userId
        availability
      }
    }
  }
`);

export const ConversationQuery = graphql(`
  query ConsoleConversation($id: ID!) {
    conversation(id: $id) {
      ...ConsoleConversation
    }
  }
`);

export const CannedResponsesQuery = graphql(`
  query ConsoleCannedResponses($filter: CannedResponseFilter, $first: Int!) {
    cannedResponses(filter: $filter, first: $first) {
      edges {
        node {
          id
          shortcut
          title
          body
          shared
        }
      }
    }
  }
`);

export const RenderCannedResponseQuery = graphql(`
  query ConsoleRenderCannedResponse($conversationId: ID!, $shortcut: String!) {
    renderCannedResponse(conversationId: $conversationId, shortcut: $shortcut)
  }
`);

export const TransferTargetsQuery = graphql(`
  query ConsoleTransferTargets {
    presence(takesConversations: true) {
      userId
      displayName
      availability
    }
    queues(first: 100) {
      edges {
        node {
          id
          name
          waitingCount
        }
      }
    }
  }
`);

export const TransferMutation = graphql(`
  mutation ConsoleTransfer($input: TransferConversationInput!) {
    transferConversation(input: $input) {
      conversation {
        ...ConsoleConversation
      }
    }
  }
`);

export const PresenceQuery = graphql(`
  query ConsolePresence {
    presence {
      userId
      displayName
      availability
      lastSeenAt
    }
  }
`);

export const PresenceChangedSubscription = graphql(`
  subscription ConsolePresenceChanged {
    presenceChanged {
      userId
      displayName
      availability
      lastSeenAt
    }
  }
`);

export const ContactConversationsQuery = graphql(`
  query ConsoleContactConversations($filter: ConversationFilter, $first: Int!) {
    conversations(filter: $filter, orderBy: CREATED_AT_DESC, first: $first) {
      totalCount
      edges {
        node {
          ...ConsoleConversation
          createdAt
        }
      }
    }
  }
`);

// Labels from the team (issue 16): the examples of the next knowledge calibration.
export const MarkAnswerNotInKnowledgeMutation = graphql(`
  mutation ConsoleMarkAnswerNotInKnowledge($input: MarkAnswerNotInKnowledgeInput!) {
    markAnswerNotInKnowledge(input: $input) {
      example {
        id
        kind
        question
      }
    }
  }
`);

export const MarkHandoffAnswerableMutation = graphql(`
  mutation ConsoleMarkHandoffAnswerable($input: MarkHandoffAnswerableInput!) {
    markHandoffAnswerable(input: $input) {
      example {
        id
        kind
        question
        document {
          id
          title
        }
      }
    }
  }
`);

export const PublishedArticlesQuery = graphql(`
  query ConsolePublishedArticles($search: String) {
    knowledgeDocuments(first: 8, filter: { status: PUBLISHED, search: $search }, orderBy: TITLE_ASC) {
      edges {
        node {
          id
          kind
          title
        }
      }
    }
  }
`);
