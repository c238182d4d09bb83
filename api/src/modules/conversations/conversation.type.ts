// GraphQL shapes of live chat. Staff read conversations through the planner; widget clients get
// the narrow WidgetConversation (no agent e-mails, no internal fields).
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { UserType } from '../users/user.type.js';
import { ContactType } from '../contacts/contact.type.js';
import { QueueType } from '../routing/queue.type.js';
import { Channel, Conversation, ConversationStatus, Handler, Priority } from './conversation.entity.js';
import { Author } from './message.entity.js';
import type { MessageEvent } from '../../events/topics.js';

registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'BOT (the assistant answers) → WAITING (queued for a human) → OPEN (a human has it) → RESOLVED → CLOSED.',
  valuesConfig: {
    BOT: { description: 'The AI assistant is answering.' },
    WAITING: { description: 'Handed to humans, waiting in a queue for an agent.' },
    OPEN: { description: 'An agent has it.' },
    RESOLVED: { description: 'Done; a new customer message reopens it.' },
    CLOSED: { description: 'Closed for good; no more messages.' },
  },
});
registerEnumType(Handler, {
  name: 'Handler',
  description: 'Who answers the customer now: the AI assistant or a HUMAN agent.',
  valuesConfig: {
    AI: { description: 'The AI assistant answers.' },
    HUMAN: { description: 'A person answers (or will, once assigned).' },
  },
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'Where the conversation came from.',
  valuesConfig: {
    WIDGET: { description: 'The chat widget on the tenant\'s site.' },
    API: { description: 'Created by a partner through the API.' },
    EMAIL: { description: 'An e-mail thread.' },
  },
});
registerEnumType(Priority, {
  name: 'Priority',
  description: 'Urgency.',
  valuesConfig: {
    LOW: { description: 'Whenever there is time.' },
    MEDIUM: { description: 'Normal (the default).' },
    HIGH: { description: 'Before normal work.' },
    URGENT: { description: 'Now; sorted first.' },
  },
});
registerEnumType(Author, {
  name: 'Author',
  description: 'Who wrote a message.',
  valuesConfig: {
    CUSTOMER: { description: 'The customer: the contact the conversation belongs to.' },
    AI: { description: 'The AI assistant.' },
    AGENT: { description: 'A staff member (`authorName` names them).' },
    SYSTEM: { description: 'The platform itself: joins, transfers, hand-offs, callback notices, approval outcomes.' },
  },
});

@ObjectType('Conversation', { simpleResolvers: true, description: 'A chat session between a contact and the tenant.' })
export class ConversationType {
  @Field(() => ID, { description: 'The conversation\'s id.' })
  id!: string;
  @Field(() => Channel, { description: 'Where the conversation came from.' })
  channel!: Channel;
  @Field(() => ConversationStatus, { description: 'Where the conversation stands (changes only through the lifecycle mutations).' })
  status!: ConversationStatus;
  @Field(() => Handler, { description: 'Who answers the customer now.' })
  handler!: Handler;
  @Field(() => Priority, { description: 'How urgent the conversation is (LOW…URGENT).' })
  priority!: Priority;
  @Field(() => String, { nullable: true, description: 'The subject the customer gave, or the one staff set; null when none.' })
  subject!: string | null;
  @Field(() => Boolean, { description: 'The customer left an e-mail address to be answered by e-mail (nobody was available when they asked for a person).' })
  replyByEmail!: boolean;
  @Field(() => Int, { description: 'Seq of the newest message (subscribe with `afterSeq` to resume).' })
  lastSeq!: number;
  @Field(() => DateTimeISO, { nullable: true, description: 'When the newest message was written; null before the first one.' })
  lastMessageAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'First reply by an agent or the assistant.' })
  firstResponseAt!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'Since when it waits for a human.' })
  waitingSince!: Date | null;
  @Field(() => DateTimeISO, { nullable: true, description: 'When it was last resolved; null while never resolved (cleared on reopen).' })
  resolvedAt!: Date | null;
  @Field(() => Int, { description: 'How often it was reopened after a resolution (the CSAT resolution cycle).' })
  reopenCount!: number;
  @Field(() => Int, { description: 'Last seq the customer has read.' })
  customerLastReadSeq!: number;
  @Field(() => Int, { description: 'Last seq the agents have read.' })
  agentLastReadSeq!: number;
  @Field(() => DateTimeISO, { description: 'When the conversation was opened.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When its status, handler, assignee, queue or fields last changed.' })
  updatedAt!: Date;
  @Field(() => ContactType, { description: 'The customer.' })
  contact!: ContactType;
  @Field(() => UserType, { nullable: true, description: 'The agent who has it.' })
  assignee!: UserType | null;
  @Field(() => ID, { nullable: true, description: 'Id of the queue it waits or waited in.' })
  queueId!: string | null;
  @Field(() => QueueType, { nullable: true, description: 'The queue it waits or waited in.' })
  queue!: QueueType | null;
}

registerReadModel({ graphqlType: 'Conversation', entity: Conversation, tenantColumn: 'tenant_id' });

