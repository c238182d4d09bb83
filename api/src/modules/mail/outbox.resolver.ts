import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { connectionTypes, PageArgs } from '../../graphql/connection.js';
import { containsPattern, type Condition } from '../../graphql/planner/sql.js';
import { OutboxMessageType, type OutboxMessageRow } from './outbox-message.type.js';
import { OutboxMessageFilter } from './outbox.inputs.js';

export const OutboxMessageConnection = connectionTypes(OutboxMessageType, 'OutboxMessage', 'A page of outgoing e-mail, newest first.');

function outboxConditions(filter: OutboxMessageFilter | undefined): Condition[] {
  const out: Condition[] = [];
  if (filter?.status) out.push((a, p) => `${a}.status = ${p(filter.status)}`);
  if (filter?.kind) out.push((a, p) => `${a}.kind = ${p(filter.kind)}`);
  if (filter?.to?.trim()) {
    const like = containsPattern(filter.to.trim());
    out.push((a, p) => `${a}.to_address ilike ${p(like)}`);
  }
  return out;
}

@Resolver(() => OutboxMessageType)
export class OutboxResolver {
  @Query(() => OutboxMessageConnection, {
    description: 'Outgoing e-mail of your tenant, newest first (platform admins: every tenant’s and the platform’s own). With no SMTP server configured, mails stay here with status STORED.',
  })
  outboxMessages(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OutboxMessageFilter, { nullable: true, description: 'Narrow by delivery status, kind or recipient address.' }) filter: OutboxMessageFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.planner.list(info, {
      nodeType: 'OutboxMessage',
      scope: ctx.scope(),
      ...ctx.page(page),
      where: outboxConditions(filter),
      order: { key: 'CREATED_AT_DESC', column: 'created_at', direction: 'DESC' },
    });
  }

  @FieldResolver(() => String, { description: 'The plain-text body.' })
  text(@Root() row: OutboxMessageRow, @Ctx() ctx: Context): string {
    return row.text_sealed ? ctx.services.secretBox.decrypt(row.text_sealed) : '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The HTML body, when it has one.' })
  html(@Root() row: OutboxMessageRow, @Ctx() ctx: Context): string | null {
    return row.html_sealed ? ctx.services.secretBox.decrypt(row.html_sealed) : null;
  }
}
