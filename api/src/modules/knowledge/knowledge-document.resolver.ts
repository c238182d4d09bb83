import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import { knowledgeConditions } from './knowledge-document.reads.js';
import { KnowledgeFilter } from './knowledge.inputs.js';
import { KnowledgeDocumentType } from './knowledge-document.type.js';

export const KnowledgeDocumentConnection = connectionTypes(KnowledgeDocumentType, 'KnowledgeDocument', 'A page of knowledge documents.');

export enum KnowledgeOrder {
  TITLE_ASC = 'TITLE_ASC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
}
registerEnumType(KnowledgeOrder, {
  name: 'KnowledgeOrder',
  description: 'Sort order of a knowledge list.',
  valuesConfig: {
    UPDATED_AT_DESC: { description: 'Most recently changed first (the default).' },
    TITLE_ASC: { description: 'By title, A to Z.' },
  },
});

const ORDERS: Record<KnowledgeOrder, SortOrder> = {
  TITLE_ASC: { key: 'TITLE_ASC', column: 'title', direction: 'ASC' },
  UPDATED_AT_DESC: { key: 'UPDATED_AT_DESC', column: 'updated_at', direction: 'DESC' },
};

@Resolver(() => KnowledgeDocumentType)
export class KnowledgeDocumentResolver {
  @Query(() => KnowledgeDocumentConnection, { description: 'Articles and FAQs of your tenant (platform admins: of all tenants, or of `tenantId`).' })
  knowledgeDocuments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => KnowledgeFilter, { nullable: true, description: 'Narrow by kind, status or search text; omit for all documents.' }) filter: KnowledgeFilter | undefined,
    @Arg('orderBy', () => KnowledgeOrder, { defaultValue: KnowledgeOrder.TITLE_ASC, description: 'Most recently changed first by default, or by title.' }) orderBy: KnowledgeOrder,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: list inside this tenant.' }) tenantId: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'KnowledgeDocument',
      scope: ctx.scope(tenantId),
      ...ctx.page(page),
      where: knowledgeConditions(filter),
      order: ORDERS[orderBy],
    });
  }

  @Query(() => KnowledgeDocumentType, { description: 'One knowledge document (NOT_FOUND outside your tenant).' })
  async knowledgeDocument(@Arg('id', () => ID, { description: 'The document\'s id.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'KnowledgeDocument', ctx.scope(), id) : null;
    if (!row) throw notFound('Knowledge document');
    return row;
  }
}
