// What a ticket's fields may hold, checked once for every writer (GraphQL, partners, rules, SLA
// clocks): a bad value is BAD_USER_INPUT naming the field, before anything is written.
import { badInput } from '../../errors.js';
import { isUuid } from '../../graphql/ids.js';

export const MAX_SUBJECT = 300;
export const MAX_DESCRIPTION = 20_000;
export const MAX_COMMENT = 20_000;
export const MAX_LABEL = 100;
export const MAX_TAGS = 20;
export const MAX_TAG = 50;
export const MAX_REASON = 1_000;

export function cleanSubject(subject: string): string {
  const s = subject.trim();
  if (!s) throw badInput('subject is empty', 'subject');
  if (s.length > MAX_SUBJECT) throw badInput(`subject has at most ${MAX_SUBJECT} characters`, 'subject');
  return s;
}

/** Optional free text: blank means none. */
export function cleanText(text: string | null | undefined, field: string, max: number): string | null {
  const t = text?.trim() ?? '';
  if (!t) return null;
  if (t.length > max) throw badInput(`${field} has at most ${max} characters`, field);
  return t;
}

export function cleanComment(text: string, field = 'body'): string {
  if (!text.trim()) throw badInput(`${field} is empty`, field);
  if (text.length > MAX_COMMENT) throw badInput(`${field} has at most ${MAX_COMMENT} characters`, field);
  return text;
}

/** Tags: trimmed, lower-cased, duplicates dropped, 1–50 characters each, 20 at most. */
export function cleanTags(tags: readonly string[], field = 'tags'): string[] {
  const out = [...new Set(tags.map((t) => t.trim().toLowerCase()))];
  if (out.some((t) => !t || t.length > MAX_TAG)) throw badInput(`each tag has 1–${MAX_TAG} characters`, field);
  if (out.length > MAX_TAGS) throw badInput(`a ticket has at most ${MAX_TAGS} tags`, field);
  return out;
}

/** WIDGET, API, EMAIL, CONSOLE…: upper-case letters and `_`. */
export function cleanChannel(channel: string | null | undefined, fallback: string): string {
  if (channel == null) return fallback;
  const c = channel.trim().toUpperCase();
  if (!/^[A-Z][A-Z_]{0,29}$/.test(c)) throw badInput('channel is 1–30 letters or "_" (WIDGET, API, EMAIL, CONSOLE…)', 'channel');
  return c;
}

export function cleanConfidence(value: number | null | undefined, field = 'ragConfidence'): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) throw badInput(`${field} is between 0 and 1`, field);
  return value;
}

export function cleanCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${field} is a whole number ≥ 0`, field);
  return value;
}

export function cleanId(id: string, field: string): string {
  if (!isUuid(id)) throw badInput(`${field} is not an id`, field);
  return id;
}
