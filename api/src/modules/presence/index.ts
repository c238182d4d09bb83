// Presence: staff availability, heartbeats, and the sweeper that takes silent people OFFLINE.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { PresenceResolver } from './presence.resolver.js';
import { PresenceSweeper } from './presence.sweeper.js';

export const presenceModule = defineModule({
  name: 'presence',
  resolvers: [PresenceResolver],
  access: {
    Query: { presence: access.can('users.view') },
    Mutation: { heartbeat: access.staffUser, setAvailability: access.staffUser },
    Subscription: { presenceChanged: access.can('users.view') },
  },
  start: (services) => {
    const sweeper = new PresenceSweeper(services);
    sweeper.start();
    return () => sweeper.stop();
  },
});
