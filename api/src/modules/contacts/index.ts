// Contacts: the customers who write in (read through conversations and the widget).
import { defineModule } from '../module.js';
import { Contact } from './contact.entity.js';

export const contactsModule = defineModule({ name: 'contacts', entities: [Contact] });
