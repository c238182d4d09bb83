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

@InputType('WordVariantGroupInput', { description: 'A full form and the variants of it customers write.' })
export class WordVariantGroupInput {
  @Field(() => String, { description: 'The form the knowledge base uses, e.g. `northwind` or `product code` (1–60 characters; lower-cased and trimmed).' })
  fullForm!: string;
  @Field(() => [String], { description: '1–20 variants, e.g. `nw` (each 1–60 characters; lower-cased and trimmed). A variant may not be a full form of another group nor appear twice.' })
  variants!: string[];
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
  @Field(() => [WordVariantGroupInput], { nullable: true, description: 'The tenant\'s own word variants, replacing the list saved before (at most 200 groups); `[]` removes them. A variant in a question is also searched as its full form where the knowledge uses it.' })
  wordVariants?: WordVariantGroupInput[];
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
  @Field(() => TenantBrandingInput, { nullable: true, description: 'Widget colours, logo, position, welcome and away messages; omitted fields stay.' })
  branding?: TenantBrandingInput;
  @Field(() => TenantAssistantInput, { nullable: true, description: 'The assistant\'s name, persona, greeting and confidence threshold; omitted fields stay.' })
  assistant?: TenantAssistantInput;
  @Field(() => TenantCsatInput, { nullable: true, description: 'The satisfaction survey the widget shows after a resolution.' })
  csat?: TenantCsatInput;
  @Field(() => Boolean, { nullable: true, description: 'Require a valid HMAC of the external id before a widget visitor is identified (needs an identity secret).' })
  requireIdentityVerification?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Turn hand-offs nobody can take now into tickets (answered by e-mail).' })
  ticketWhenNobodyAvailable?: boolean;
  @Field(() => Boolean, { nullable: true, description: "Accept from widget sessions only the widget's own operations (its built-in safelist); others are refused with PERSISTED_QUERY_NOT_ALLOWED." })
  widgetOperationsSafelisted?: boolean;
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
  @Field(() => String, { description: 'The company\'s name as customers see it (1–200 characters).' })
  companyName!: string;
  @Field(() => String, { description: 'Unique short name used at sign-in.' })
  slug!: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone (default UTC).' })
  timezone?: string;
  @Field(() => String, { description: 'The first admin\'s sign-in address.' })
  adminEmail!: string;
  @Field(() => String, { description: 'The first admin\'s display name.' })
  adminName!: string;
  @Field(() => String, { description: 'At least 10 characters.' })
  password!: string;
}

@InputType('TenantIdInput', { description: 'Names a tenant.' })
export class TenantIdInput {
  @Field(() => ID, { description: 'The tenant\'s id.' })
  id!: string;
}

@InputType('RotateIdentitySecretInput', { description: 'Make a new widget identity secret.' })
export class RotateIdentitySecretInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to your own tenant.' })
  id?: string;
}
