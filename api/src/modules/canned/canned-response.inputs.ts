import { Field, ID, InputType } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('CannedResponseFilter', { description: 'Narrow a canned response list.' })
export class CannedResponseFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on the shortcut or the body.' })
  search?: string;
}

@InputType('CreateCannedResponseInput', { description: 'A new canned response.' })
export class CreateCannedResponseInput {
  @Field(() => String, { description: '1–40 of `a-z 0-9 _ -`, starting with a letter or digit; unique among the tenant’s shared responses (shared) or your own (personal): else CONFLICT.' })
  shortcut!: string;
  @Field(() => String, { description: 'The template, 1–5,000 characters (see `CannedResponse.body` for variables).' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'What it is for, 1–120 characters (optional; blank means none).' })
  title?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True: shared by the whole tenant (needs `conversations.manage`). False or omitted: personal, only yours.' })
  shared?: boolean | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('UpdateCannedResponseInput', { description: 'Change a canned response (shared ones need `conversations.manage`); omitted fields stay.' })
export class UpdateCannedResponseInput {
  @Field(() => ID, { description: 'The canned response to change.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'New shortcut (same rules as on creation).' })
  shortcut?: string | null;
  @Field(() => String, { nullable: true, description: 'New template, 1–5,000 characters.' })
  body?: string | null;
  @Field(() => String, { nullable: true, description: 'New title, 1–120 characters; an empty string removes it.' })
  title?: string | null;
}

@InputType('DeleteCannedResponseInput', { description: 'Delete a canned response (shared ones need `conversations.manage`).' })
export class DeleteCannedResponseInput {
  @Field(() => ID, { description: 'The canned response to delete.' })
  id!: string;
}

@InputType('ApplyCannedResponseInput', { description: 'Send a canned response into a conversation, variables filled in.' })
export class ApplyCannedResponseInput {
  @Field(() => ID, { description: 'The conversation to reply in.' })
  conversationId!: string;
  @Field(() => String, { description: 'The shortcut (a leading `/` is allowed). Your personal response wins over a shared one of the same shortcut.' })
  shortcut!: string;
  @Field(() => String, { description: 'Your idempotency key (1–100 characters, unique per message in this conversation): applying again with the same key returns the stored message.' })
  clientMessageId!: string;
}
