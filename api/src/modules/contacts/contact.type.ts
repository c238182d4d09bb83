// GraphQL shapes of a contact. `WidgetContact` is what an end customer may see about themselves
// through the widget: no external id, no VIP flag, no attributes. Rows come from the planner.
import { Field, ID, ObjectType } from 'type-graphql';
import { registerReadModel } from '../../graphql/planner/read-model.js';
import { Contact } from './contact.entity.js';
import { DateTimeISO, JSONObject } from '../../graphql/scalars.js';

@ObjectType('WidgetContact', { simpleResolvers: true, description: 'The end customer a widget session acts as, as that customer may see it.' })
export class WidgetContactType {
  @Field(() => ID, { description: 'Contact id (UUID).' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Name the customer gave (or the host site passed), if any.' })
  name!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail the customer gave (or the host site passed), if any.' })
  email!: string | null;
  @Field(() => Boolean, { description: 'True when the host site vouched for this customer with a valid identity hash; false for anonymous visitors.' })
  identified!: boolean;
}

registerReadModel({ graphqlType: 'WidgetContact', entity: Contact, tenantColumn: 'tenant_id', secondary: true });

/** The staff view of a contact (agents, managers, partners). */
@ObjectType('Contact', { simpleResolvers: true, description: 'An end customer of the tenant.' })
export class ContactType {
  @Field(() => ID, { description: 'Contact id (UUID).' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Name the customer gave (or the host site passed), if any.' })
  name!: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail the customer gave (or the host site passed), if any.' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: 'The host site’s own id for this customer (trustworthy only when `identified`).' })
  externalId!: string | null;
  @Field(() => Boolean, { description: 'The host site vouched for this customer with a valid identity hash.' })
  identified!: boolean;
  @Field(() => Boolean, { description: 'A VIP customer: routed and shown with priority.' })
  vip!: boolean;
  @Field(() => JSONObject, { description: 'Free attributes from the host site or the CRM.' })
  attributes!: Record<string, unknown>;
  @Field(() => DateTimeISO, { description: 'When the contact was first seen.' })
  createdAt!: Date;
}

registerReadModel({ graphqlType: 'Contact', entity: Contact, tenantColumn: 'tenant_id' });
