// Notifications: in-app messages to one staff user (assigned, mentioned, SLA, approvals…), the
// bell's list and unread count, and their realtime stream. Other modules call `notify` /
// `notifyQueueMembers` (notification.service.ts); the reactions to domain events live in
// notifications.listeners.ts.
import { defineModule } from '../module.js';
import { access } from '../../permissions/rules.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { notificationListeners } from './notifications.listeners.js';

export const notificationsModule = defineModule({
  name: 'notifications',
  resolvers: [NotificationResolver],
  entities: [Notification],
  access: {
    Query: { notifications: access.staffUser, unreadNotificationCount: access.staffUser },
    Mutation: { markNotificationsRead: access.staffUser },
    Subscription: { notificationAdded: access.staffUser },
  },
  listeners: notificationListeners,
});
