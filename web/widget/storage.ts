// What the widget keeps across page loads, per widget key: the session token, the open
// conversation and the last seq the customer has seen (for the unread badge).
// localStorage may be missing or throw (private mode, sandboxed iframes): then nothing persists.

export interface SavedState {
  token?: string;
  /** ISO date the token stops working. */
  expiresAt?: string;
  conversationId?: string;
  /** Last seq shown to the customer with the panel open. */
  seenSeq?: number;
}

const keyFor = (widgetKey: string) => `switchboard-widget:${widgetKey}`;

export function loadState(widgetKey: string): SavedState {
  try {
    const raw = window.localStorage.getItem(keyFor(widgetKey));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as SavedState) : {};
  } catch {
    return {};
  }
}

export function saveState(widgetKey: string, patch: SavedState): SavedState {
  const next = { ...loadState(widgetKey), ...patch };
  try {
    window.localStorage.setItem(keyFor(widgetKey), JSON.stringify(next));
  } catch {
    // Storage unavailable: the session simply lasts as long as the page.
  }
  return next;
}

export function clearConversation(widgetKey: string): void {
  const { token, expiresAt } = loadState(widgetKey);
  try {
    window.localStorage.setItem(keyFor(widgetKey), JSON.stringify({ token, expiresAt }));
  } catch {
    /* see saveState */
  }
}
