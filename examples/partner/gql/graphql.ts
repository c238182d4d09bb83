/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who wrote a message. */
export type Author =
  /** A staff member (`authorName` names them). */
  | 'AGENT'
  /** The AI assistant. */
  | 'AI'
  /** The customer: the contact the conversation belongs to. */
  | 'CUSTOMER'
  /** The platform itself: joins, transfers, hand-offs, callback notices, approval outcomes. */
  | 'SYSTEM';

/** BOT (the assistant answers) → WAITING (queued for a human) → OPEN (a human has it) → RESOLVED → CLOSED. */
export type ConversationStatus =
  /** The AI assistant is answering. */
  | 'BOT'
  /** Closed for good; no more messages. */
  | 'CLOSED'
  /** An agent has it. */
  | 'OPEN'
  /** Done; a new customer message reopens it. */
  | 'RESOLVED'
  /** Handed to humans, waiting in a queue for an agent. */
  | 'WAITING';

/** Who answers the customer now: the AI assistant or a HUMAN agent. */
export type Handler =
  /** The AI assistant answers. */
  | 'AI'
  /** A person answers (or will, once assigned). */
  | 'HUMAN';

/** Urgency. */
export type Priority =
  /** Before normal work. */
  | 'HIGH'
  /** Whenever there is time. */
  | 'LOW'
  /** Normal (the default). */
  | 'MEDIUM'
  /** Now; sorted first. */
  | 'URGENT';

/** Where an SLA target stands: ACTIVE (running), AT_RISK (most of its time used), BREACHED (due time passed, still open), MET (done in time), MISSED (done late). */
export type SlaState =
  /** The clock runs; the due time is still comfortably ahead. */
  | 'ACTIVE'
  /** Past the policy's at-risk share of the target, not yet due. */
  | 'AT_RISK'
  /** Past the due time and still not met. */
  | 'BREACHED'
  /** Met in time. */
  | 'MET'
  /** Met, but after the due time. */
  | 'MISSED';

/** OPEN ⇄ PENDING (waiting on the customer), ESCALATED, RESOLVED (may be reopened), CLOSED (final). */
export type TicketStatus =
  /** Closed for good; no more changes. */
  | 'CLOSED'
  /** Escalated to a higher tier or queue; still open. */
  | 'ESCALATED'
  /** Being worked on. */
  | 'OPEN'
  /** Waiting for the customer or a third party; back to OPEN with `updateTicket(status)`. */
  | 'PENDING'
  /** Solved; can be reopened. */
  | 'RESOLVED';

export type PartnerOpenTicketsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerOpenTicketsQuery = { tickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, subject: string, status: TicketStatus, priority: Priority, createdAt: string, slaState: SlaState | null, firstResponseDueAt: string | null, resolutionDueAt: string | null, contact: { id: string, name: string | null, email: string | null, vip: boolean } | null, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } }> } };

export type PartnerConversationUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PartnerConversationUpdatesSubscription = { conversationUpdated: { id: string, status: ConversationStatus, handler: Handler, priority: Priority, subject: string | null, updatedAt: string, assignee: { id: string, displayName: string } | null, queue: { id: string, name: string } | null } };

export type PartnerConversationMessagesSubscriptionVariables = Exact<{
  conversationId: string | number;
  afterSeq: number;
}>;


export type PartnerConversationMessagesSubscription = { messageAdded: { id: string, seq: number, author: Author, authorName: string | null, body: string, private: boolean, createdAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PartnerOpenTicketsDocument = new TypedDocumentString(`
    query PartnerOpenTickets($first: Int!, $after: String) {
  tickets(
    first: $first
    after: $after
    filter: {statuses: [OPEN, PENDING, ESCALATED]}
    orderBy: CREATED_AT_DESC
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        subject
        status
        priority
        createdAt
        contact {
          id
          name
          email
          vip
        }
        assignee {
          id
          displayName
        }
        queue {
          id
          name
        }
        slaState
        firstResponseDueAt
        resolutionDueAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerOpenTicketsQuery, PartnerOpenTicketsQueryVariables>;
export const PartnerConversationUpdatesDocument = new TypedDocumentString(`
    subscription PartnerConversationUpdates {
  conversationUpdated {
    id
    status
    handler
    priority
    subject
    assignee {
      id
      displayName
    }
    queue {
      id
      name
    }
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PartnerConversationUpdatesSubscription, PartnerConversationUpdatesSubscriptionVariables>;
export const PartnerConversationMessagesDocument = new TypedDocumentString(`
    subscription PartnerConversationMessages($conversationId: ID!, $afterSeq: Int!) {
  messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {
    id
    seq
    author
    authorName
    body
    private
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PartnerConversationMessagesSubscription, PartnerConversationMessagesSubscriptionVariables>;