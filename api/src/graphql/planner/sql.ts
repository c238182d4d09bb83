// A tiny parameter collector for hand-built SQL: `p(value)` returns `$n`.
export class Params {
  readonly values: unknown[] = [];
  add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** Quote an identifier that comes from metadata (never from user input). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A filter contributes a condition on the row alias, or nothing. */
export type Condition = (alias: string, p: Params['add']) => string | null;

/** Escape LIKE wildcards so user text matches literally. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => '\\' + c);

/** `%text%` for a case-insensitive "contains" search on user text. */
export const containsPattern = (text: string) => `%${escapeLike(text.trim())}%`;
