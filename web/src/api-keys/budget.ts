// The API-keys page's budget helpers: what the budget column says, and the points-per-hour field.
export const MIN_POINTS_PER_HOUR = 100;
export const MAX_POINTS_PER_HOUR = 1_000_000_000;

const n = (x: number) => Math.floor(x).toLocaleString('en-US');

/** "912 of 1,000 left · own" — what is left now, the limit, and whether it is the key's own budget. */
export function budgetLabel(budget: { limit: number; remaining: number }, pointsPerHour: number | null): string {
  return `${n(budget.remaining)} of ${n(budget.limit)} left · ${pointsPerHour == null ? 'default' : 'own'}`;
}

/** The field's value as the API wants it: null for empty (the default). */
export function parseBudget(text: string): number | null {
  const t = text.replace(/[\s,_]/g, '');
  return t ? Number(t) : null;
}

/** A message for a value the API would refuse, or null. */
export function budgetError(text: string): string | null {
  const v = parseBudget(text);
  if (v === null) return null;
  if (!Number.isInteger(v) || v < MIN_POINTS_PER_HOUR || v > MAX_POINTS_PER_HOUR) return `A whole number from ${n(MIN_POINTS_PER_HOUR)} to ${n(MAX_POINTS_PER_HOUR)}, or empty for the default.`;
  return null;
}
