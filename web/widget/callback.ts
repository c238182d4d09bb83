// The scheduled callback as the customer reads it.

/** "We'll call you on Tue 8 Dec, 15:00 (your time)": in this browser's timezone
 * (the customer's), or `timeZone`. */
export function callbackText(c: { startsAt: string; status: string } | null | undefined, timeZone?: string): string | null {
  if (!c || c.status !== 'SCHEDULED') return null;
  const when = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(c.startsAt))
    .replace(/^(\w+),? /, '$1 ')
    .replace(/ at /, ', ');
  return `We'll call you on ${when} (your time)`;
}
