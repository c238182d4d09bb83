import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { ReadScope } from '../../graphql/planner/planner.js';
import { StartWidgetSessionInput, WidgetConfigType, WidgetContactType, WidgetSessionType } from './widget.types.js';
import { startWidgetSession, widgetConfig } from './widget.service.js';

/** A widget client reads only its own contact, inside its own tenant. */
const contactScope = (tenantId: string): ReadScope => ({ kind: 'tenant', tenantId });

@Resolver(() => WidgetSessionType)
export class WidgetResolver {
  @Query(() => WidgetConfigType, { description: 'Public configuration of the chat widget with this key; needs no sign-in. Unknown or suspended: NOT_FOUND.' })
  widgetConfig(@Arg('widgetKey', () => String, { description: 'The tenant’s public widget key.' }) widgetKey: string, @Ctx() ctx: Context) {
    return widgetConfig(ctx, widgetKey);
  }

  @Mutation(() => WidgetSessionType, {
    description:
      'Start a widget session as an end customer; needs no sign-in. Anonymous unless `externalId` comes with a valid `identityHash`; `contactToken` resumes an earlier anonymous session. Unknown or suspended key: NOT_FOUND.',
  })
  startWidgetSession(@Arg('input', () => StartWidgetSessionInput, { description: 'The tenant\'s widget key and, optionally, who the visitor is.' }) input: StartWidgetSessionInput, @Ctx() ctx: Context) {
    return startWidgetSession(ctx, input);
  }

  @Query(() => WidgetContactType, { nullable: true, description: 'Widget clients: the contact your widget token acts as.' })
  widgetContact(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const v = ctx.viewer;
    if (v.kind !== 'widget') throw forbidden();
    return isUuid(v.contactId) ? ctx.services.planner.one(info, 'WidgetContact', contactScope(v.tenantId), v.contactId) : null;
  }

  @FieldResolver(() => WidgetContactType, { description: 'The contact this session acts as.' })
  async contact(@Root() session: WidgetSessionType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = await ctx.services.planner.one(info, 'WidgetContact', contactScope(session.tenantId), session.contactId);
    if (!row) throw notFound('Contact');
    return row;
  }
}
