// Widget: the chat widget's public configuration and its customer sessions.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { WidgetResolver } from './widget.resolver.js';

export const widgetModule = defineModule({
  name: 'widget',
  resolvers: [WidgetResolver],
  access: {
    Query: { widgetConfig: access.public, widgetContact: access.widget },
    Mutation: { startWidgetSession: access.public },
  },
});
