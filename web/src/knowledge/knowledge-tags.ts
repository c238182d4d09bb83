// Knowledge document tags as the editor types them ("returns, shipping") and the API's rules for
// them, checked before sending so the admin sees what is wrong next to the field.

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/** Comma-separated text → tags, trimmed, empties dropped, each once (as the API stores them). */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Why the API would refuse these tags, or null. Lengths count like the API's (UTF-16 units). */
export function tagsError(tags: readonly string[]): string | null {
  if (tags.length > MAX_TAGS) return `At most ${MAX_TAGS} tags (there are ${tags.length}).`;
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH);
  if (long !== undefined) return `Each tag at most ${MAX_TAG_LENGTH} characters: “${long.slice(0, 20)}…” has ${long.length}.`;
  if (tags.some((t) => !t.trim())) return 'Tags cannot be empty.';
  return null;
}
