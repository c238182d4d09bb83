// AI calls: the log of every model call (cost, latency, outcome) for reports.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { AiCallResolver } from './ai-call.resolver.js';
import { AiCall } from './ai-call.entity.js';

export const aiCallsModule = defineModule({
  name: 'ai-calls',
  resolvers: [AiCallResolver],
  entities: [AiCall],
  access: { Query: { aiCalls: access.can('reports.view'), aiUsage: access.can('reports.view') } },
});
