// Canned responses: saved replies with placeholders, rendered for one conversation.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { CannedResponseResolver } from './canned-response.resolver.js';
import { CannedResponse } from './canned-response.entity.js';

export const cannedModule = defineModule({
  name: 'canned',
  resolvers: [CannedResponseResolver],
  entities: [CannedResponse],
  access: {
    Query: { cannedResponses: access.can('conversations.reply'), renderCannedResponse: access.can('conversations.reply') },
    Mutation: {
      applyCannedResponse: access.can('conversations.reply'),
      createCannedResponse: access.can('conversations.reply'),
      deleteCannedResponse: access.can('conversations.reply'),
      updateCannedResponse: access.can('conversations.reply'),
    },
  },
});
