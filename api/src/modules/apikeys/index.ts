// API keys: credentials for a tenant's integrations, with a subset of permissions.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKey } from './api-key.entity.js';

export const apiKeysModule = defineModule({
  name: 'apikeys',
  resolvers: [ApiKeyResolver],
  entities: [ApiKey],
  access: {
    Query: { apiKeys: access.can('apikeys.manage') },
    Mutation: { createApiKey: access.can('apikeys.manage'), revokeApiKey: access.can('apikeys.manage'), updateApiKey: access.can('apikeys.manage') },
  },
});