@ObjectType('Citation', { simpleResolvers: true, description: 'A knowledge chunk an assistant answer was built from.' })
export class CitationType {
  @Field(() => Int, { description: 'The number the answer text uses: [n].' })
  n!: number;
  @Field(() => ID, { description: 'The knowledge document cited.' })
  documentId!: string;
  @Field(() => ID, { description: 'The chunk of that document the answer used.' })
  chunkId!: string;
  @Field(() => String, { description: 'Title of the article, or the FAQ question.' })
  title!: string;
  @Field(() => Int, { description: 'Position of the chunk in its document (0-based).' })
  chunk!: number;
  @Field(() => [String], { description: 'Headings above the chunk, from the document title down.' })
  headingPath!: string[];
  @Field(() => String, { description: 'The start of the chunk’s text.' })
  excerpt!: string;
}

@ObjectType('Message', { simpleResolvers: true, description: 'One message of a conversation, ordered by its gap-free `seq`.' })
export class MessageType {
  @Field(() => ID, { description: 'The message\'s id.' })
  id!: string;
  @Field(() => Int, { description: 'Position in the conversation: 1, 2, 3… with no gaps (private notes count too).' })
  seq!: number;
  @Field(() => Author, { description: 'Who wrote it.' })
  author!: Author;
  @Field(() => String, { nullable: true, description: 'Display name of the agent (or the assistant’s name); null for the customer.' })
  authorName!: string | null;
  @Field(() => String, { description: 'The text exactly as sent (render it escaped).' })
  body!: string;
  @Field(() => Boolean, { description: 'An internal note: never shown to the customer.' })
  private!: boolean;
  @Field(() => Float, { nullable: true, description: 'The assistant’s confidence in this answer, 0–1 (see docs/assistant.md for the formula).' })
  confidence!: number | null;
  @Field(() => [CitationType], { nullable: true, description: 'The knowledge sources an assistant answer relies on; the body cites them as [n].' })
  citations!: CitationType[] | null;
  @Field(() => Boolean, { description: 'Written by the offline assistant (no language model): an extract of the cited source.' })
  offline!: boolean;
  @Field(() => String, { nullable: true, description: 'The sender’s idempotency key.' })
  clientMessageId!: string | null;
  @Field(() => DateTimeISO, { description: 'When it was stored.' })
  createdAt!: Date | string;
}

@ObjectType('WidgetConversation', { simpleResolvers: true, description: 'A conversation as its customer sees it.' })
export class WidgetConversationType {
  @Field(() => ID, { description: 'The conversation\'s id.' })
  id!: string;
  @Field(() => ConversationStatus, { description: 'Where the conversation stands (RESOLVED: show the survey; CLOSED: start a new one).' })
  status!: ConversationStatus;
  @Field(() => Handler, { description: 'Who answers now: the AI assistant or a human.' })
  handler!: Handler;
  @Field(() => String, { nullable: true, description: 'The subject given when it was opened; null when none.' })
  subject!: string | null;
  @Field(() => Int, { description: 'Seq of the newest message you may see (subscribe to messageAdded with it to resume).' })
  lastSeq!: number;
  @Field(() => String, { nullable: true, description: 'Display name of the agent who joined, if any.' })
  agentName!: string | null;
  @Field(() => Int, { description: 'Last seq the agents have read (read receipts for the customer).' })
  agentLastReadSeq!: number;
  @Field(() => DateTimeISO, { description: 'When it was opened.' })
  createdAt!: Date;
  /** Not a field: the conversation's reopenCount (its current resolution cycle), for `csatRequest`. */
  resolutionCycle!: number;
}

@ObjectType('MessagePage', { simpleResolvers: true, description: 'Messages after a seq, oldest first.' })
export class MessagePageType {
  @Field(() => [MessageType], { description: 'The messages after the requested seq, oldest first.' })
  messages!: MessageType[];
  @Field(() => Boolean, { description: 'More messages follow the last one returned.' })
  hasMore!: boolean;
}

@ObjectType('TypingEvent', { simpleResolvers: true, description: 'Someone started or stopped typing.' })
export class TypingEventType {
  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;
  @Field(() => String, { description: '`CUSTOMER` or `AGENT`.' })
  who!: string;
  @Field(() => String, { nullable: true, description: 'Who types: an agent\'s display name, or null for the customer.' })
  name!: string | null;
  @Field(() => Boolean, { description: 'True: started typing; false: stopped.' })
  typing!: boolean;
}

@ObjectType('ConversationPayload', { simpleResolvers: true, description: 'The conversation after the change.' })
/** What a conversation mutation answers (its `conversation` field is resolved in conversation.resolver.ts). */
export class ConversationPayload {
  conversationId!: string;
}

@ObjectType('SendMessagePayload', { simpleResolvers: true, description: 'The stored message (the existing one when the clientMessageId was seen before).' })
export class SendMessagePayload {
  @Field(() => MessageType, { description: 'The stored message (the existing one when the clientMessageId was seen before).' })
  message!: MessageEvent;
}
