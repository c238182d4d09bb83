// GraphQL shape of a tenant. Rows come from the planner (plain objects), or from the entity after a write.
import { Field, ID, ObjectType, Float, registerEnumType } from 'type-graphql';
import { DateTimeISO, JSONObject } from '../../graphql/scalars.js';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { HandoffMode, Tenant, TenantStatus } from './tenant.entity.js';

registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'Whether a tenant may use the platform.',
  valuesConfig: {
    ACTIVE: { description: 'Working normally.' },
    SUSPENDED: { description: 'Its users, API keys and widget are refused until a platform admin reactivates it.' },
  },
});
registerEnumType(HandoffMode, {
  name: 'HandoffMode',
  description: 'Where the assistant\'s hand-off threshold comes from.',
  valuesConfig: {
    AUTO: { description: 'Computed by the tenant\'s own knowledge calibration (see `knowledgeCoverage`); the manual value serves until the first calibration is ready.' },
    MANUAL: { description: 'The manual `handoffThreshold`, whatever the calibration says.' },
  },
});

@ObjectType('TenantBranding', { simpleResolvers: true, description: 'How the widget and the dashboard look for this tenant.' })
export class TenantBrandingType {
  @Field(() => String, { description: 'Main colour, #rrggbb.' })
  primaryColor!: string;
  @Field(() => String, { description: 'Background colour of the widget, #rrggbb.' })
  backgroundColor!: string;
  @Field(() => String, { nullable: true, description: 'Logo shown in the widget header.' })
  logoUrl!: string | null;
  @Field(() => String, { description: '`left` or `right`: corner of the page the widget sits in.' })
  position!: string;
  @Field(() => String, { description: 'First line the widget shows to a new visitor.' })
  welcomeMessage!: string;
  @Field(() => String, { description: 'What the widget says when nobody can answer now (outside business hours, or no agent online), above the offer to leave an e-mail address.' })
  awayMessage!: string;
}

@ObjectType('WordVariantGroup', { simpleResolvers: true, description: 'A full form and the variants of it customers write ("nw" for "northwind").' })
export class WordVariantGroupType {
  @Field(() => String, { description: 'The form the knowledge base uses (lower case; may be several words).' })
  fullForm!: string;
  @Field(() => [String], { description: 'Variants read as the full form (lower case).' })
  variants!: string[];
}

@ObjectType('TenantAssistantSettings', { simpleResolvers: true, description: 'The AI assistant of this tenant.' })
export class TenantAssistantType {
  @Field(() => String, { description: 'Name the assistant introduces itself with.' })
  name!: string;
  @Field(() => String, { description: 'Tone and persona instructions.' })
  persona!: string;
  @Field(() => String, { description: 'Greeting at the start of a conversation.' })
  greeting!: string;
  @Field(() => Float, { description: 'The manual hand-off threshold (0–1): below this confidence the assistant hands off to a human. In force in MANUAL mode, and in AUTO mode until the first calibration is ready.' })
  handoffThreshold!: number;
  @Field(() => HandoffMode, { description: 'AUTO (default): the threshold calibrated on this tenant\'s own knowledge; MANUAL: `handoffThreshold`.' })
  handoffMode!: HandoffMode;
  @Field(() => Float, { description: 'Share (0.5–0.99, default 0.9) of questions the knowledge base does not answer that the calibrated threshold must hand off; the calibration then hands off as few answerable questions as it can.' })
  coverageTarget!: number;
  @Field(() => Float, { description: 'Above this confidence (0–1) the assistant may offer to resolve.' })
  autoResolveThreshold!: number;
  @Field(() => String, { nullable: true, description: 'Claude model for answers; null: the deployment default (ANTHROPIC_MODEL).' })
  model?: string | null;
  // Resolved in tenant.resolver.ts (TenantAssistantResolver): rows saved before the setting have none.
  wordVariants?: WordVariantGroupType[];
}

@ObjectType('TenantCsatSettings', { simpleResolvers: true, description: 'The satisfaction (CSAT) survey the widget shows once a conversation is resolved.' })
export class TenantCsatType {
  @Field(() => Boolean, { description: 'Whether the widget asks for a rating after each resolution (default true).' })
  enabled!: boolean;
  @Field(() => String, { description: 'The question above the 1–5 scale.' })
  question!: string;
  @Field(() => String, { description: 'Label of rating 1 (the low end of the scale).' })
  lowLabel!: string;
  @Field(() => String, { description: 'Label of rating 5 (the high end of the scale).' })
  highLabel!: string;
}

@ObjectType('Tenant', { simpleResolvers: true, description: 'A company using Switchboard. Everything it owns is isolated from other tenants.' })
export class TenantType {
  @Field(() => ID, { description: 'Tenant id (UUID).' })
  id!: string;
  @Field(() => String, { description: 'Short unique name used at sign-in, e.g. `northwind`.' })
  slug!: string;
  @Field(() => String, { description: 'Display name.' })
  name!: string;
  @Field(() => TenantStatus, { description: 'ACTIVE, or SUSPENDED (all access refused).' })
  status!: TenantStatus;
  @Field(() => String, { description: 'IANA time zone for business hours and reports.' })
  timezone!: string;
  @Field(() => JSONObject, {
    description: 'The opening hours the tenant was created with (ISO weekday → [open, close]); they seeded its default business calendar.',
    deprecationReason: 'Use `businessCalendars`: the default calendar (weekly ranges, holidays, time zone) is what SLA clocks, rules and the widget’s "nobody available" use.',
  })
  businessHours!: Record<string, unknown>;
  @Field(() => TenantBrandingType, { description: 'Widget and dashboard branding.' })
  branding!: TenantBrandingType;
  @Field(() => TenantAssistantType, { description: 'AI assistant settings.' })
  assistant!: TenantAssistantType;
  @Field(() => TenantCsatType, { description: 'Satisfaction survey settings (CSAT).' })
  csat!: TenantCsatType;
  @Field(() => Boolean, { description: 'A hand-off nobody can take now (outside business hours, or no agent of the queue online) becomes a ticket, answered by e-mail when the customer left an address.' })
  ticketWhenNobodyAvailable!: boolean;
  @Field(() => Boolean, { description: "Widget sessions accept only the operations the widget was built with (its safelist of persisted-query hashes); any other document from a widget token is refused with PERSISTED_QUERY_NOT_ALLOWED. Off by default, so widgets built on the public API keep working." })
  widgetOperationsSafelisted!: boolean;
  @Field(() => String, { description: 'Public key carried by the widget `<script>` tag.' })
  widgetKey!: string;
  @Field(() => DateTimeISO, { description: 'When the tenant was created.' })
  createdAt!: Date;
  @Field(() => DateTimeISO, { description: 'When the tenant was last changed.' })
  updatedAt!: Date;
}

registerReadModel({ graphqlType: 'Tenant', entity: Tenant, tenantColumn: 'id' });
