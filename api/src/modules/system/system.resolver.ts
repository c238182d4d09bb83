import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };

@ObjectType('ServerInfo', { description: 'Public facts about this Switchboard server.' })
export class ServerInfo {
  @Field(() => String, { description: 'Product name.' })
  name!: string;
  @Field(() => String, { description: 'Server version.' })
  version!: string;
  @Field(() => String, { description: '`online` when Claude is configured, `offline` when the assistant answers from the offline provider.' })
  assistantMode!: string;
}

@Resolver()
export class SystemResolver {
  @Query(() => ServerInfo, { description: 'Public server facts; needs no sign-in.' })
  serverInfo(@Ctx() ctx: Context): ServerInfo {
    return { name: 'Switchboard', version, assistantMode: ctx.services.config.ANTHROPIC_API_KEY ? 'online' : 'offline' };
  }
}
