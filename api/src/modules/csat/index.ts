// CSAT: customers rate a conversation's resolution from the widget (once per resolution cycle);
// staff read the rating on the conversation. The tenant's survey settings live on the tenant
// (`Tenant.csat`, changed with `updateTenant`). Other concerns (reporting, KPIs) react to the
// `customer.rated` domain event.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { CsatResponse } from './csat-response.entity.js';
import { ConversationCsatResolver, CsatResolver, WidgetConversationCsatResolver } from './csat.resolver.js';

export const csatModule = defineModule({
  name: 'csat',
  resolvers: [CsatResolver, ConversationCsatResolver, WidgetConversationCsatResolver],
  entities: [CsatResponse],
  access: {
    Mutation: { submitCsat: access.widget },
  },
});
