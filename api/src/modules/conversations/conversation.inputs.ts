import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConversationStatus, Handler } from './conversation.entity.js';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('StartConversationInput', { description: 'A widget client opens a conversation, optionally with its first message.' })
export class StartConversationInput {
  @Field(() => String, { nullable: true, description: 'What the conversation is about, up to 200 characters.' })
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
  @Field(() => ID, { description: 'The conversation to write in.' })
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
  @Field(() => ID, { description: 'The conversation\'s id (NOT_FOUND outside your tenant, or for a widget client, outside its own conversations).' })
  conversationId!: string;
}

@InputType('SetTypingInput', { description: 'Typing on/off.' })
export class SetTypingInput {
  @Field(() => ID, { description: 'The conversation you are typing in.' })
  conversationId!: string;
  @Field(() => Boolean, { description: 'True when you start typing, false when you stop.' })
  typing!: boolean;
}

export enum ConversationOrder {
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  WAITING_SINCE_ASC = 'WAITING_SINCE_ASC',
}
registerEnumType(ConversationOrder, {
  name: 'ConversationOrder',
  description: 'Sort order of a conversation list.',
  valuesConfig: {
    UPDATED_AT_DESC: { description: 'Most recently changed first.' },
    CREATED_AT_DESC: { description: 'Newest first.' },
    WAITING_SINCE_ASC: { description: 'Longest waiting first (the queue view).' },
  },
});

@InputType('ConversationFilter', { description: 'Narrow a conversation list; all given conditions must hold.' })
export class ConversationFilter {
  @Field(() => [ConversationStatus], { nullable: true, description: 'Only conversations in one of these statuses.' })
  statuses?: ConversationStatus[];
  @Field(() => Handler, { nullable: true, description: 'Only conversations answered by the AI or by humans.' })
  handler?: Handler;
  @Field(() => ID, { nullable: true, description: 'Only conversations assigned to this staff user.' })
  assigneeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only conversations assigned to me.' })
  mine?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only conversations without an assignee.' })
  unassigned?: boolean;
  @Field(() => ID, { nullable: true, description: 'Only conversations in this queue.' })
  queueId?: string;
  @Field(() => ID, { nullable: true, description: 'Only this customer\'s conversations.' })
  contactId?: string;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on the subject or the contact’s name or e-mail.' })
  search?: string;
  @Field(() => Date, { nullable: true, description: 'Only conversations opened at or after this time.' })
  createdFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Only conversations opened before this time.' })
  createdTo?: Date;
}

@InputType('RequestHumanInput', { description: 'Ask for a human agent.' })
export class RequestHumanInput {
  @Field(() => ID, { description: 'The conversation to hand to a person.' })
  conversationId!: string;
  @Field(() => ID, { nullable: true, description: 'Staff: the queue to route through (default: the conversation’s queue or the tenant’s default).' })
  queueId?: string | null;
}

@InputType('TransferConversationInput', { description: 'Hand a conversation to another agent or back to a queue.' })
export class TransferConversationInput {
  @Field(() => ID, { description: 'The conversation to transfer.' })
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
  @Field(() => ID, { description: 'The conversation you have read up to its newest message.' })
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
