// Abuse limits of the public widget. Its key is in every page that embeds it, so anyone can
// start sessions and send messages — and each customer message may start a paid model call.
// Counted in PostgreSQL, so the limits hold across API instances (db/rate-limit.ts).
import type { Context } from '../../context.js';
import { consumeRateLimit } from '../../db/rate-limit.js';

/** Sessions per IP address and widget per hour (WIDGET_SESSIONS_PER_HOUR). */
export function limitWidgetSessions(ctx: Context, tenantId: string): Promise<void> {
  return consumeRateLimit(ctx.services.readPool, `widget-session|${tenantId}|${ctx.ip ?? 'unknown'}`, {
    limit: ctx.services.config.WIDGET_SESSIONS_PER_HOUR,
    windowSeconds: 3600,
    message: 'Too many chat sessions started from this address',
  });
}

/** Messages per customer per minute (WIDGET_MESSAGES_PER_MINUTE). */
export function limitCustomerMessages(ctx: Context, contactId: string): Promise<void> {
  return consumeRateLimit(ctx.services.readPool, `widget-message|${contactId}`, {
    limit: ctx.services.config.WIDGET_MESSAGES_PER_MINUTE,
    windowSeconds: 60,
    message: 'You are sending messages too quickly',
  });
}

/**
 * New conversations per customer per minute, on their own budget of the same size: the widget
 * opens a conversation empty and then sends the first message, which must not cost it twice.
 */
export function limitNewConversations(ctx: Context, contactId: string): Promise<void> {
  return consumeRateLimit(ctx.services.readPool, `widget-conversation|${contactId}`, {
    limit: ctx.services.config.WIDGET_MESSAGES_PER_MINUTE,
    windowSeconds: 60,
    message: 'You are starting conversations too quickly',
  });
}
