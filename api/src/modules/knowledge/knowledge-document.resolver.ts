import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, InputType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';
import { connectionTypes, PageArgs, pageSize } from '../../graphql/connection.js';
import type { SortOrder } from '../../graphql/planner/planner.js';
import { type Condition, containsPattern } from '../../graphql/planner/sql.js';
import { KnowledgeDocumentType } from './knowledge-document.type.js';
import { KnowledgeKind, KnowledgeStatus } from './knowledge-document.entity.js';

export const KnowledgeDocumentConnection = connectionTypes(KnowledgeDocumentType, 'KnowledgeDocument', 'A page of knowledge documents.');

export enum KnowledgeOrder {
  TITLE_ASC = 'TITLE_ASC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
}
registerEnumType(KnowledgeOrder, { name: 'KnowledgeOrder', description: 'Sort order of a knowledge list.' });

const ORDERS: Record<KnowledgeOrder, SortOrder> = {
  TITLE_ASC: { key: 'TITLE_ASC', column: 'title', direction: 'ASC' },
  UPDATED_AT_DESC: { key: 'UPDATED_AT_DESC', column: 'updated_at', direction: 'DESC' },
};

@InputType('KnowledgeFilter', { description: 'Narrow a knowledge list.' })
export class KnowledgeFilter {
  @Field(() => KnowledgeKind, { nullable: true })
  kind?: KnowledgeKind;
  @Field(() => KnowledgeStatus, { nullable: true })
  status?: KnowledgeStatus;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on title or body.' })
  search?: string;
  @Field(() => String, { nullable: true, description: 'Documents carrying this tag.' })
  tag?: string;
}

function conditions(filter: KnowledgeFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.kind) out.push((a, p) => `${a}.kind = ${p(filter.kind)}`);
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.tag) out.push((a, p) => `${p(filter.tag)} = any(${a}.tags)`);
  if (filter?.search?.trim()) {
    const like = containsPattern(filter.search);
    out.push((a, p) => `(${a}.title ilike ${p(like)} or ${a}.body ilike ${p(like)})`);
  }
  return out;
}

@Resolver(() => KnowledgeDocumentType)
export class KnowledgeDocumentResolver {
  @Query(() => KnowledgeDocumentConnection, { description: 'Articles and FAQs of your tenant.' })
  knowledgeDocuments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => KnowledgeFilter, { nullable: true }) filter: KnowledgeFilter | undefined,
    @Arg('orderBy', () => KnowledgeOrder, { defaultValue: KnowledgeOrder.TITLE_ASC }) orderBy: KnowledgeOrder,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'KnowledgeDocument',
      scope: ctx.scope(),
      first: pageSize(page, ctx.services.config.MAX_PAGE_SIZE),
      after: page.after,
      where: conditions(filter),
      order: ORDERS[orderBy],
    });
  }

  @Query(() => KnowledgeDocumentType, { description: 'One knowledge document (NOT_FOUND outside your tenant).' })
  async knowledgeDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const row = isUuid(id) ? await ctx.services.planner.one(info, 'KnowledgeDocument', ctx.scope(), id) : null;
    if (!row) throw notFound('Knowledge document');
    return row;
  }
}
