// Helpers of the tenants page, kept apart so they can be unit-tested.

export interface NewTenantForm {
  name: string;
  slug: string;
  timezone: string;
  adminName: string;
  adminEmail: string;
}

/** The API's slug rule: 2–63 lowercase letters, digits or dashes, starting with a letter or digit. */
export const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Problems of a new-tenant form, by field (empty when it can be sent). */
export function newTenantErrors(f: NewTenantForm): Partial<Record<keyof NewTenantForm, string>> {
  const e: Partial<Record<keyof NewTenantForm, string>> = {};
  if (!f.name.trim()) e.name = 'Type the company’s name.';
  else if (f.name.trim().length > 200) e.name = 'At most 200 characters.';
  if (!SLUG.test(f.slug.trim().toLowerCase())) e.slug = '2–63 lowercase letters, digits or dashes, starting with a letter or digit.';
  if (f.timezone.trim() && !validTimeZone(f.timezone.trim())) e.timezone = 'An IANA time zone such as Europe/Berlin.';
  if (!f.adminName.trim()) e.adminName = 'Type a name.';
  if (!/^\S+@\S+\.\S+$/.test(f.adminEmail.trim())) e.adminEmail = 'Type a valid e-mail address.';
  return e;
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
