// System: what anyone may ask the server about itself.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { SystemResolver } from './system.resolver.js';

export const systemModule = defineModule({
  name: 'system',
  resolvers: [SystemResolver],
  access: { Query: { serverInfo: access.public } },
});
