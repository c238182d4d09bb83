// GraphQL shapes of the widget's public surface: its configuration and a widget session.
import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';
import { TenantBrandingType, TenantCsatType } from '../tenants/tenant.type.js';
import { WidgetContactType } from '../contacts/contact.type.js';

@ObjectType('WidgetConfig', { simpleResolvers: true, description: 'What the chat widget needs to render for a tenant: public fields only.' })
export class WidgetConfigType {
  @Field(() => String, { description: 'Display name of the tenant.' })
  tenantName!: string;
  @Field(() => TenantBrandingType, { description: 'Colours, logo, position and welcome message of the widget.' })
  branding!: TenantBrandingType;
  @Field(() => String, { description: 'Name the assistant introduces itself with.' })
  assistantName!: string;
  @Field(() => String, { description: 'Greeting at the start of a conversation.' })
  greeting!: string;
  @Field(() => Boolean, {
    description: 'True when the tenant identifies widget customers only with a valid `identityHash` (HMAC-SHA256 of the external id); without one the customer stays anonymous.',
  })
  identityVerificationRequired!: boolean;
  @Field(() => TenantCsatType, { description: 'The satisfaction survey shown after a resolution (`enabled`, question, scale labels). Whether a given conversation still waits for a rating: `WidgetConversation.csatRequest`.' })
  csat!: TenantCsatType;
}

@InputType('StartWidgetSessionInput', { description: 'Start (or resume) a widget session as an end customer of the tenant owning `widgetKey`.' })
export class StartWidgetSessionInput {
  @Field(() => String, { description: 'The tenant’s public widget key (from the `<script>` tag).' })
  widgetKey!: string;
  @Field(() => String, { nullable: true, description: 'Customer’s name, up to 200 characters.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Customer’s e-mail address, up to 320 characters.' })
  email?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The host site’s own id for a signed-in customer, up to 200 characters. Used only together with a valid `identityHash`; without one it is ignored and the customer is anonymous.',
  })
  externalId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Hex HMAC-SHA256 of `externalId` with the tenant’s identity secret, computed by the host site’s server. A wrong hash is BAD_USER_INPUT.',
  })
  identityHash?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A widget token issued earlier (e.g. kept by the widget across page loads): resumes that contact when it is still valid for this tenant, else a new contact starts.',
  })
  contactToken?: string | null;
}

@ObjectType('WidgetSession', { simpleResolvers: true, description: 'A widget session: a contact-scoped token for the end customer.' })
export class WidgetSessionType {
  @Field(() => String, {
    description: 'Bearer token for `Authorization: Bearer …` (HTTP) or `connectionParams.authorization` (WebSocket). It acts as this contact only; keep it to resume the session with `contactToken`.',
  })
  token!: string;
  @Field(() => DateTimeISO, { description: 'When the token stops working.' })
  expiresAt!: Date;
  contactId!: string;
  tenantId!: string;
}

export { WidgetContactType };
