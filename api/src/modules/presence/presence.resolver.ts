import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { Context } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { Topic, type TopicPayloads } from '../../events/topics.js';
import { PresencePayload, PresenceType } from './presence.type.js';
import { SetAvailabilityInput } from './presence.inputs.js';
import { heartbeat, listPresence, readPresence, setAvailability } from './presence.service.js';

type PresenceEvent = TopicPayloads[typeof Topic.PRESENCE_CHANGED];

@Resolver()
export class PresenceResolver {
  @Query(() => [PresenceType], { description: 'Every active staff member of your tenant with their availability and last heartbeat, by name (platform admins: name the tenant).' })
  presence(
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: the tenant to look at.' }) tenantId: string | undefined,
    @Arg('takesConversations', () => Boolean, { nullable: true, description: 'True: only those who take conversations (agents and managers), e.g. the targets of `transferConversation`.' }) takesConversations: boolean | undefined,
    @Ctx() ctx: Context,
  ): Promise<PresenceType[]> {
    return listPresence(ctx, tenantId, { takesConversations: !!takesConversations });
  }

  @Mutation(() => PresencePayload, {
    description: 'Staff consoles: say you are still here (every ~20 s). After 60 s of silence you are shown OFFLINE; the next heartbeat restores the availability you had chosen.',
  })
  async heartbeat(@Ctx() ctx: Context): Promise<PresencePayload> {
    return { presence: await heartbeat(ctx) };
  }

  @Mutation(() => PresencePayload, { description: 'Choose your availability (ONLINE, AWAY, BUSY, OFFLINE). Audited; colleagues see it through `presenceChanged`.' })
  async setAvailability(@Arg('input', () => SetAvailabilityInput, { description: 'Your new availability.' }) input: SetAvailabilityInput, @Ctx() ctx: Context): Promise<PresencePayload> {
    return { presence: await setAvailability(ctx, input.availability) };
  }

  @Subscription(() => PresenceType, {
    description: 'A staff member of your tenant changed availability: chose one, went silent (OFFLINE), or came back.',
    // Shield (`users.view`) has run before this; naming another tenant is NOT_FOUND, like `users`.
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const tenantId = args.tenantId as string | undefined;
      const scope = ctx.scope(tenantId);
      if (!scope) throw forbidden();
      const only = scope.kind === 'tenant' ? scope.tenantId : null; // platform admins: every tenant
      return pipe(
        ctx.services.events.pubSub.subscribe(Topic.PRESENCE_CHANGED),
        filter((event: PresenceEvent) => only === null || event.tenantId === only),
      );
    },
  })
  async presenceChanged(
    @Root() payload: PresenceEvent,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Platform admins only: the tenant to watch (default: every tenant).' }) _tenantId: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<PresenceType> {
    // Re-read inside the subscriber's own scope: the row is the truth even when events published
    // by several instances arrive out of order (so a quick OFFLINE -> ONLINE may show ONLINE twice).
    const row = await readPresence(ctx.services, ctx.scope(payload.tenantId), payload.userId);
    if (!row) throw notFound('User');
    return row;
  }
}
