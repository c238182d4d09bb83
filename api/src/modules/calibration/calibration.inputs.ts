import { Field, ID, InputType } from 'type-graphql';

@InputType('RecalibrateKnowledgeInput', { description: 'Which tenant to recalibrate.' })
export class RecalibrateKnowledgeInput {
  @Field(() => ID, { nullable: true, description: 'Platform admins: the tenant (required for them). Tenant members: omit, or their own tenant.' })
  tenantId?: string;
}
