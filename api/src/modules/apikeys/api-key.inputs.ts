import { Field, ID, InputType, Int } from 'type-graphql';
import { IDEMPOTENCY_KEY } from '../../idempotency/idempotency.js';

@InputType('ApiKeyFilter', { description: 'Narrow an API key list.' })
export class ApiKeyFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only revoked (true) or only active (false) keys.' })
  revoked?: boolean;
}

@InputType('CreateApiKeyInput', { description: 'Create a partner API key.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'A name to recognise the key by (1–100 characters).' })
  name!: string;
  @Field(() => [String], { description: 'Permission codes the key holds: at least one, each one you hold yourself (see `viewer.permissions`).' })
  scopes!: string[];
  @Field(() => Int, { nullable: true, description: 'The key\'s own budget in points per hour (100 – 1,000,000,000). Omitted or null: the default for API keys (see `rateLimit`, docs/api.md "Limits and budgets").' })
  pointsPerHour?: number | null;
  @Field(() => ID, { nullable: true, description: 'Platform admins only: the tenant the key belongs to.' })
  tenantId?: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType('RevokeApiKeyInput', { description: 'Revoke an API key.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Id of the key to revoke.' })
  id!: string;
}

@InputType('UpdateApiKeyInput', { description: 'Change an API key\'s name or budget. Fields left out stay as they are.' })
export class UpdateApiKeyInput {
  @Field(() => ID, { description: 'Id of the key to change.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'A new name (1–100 characters).' })
  name?: string | null;
  @Field(() => Int, { nullable: true, description: 'The key\'s own budget in points per hour (100 – 1,000,000,000); null: back to the default for API keys; left out: unchanged. Takes effect on the key\'s next request.' })
  pointsPerHour?: number | null;
}
