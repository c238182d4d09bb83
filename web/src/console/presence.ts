// The Team panel's data as pure functions: colleagues' presence from the `presence`
// query, patched by `presenceChanged` events.

export interface PresenceEntry {
  userId: string;
  displayName: string;
  availability: string;
  lastSeenAt?: unknown;
}

const ORDER: Record<string, number> = { ONLINE: 0, BUSY: 1, AWAY: 2, OFFLINE: 3 };

/** Colleagues (not me), available ones first, then by name. */
export function sortTeam<P extends PresenceEntry>(list: readonly P[], myUserId: string | null): P[] {
  return list
    .filter((p) => p.userId !== myUserId)
    .sort((a, b) => (ORDER[a.availability] ?? 9) - (ORDER[b.availability] ?? 9) || a.displayName.localeCompare(b.displayName));
}

/** Apply one `presenceChanged` event: replace the member's entry, or add a new one. */
export function applyPresence<P extends PresenceEntry>(list: readonly P[], event: P): P[] {
  const i = list.findIndex((p) => p.userId === event.userId);
  if (i === -1) return [...list, event];
  const next = list.slice();
  next[i] = { ...list[i]!, ...event };
  return next;
}
