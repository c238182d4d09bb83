import { Resolver } from 'type-graphql';

// Filled in by the API-keys work: apiKeys, createApiKey, revokeApiKey.
@Resolver()
export class ApiKeyResolver {}
