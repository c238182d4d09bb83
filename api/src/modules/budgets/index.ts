// Budgets by cost (issue 17): the `rateLimit` query. The accounting itself is platform code
// (graphql/budget/), run before every operation by http/apollo-plugin.ts and graphql/limits/ws.ts.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { RateLimitResolver } from './rate-limit.resolver.js';

export const budgetsModule = defineModule({
  name: 'budgets',
  resolvers: [RateLimitResolver],
  access: {
    Query: { rateLimit: access.public },
  },
});
