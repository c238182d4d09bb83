// Canned responses in the composer: typing `/` (then part of a shortcut) opens a list of
// matching responses; picking one puts it (rendered by `renderCannedResponse`) into the composer
// to edit. Pure helpers.

export interface Canned {
  id: string;
  shortcut: string;
  title?: string | null;
  body: string;
  shared: boolean;
}

/** The shortcut being typed (`/ret` → `ret`), or null when the draft is not a `/` command. */
export function cannedQuery(draft: string): string | null {
  const m = /^\/([a-z0-9_-]{0,40})$/i.exec(draft);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Responses matching the typed text: shortcut prefix matches first, then shortcut, title or body
 * containing it; a personal response hides a shared one with the same shortcut.
 */
export function matchCanned<C extends Canned>(list: readonly C[], query: string, limit = 8): C[] {
  const byShortcut = new Map<string, C>();
  for (const c of list) {
    const existing = byShortcut.get(c.shortcut);
    if (!existing || (existing.shared && !c.shared)) byShortcut.set(c.shortcut, c);
  }
  const q = query.toLowerCase();
  const all = [...byShortcut.values()].sort((a, b) => a.shortcut.localeCompare(b.shortcut));
  const prefix = all.filter((c) => c.shortcut.startsWith(q));
  const rest = q ? all.filter((c) => !c.shortcut.startsWith(q) && (c.shortcut.includes(q) || !!c.title?.toLowerCase().includes(q) || c.body.toLowerCase().includes(q))) : [];
  return [...prefix, ...rest].slice(0, limit);
}
