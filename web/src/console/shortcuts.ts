// Keyboard shortcuts must not fire while the user types in a field.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** The shortcut action for a key event, or null (modifiers, typing, unknown key). */
export function shortcutFor(event: KeyboardEvent): 'next' | 'previous' | 'takeOver' | 'resolve' | 'transfer' | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 't':
      return 'takeOver';
    case 'r':
      return 'resolve';
    case 'f': // "forward": t is taken by take over
      return 'transfer';
    default:
      return null;
  }
}
