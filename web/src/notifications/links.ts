// Where a notification leads, and the tab title with the unread count. Pure: unit-tested.

export type SubjectKind = 'TICKET' | 'CONVERSATION' | 'APPROVAL' | 'MEETING';

/** The app route of a notification's subject (tickets and approvals may not have pages yet). */
export function subjectLink(kind: SubjectKind | null | undefined, id: string | null | undefined): string | null {
  if (!kind || !id) return null;
  switch (kind) {
    case 'TICKET':
      return `/tickets/${encodeURIComponent(id)}`;
    case 'CONVERSATION':
      return `/console?c=${encodeURIComponent(id)}`;
    case 'APPROVAL':
      return `/approvals/${encodeURIComponent(id)}`;
    case 'MEETING':
      return `/calendar?meeting=${encodeURIComponent(id)}`;
  }
  return null;
}

const COUNT_PREFIX = /^\(\d+\+?\) /;

/** "(3) Console · Switchboard" while 3 are unread; the plain title at 0. Idempotent. */
export function titleWithCount(title: string, unread: number): string {
  const base = title.replace(COUNT_PREFIX, '');
  if (unread <= 0) return base;
  return `(${unread > 99 ? '99+' : unread}) ${base}`;
}

/** "5 min ago"-style time for the list. */
export function ago(iso: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}
