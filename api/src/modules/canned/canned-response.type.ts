import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { CannedResponse } from './canned-response.entity.js';

@ObjectType('CannedResponse', { simpleResolvers: true, description: 'A reply template: agents type `/shortcut` in the console; `renderCannedResponse` fills its variables in for a conversation (to edit before sending) and `applyCannedResponse` sends it at once.' })
export class CannedResponseType {
  @Field(() => ID, { description: 'Canned response id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'What the agent types after `/`: 1–40 of `a-z 0-9 _ -`, starting with a letter or digit.' })
  shortcut!: string;
  @Field(() => String, {
    description: 'The template (1–5,000 characters). Variables: `{{contact.name}}` (“there” when unknown), `{{contact.email}}`, `{{agent.name}}`, `{{tenant.name}}`; anything else stays as written.',
  })
  body!: string;
  @Field(() => String, { nullable: true, description: 'What it is for, in a few words (1–120 characters), or null.' })
  title!: string | null;
  // shared: a field resolver (canned-response.resolver.ts) reading the row's user_id.
  @Field(() => DateTimeISO, { description: 'When it was created.' })
  createdAt!: Date;
}

/** A planned row: the GraphQL fields plus `user_id` when `shared` is selected. */
export type CannedResponseRow = Partial<CannedResponseType> & { id: string; user_id?: string | null };

registerReadModel({
  graphqlType: 'CannedResponse',
  entity: CannedResponse,
  tenantColumn: 'tenant_id',
  extraFields: { shared: { kind: 'computed', columns: ['user_id'] } },
});
