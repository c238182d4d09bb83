import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { SendMessagePayload } from '../conversations/conversation.type.js';
import { CannedResponseType, type CannedResponseRow } from './canned-response.type.js';
import { ApplyCannedResponseInput, CannedResponseFilter, CreateCannedResponseInput, DeleteCannedResponseInput, UpdateCannedResponseInput } from './canned-response.inputs.js';
import { cannedResponseConditions } from './canned-response.reads.js';
import { applyCannedResponse, createCannedResponse, deleteCannedResponse, renderCannedResponse, updateCannedResponse } from './canned-response.service.js';

export const CannedResponseConnection = connectionTypes(CannedResponseType, 'CannedResponse', 'A page of canned responses, by shortcut.');

async function readResponse(ctx: Context, info: GraphQLResolveInfo, id: string, tenantId: string) {
  const row = await ctx.services.planner.one(info, 'CannedResponse', ctx.scope(tenantId), id);
  if (!row) throw notFound('Canned response');
  return row;
}

// The payloads resolve `cannedResponse` with methods on the type itself (read back through the
// planner, so it looks exactly like a list node): no registration of their own in schema.ts.
@ObjectType('CannedResponsePayload', { simpleResolvers: true, description: 'The canned response after the change.' })
export class CannedResponsePayload {
  cannedResponseId!: string;
  tenantId!: string;

  @Field(() => CannedResponseType, { description: 'The canned response as it is now.' })
  cannedResponse(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return readResponse(ctx, info, this.cannedResponseId, this.tenantId);
  }
}

@ObjectType('DeleteCannedResponsePayload', { simpleResolvers: true, description: 'Result of deleteCannedResponse.' })
export class DeleteCannedResponsePayload {
  @Field(() => ID, { description: 'Id of the deleted canned response.' })
  deletedCannedResponseId!: string;
}

@Resolver(() => CannedResponseType)
export class CannedResponseResolver {
  @Query(() => CannedResponseConnection, { description: 'Canned responses you can use: the tenant’s shared ones and your own personal ones, ordered by shortcut.' })
  cannedResponses(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CannedResponseFilter, { nullable: true, description: 'Narrow by a search over shortcut, title and text.' }) filter: CannedResponseFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'CannedResponse',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: cannedResponseConditions(ctx, filter),
      order: { key: 'SHORTCUT_ASC', column: 'shortcut', direction: 'ASC' },
    });
  }

  @Query(() => String, {
    description: 'The canned response for a shortcut (your personal one, else the shared one) with its variables filled in for this conversation, NOT sent: put it in the composer to edit. No such response: NOT_FOUND.',
  })
  async renderCannedResponse(
    @Arg('conversationId', () => ID, { description: 'The conversation the reply is for (its contact, agent and tenant fill the variables).' }) conversationId: string,
    @Arg('shortcut', () => String, { description: 'The shortcut (a leading `/` is allowed).' }) shortcut: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return (await renderCannedResponse(ctx, conversationId, shortcut)).body;
  }

  @FieldResolver(() => Boolean, { description: 'True: shared by the whole tenant; false: personal (yours).' })
  shared(@Root() row: CannedResponseRow): boolean {
    return row.user_id == null;
  }

  @Mutation(() => CannedResponsePayload, {
    description: 'Create a canned response: personal (needs `conversations.reply`) or shared with the tenant (needs `conversations.manage`). Bad shortcut or body: BAD_USER_INPUT; shortcut taken: CONFLICT.',
  })
  async createCannedResponse(@Arg('input', () => CreateCannedResponseInput, { description: 'Shortcut, title, text and whether it is shared with the tenant.' }) input: CreateCannedResponseInput, @Ctx() ctx: Context): Promise<CannedResponsePayload> {
    const created = await createCannedResponse(ctx, input);
    return Object.assign(new CannedResponsePayload(), { cannedResponseId: created.id, tenantId: created.tenantId });
  }

  @Mutation(() => CannedResponsePayload, { description: 'Change a canned response: your own personal ones, or shared ones with `conversations.manage`. Anyone else’s: NOT_FOUND.' })
  async updateCannedResponse(@Arg('input', () => UpdateCannedResponseInput, { description: 'The canned response and the parts to change.' }) input: UpdateCannedResponseInput, @Ctx() ctx: Context): Promise<CannedResponsePayload> {
    const updated = await updateCannedResponse(ctx, input);
    return Object.assign(new CannedResponsePayload(), { cannedResponseId: updated.id, tenantId: updated.tenantId });
  }

  @Mutation(() => DeleteCannedResponsePayload, { description: 'Delete a canned response: your own personal ones, or shared ones with `conversations.manage`. Anyone else’s: NOT_FOUND.' })
  async deleteCannedResponse(@Arg('input', () => DeleteCannedResponseInput, { description: 'The canned response to delete.' }) input: DeleteCannedResponseInput, @Ctx() ctx: Context): Promise<DeleteCannedResponsePayload> {
    const deleted = await deleteCannedResponse(ctx, input.id);
    return { deletedCannedResponseId: deleted.id };
  }

  @Mutation(() => SendMessagePayload, {
    description: 'Reply with a canned response: your personal one for the shortcut, else the shared one (none: NOT_FOUND), variables filled in for this conversation, sent like `sendMessage` (seq, idempotency by clientMessageId, events).',
  })
  async applyCannedResponse(@Arg('input', () => ApplyCannedResponseInput, { description: 'The conversation, the canned response\'s shortcut and your clientMessageId.' }) input: ApplyCannedResponseInput, @Ctx() ctx: Context): Promise<SendMessagePayload> {
    return { message: await applyCannedResponse(ctx, input) };
  }
}
