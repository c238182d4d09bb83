// Routing: queues, and who gets a waiting conversation (asking for a human, transfers).
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { HumanHandoffResolver, QueuePayloadResolver, QueuePositionResolver, QueueResolver } from './routing.resolver.js';
import { Queue } from './queue.entity.js';
import { routingListeners } from './routing.listeners.js';
import { startRoutingSweeper } from './routing.service.js';

export const routingModule = defineModule({
  name: 'routing',
  resolvers: [QueueResolver, QueuePayloadResolver, QueuePositionResolver, HumanHandoffResolver],
  entities: [Queue],
  access: {
    Query: { queues: access.can('conversations.view') },
    Mutation: {
      createQueue: access.can('conversations.manage'),
      requestHumanAgent: access.canOrWidget('conversations.reply'),
      setQueueMembers: access.can('conversations.manage'),
      transferConversation: access.can('conversations.reply'),
      updateQueue: access.can('conversations.manage'),
    },
    Subscription: { queuePosition: access.widget },
  },
  listeners: routingListeners,
  // Tests run sweeps themselves, when they choose.
  start: (services) => (services.config.NODE_ENV === 'test' ? undefined : startRoutingSweeper(services)),
});
