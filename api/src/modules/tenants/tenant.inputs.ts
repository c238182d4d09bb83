import { Field, Float, ID, InputType } from 'type-graphql';
import { HandoffMode, TenantStatus } from './tenant.entity.js';

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
  @Field(() => String, { nullable: true, description: 'Up to 500 characters: shown when nobody can answer now.' })
  awayMessage?: string;
}

@InputType('TenantAssistantInput', { description: 'Assistant settings to change; omitted fields stay as they are.' })
export class TenantAssistantInput {
  @Field(() => String, { nullable: true, description: 'Up to 60 characters.' })
  name?: string;
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  persona?: string;
  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  greeting?: string;
  @Field(() => Float, { nullable: true, description: 'The manual threshold, 0–1. Setting it without `handoffMode` switches the mode to MANUAL (an override).' })
  handoffThreshold?: number;
  @Field(() => HandoffMode, { nullable: true, description: 'AUTO: use the calibrated threshold; MANUAL: use `handoffThreshold`.' })
  handoffMode?: HandoffMode;
  @Field(() => Float, { nullable: true, description: 'Target share of unanswerable questions handed off, 0.5–0.99; takes effect at the next calibration (`recalibrateKnowledge`).' })
  coverageTarget?: number;
  @Field(() => Float, { nullable: true, description: '0–1, not below handoffThreshold.' })
  autoResolveThreshold?: number;
  @Field(() => String, { nullable: true, description: 'Claude model for answers (e.g. claude-sonnet-5-5, claude-haiku-5-5); empty string: back to the deployment default.' })
  model?: string;
}

@InputType('TenantCsatInput', { description: 'CSAT survey settings to change; omitted fields stay as they are.' })
export class TenantCsatInput {
  @Field(() => Boolean, { nullable: true, description: 'Ask customers to rate a conversation (1–5) once it is resolved.' })
  enabled?: boolean;
  @Field(() => String, { nullable: true, description: 'The question, 1–200 characters.' })
  question?: string;
  @Field(() => String, { nullable: true, description: 'Word under rating 1, 1–40 characters.' })
  lowLabel?: string;
  @Field(() => String, { nullable: true, description: 'Word under rating 5, 1–40 characters.' })
  highLabel?: string;
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
  @Field(() => TenantCsatInput, { nullable: true, description: 'The satisfaction survey the widget shows after a resolution.' })
  csat?: TenantCsatInput;
  @Field(() => Boolean, { nullable: true, description: 'Require a valid HMAC of the external id before a widget visitor is identified (needs an identity secret).' })
  requireIdentityVerification?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Turn hand-offs nobody can take now into tickets (answered by e-mail).' })
  ticketWhenNobodyAvailable?: boolean;
}

@InputType('CreateTenantInput', { description: 'Platform admins: create a tenant and invite its first admin.' })
export class CreateTenantInput {
  @Field(() => String, { description: 'Unique short name, 2–63 lowercase letters, digits or dashes.' })
  slug!: string;
  @Field(() => String, { description: 'Display name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default UTC).' })
  timezone?: string;
  @Field(() => String, { description: 'E-mail of the first tenant admin (receives the invitation token).' })
  adminEmail!: string;
  @Field(() => String, { description: 'Name of the first tenant admin.' })
  adminName!: string;
}

@InputType('RegisterTenantInput', { description: 'Self-service sign-up of a company with its first admin.' })
export class RegisterTenantInput {
  @Field(() => String, { description: 'Company name.' })
  companyName!: string;
  @Field(() => String, { description: 'Unique short name used at sign-in.' })
  slug!: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default UTC).' })
  timezone?: string;
  @Field(() => String)
  adminEmail!: string;
  @Field(() => String)
  adminName!: string;
  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;
}

@InputType('TenantIdInput', { description: 'Names a tenant.' })
export class TenantIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType('RotateIdentitySecretInput', { description: 'Make a new widget identity secret.' })
export class RotateIdentitySecretInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to your own tenant.' })
  id?: string;
}
