import { Field, Float, ID, InputType } from 'type-graphql';
import { TenantStatus } from './tenant.entity.js';

@InputType('TenantFilter', { description: 'Narrow a tenant list.' })
export class TenantFilter {
  @Field(() => TenantStatus, { nullable: true, description: 'Only tenants in this status.' })
  status?: TenantStatus;
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or slug.' })
  search?: string;
}

@InputType('TenantBrandingInput', { description: 'Branding fields to change; omitted fields stay as they are.' })
export class TenantBrandingInput {
  @Field(() => String, { nullable: true, description: '#rrggbb' })
  primaryColor?: string;
  @Field(() => String, { nullable: true, description: '#rrggbb' })
  backgroundColor?: string;
  @Field(() => String, { nullable: true, description: 'https URL of the logo; empty string removes it.' })
  logoUrl?: string;
  @Field(() => String, { nullable: true, description: '`left` or `right`.' })
  position?: string;
  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  welcomeMessage?: string;
}

@InputType('TenantAssistantInput', { description: 'Assistant settings to change; omitted fields stay as they are.' })
export class TenantAssistantInput {
  @Field(() => String, { nullable: true, description: 'Up to 60 characters.' })
  name?: string;
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  persona?: string;
  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  greeting?: string;
  @Field(() => Float, { nullable: true, description: '0–1.' })
  handoffThreshold?: number;
  @Field(() => Float, { nullable: true, description: '0–1, not below handoffThreshold.' })
  autoResolveThreshold?: number;
}

@InputType('UpdateTenantInput', { description: 'Change a tenant’s settings. Tenant admins change their own tenant; platform admins name one.' })
export class UpdateTenantInput {
  @Field(() => ID, { nullable: true, description: 'Tenant to change; defaults to the caller’s own tenant.' })
  id?: string;
  @Field(() => String, { nullable: true, description: 'New display name (1–200 characters).' })
  name?: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. `Europe/Berlin`.' })
  timezone?: string;
  @Field(() => TenantBrandingInput, { nullable: true })
  branding?: TenantBrandingInput;
  @Field(() => TenantAssistantInput, { nullable: true })
  assistant?: TenantAssistantInput;
}
