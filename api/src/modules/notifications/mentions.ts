// `@Display Name` in an internal note: which staff members it names. Names may contain spaces, so
// the note is matched against the tenant's staff names (longest first, case-insensitive), and a
// mention must end at a non-letter/digit: "@Ann" does not mention "Anna", and "@Anna Berg" mentions
// Anna Berg, not a colleague named "Anna".

export interface StaffName {
  id: string;
  displayName: string;
}

const WORD = /[\p{L}\p{N}_]/u;

export function mentionedUserIds(body: string, staff: readonly StaffName[]): string[] {
  if (!body.includes('@')) return [];
  const text = body.toLocaleLowerCase();
  const byLength = [...staff].filter((s) => s.displayName.trim()).sort((a, b) => b.displayName.length - a.displayName.length);
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD.test(text[at - 1])) continue; // an e-mail address, not a mention
    for (const s of byLength) {
      const name = s.displayName.trim().toLocaleLowerCase();
      if (!text.startsWith(name, at + 1)) continue;
      const next = text[at + 1 + name.length];
      if (next !== undefined && WORD.test(next)) continue;
      found.add(s.id);
      break;
    }
  }
  return [...found];
}
