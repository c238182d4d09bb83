// Contacts: the customers who write in (read through conversations and the widget, and listed
// for staff and partners by `contacts` / `contact`).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { Contact } from './contact.entity.js';
import { ContactResolver } from './contact.resolver.js';

export const contactsModule = defineModule({
  name: 'contacts',
  resolvers: [ContactResolver],
  entities: [Contact],
  access: {
    Query: { contact: access.can('conversations.view'), contacts: access.can('conversations.view') },
  },
});
