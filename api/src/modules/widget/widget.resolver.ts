import { Resolver } from 'type-graphql';

// Filled in by the widget work: widgetConfig, startWidgetSession.
@Resolver()
export class WidgetResolver {}
