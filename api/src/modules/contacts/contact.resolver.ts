import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { ContactType } from './contact.type.js';
import { ContactFilter, ContactOrder } from './contact.inputs.js';
import { CONTACT_ORDERS, contactConditions } from './contact.reads.js';

export const ContactConnection = connectionTypes(ContactType, 'Contact', 'A page of contacts.');

@Resolver(() => ContactType)
export class ContactResolver {
  @Query(() => ContactConnection, {
    description:
      'Customers of your tenant, filtered and ordered (keyset pages: pass `pageInfo.endCursor` as `after`). Platform admins must name the tenant with `tenantId` (else BAD_USER_INPUT).',
  })
  contacts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Narrow by search text, exact e-mail or VIP flag; omit for all contacts.' }) filter: ContactFilter | undefined,
    @Arg('orderBy', () => ContactOrder, { defaultValue: ContactOrder.CREATED_AT_DESC, description: 'Newest first by default; a cursor only works with the order it came from.' }) orderBy: ContactOrder,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only (and required for them): list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const scope = ctx.scope(tenantId);
    // Customers' personal data is read one tenant at a time, never across all tenants at once.
    if (scope?.kind === 'platform') throw badInput('tenantId is required for platform admins', 'tenantId');
    return ctx.services.planner.list(info, {
      nodeType: 'Contact',
      scope,
      ...ctx.page(page),
      where: contactConditions(filter),
      order: CONTACT_ORDERS[orderBy],
    });
  }

  @Query(() => ContactType, { description: 'One customer by id (NOT_FOUND outside your tenant).' })
  async contact(@Arg('id', () => ID, { description: 'The contact\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'Contact', ctx.scope(), id) : null;
    if (!row) throw notFound('Contact');
    return row;
  }
}
