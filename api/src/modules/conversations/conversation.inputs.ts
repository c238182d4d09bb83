import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConversationStatus, Handler } from './conversation.entity.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('StartConversationInput', { description: 'A widget client opens a conversation, optionally with its first message.' })
export class StartConversationInput {
  @Field(() => String, { nullable: true })
  subject?: string | null;
  @Field(() => String, { nullable: true, description: 'First message (1–10,000 characters).' })
  body?: string | null;
  @Field(() => String, { nullable: true, description: 'Idempotency key of the first message.' })
  clientMessageId?: string | null;
  @Field(() => String, { description: 'Your key for this conversation (1–100 characters, e.g. a UUID made once per conversation): sending the same request again with it returns the conversation it opened instead of opening another. See docs/api.md, "Retrying safely".' })
  idempotencyKey!: string;
}

@InputType('SendMessageInput', { description: 'A message from the customer (widget) or an agent.' })
export class SendMessageInput {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => String, { description: '1–10,000 characters, stored as text exactly as sent.' })
  body!: string;
  @Field(() => String, { description: 'Your idempotency key (1–100 characters, unique per message in this conversation): sending again with the same key returns the stored message. The same key with another body, author or privacy: CONFLICT.' })
  clientMessageId!: string;
  @Field(() => Boolean, { nullable: true, description: 'Agents: an internal note the customer never sees.' })
  private?: boolean | null;
}

@InputType('ConversationIdInput', { description: 'Names a conversation.' })
export class ConversationIdInput {
  @Field(() => ID)
  conversationId!: string;
}

@InputType('SetTypingInput', { description: 'Typing on/off.' })
export class SetTypingInput {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => Boolean)
  typing!: boolean;
}

export enum ConversationOrder {
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  WAITING_SINCE_ASC = 'WAITING_SINCE_ASC',
}
registerEnumType(ConversationOrder, { name: 'ConversationOrder', description: 'Sort order of a conversation list.' });

@InputType('ConversationFilter', { description: 'Narrow a conversation list; all given conditions must hold.' })
export class ConversationFilter {
  @Field(() => [ConversationStatus], { nullable: true })
  statuses?: ConversationStatus[];
  @Field(() => Handler, { nullable: true })
  handler?: Handler;
  @Field(() => ID, { nullable: true })
  assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only conversations assigned to me.' })
  mine?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only conversations without an assignee.' })
  unassigned?: boolean;
  @Field(() => ID, { nullable: true })
  queueId?: string;
  @Field(() => ID, { nullable: true })
  contactId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on the subject or the contact’s name or e-mail.' })
  search?: string;
  @Field(() => Date, { nullable: true })
  createdFrom?: Date;
  @Field(() => Date, { nullable: true })
  createdTo?: Date;
}

@InputType('RequestHumanInput', { description: 'Ask for a human agent.' })
export class RequestHumanInput {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => ID, { nullable: true, description: 'Staff: the queue to route through (default: the conversation’s queue or the tenant’s default).' })
  queueId?: string | null;
}

@InputType('TransferConversationInput', { description: 'Hand a conversation to another agent or back to a queue.' })
export class TransferConversationInput {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => ID, { nullable: true, description: 'The agent who takes it.' })
  toUserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The queue it goes back to (routed at once).' })
  toQueueId?: string | null;
  @Field(() => String, { nullable: true, description: 'An internal note for the next agent.' })
  note?: string | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('MarkReadInput', { description: 'Read receipt.' })
export class MarkReadInput {
  @Field(() => ID)
  conversationId!: string;
  @Field(() => Int, { description: 'The last seq you have read.' })
  seq!: number;
}

@InputType('LeaveEmailForReplyInput', { description: 'Where to send the answer when nobody can answer now.' })
export class LeaveEmailForReplyInput {
  @Field(() => ID, { description: 'Your conversation.' })
  conversationId!: string;
  @Field(() => String, { description: 'Your e-mail address.' })
  email!: string;
}
