import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// path.join rather than `new URL(literal, import.meta.url)`: Vite rewrites the latter in browser-mode tests.
const packageJson = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../package.json');
const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };

@ObjectType('ServerInfo', { simpleResolvers: true, description: 'Public facts about this Switchboard server.' })
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
