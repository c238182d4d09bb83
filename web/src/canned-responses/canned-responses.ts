// The Canned responses page's form rules, as pure functions: the same limits the API applies
// (canned-response.service.ts), checked before sending so the user sees them next to the field.

export interface CannedForm {
  shortcut: string;
  title: string;
  body: string;
  shared: boolean;
}

/** The variables the API fills in (canned-response.template.ts). */
export const CANNED_VARIABLES = ['{{contact.name}}', '{{contact.email}}', '{{agent.name}}', '{{tenant.name}}'] as const;

const SHORTCUT = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Field → message for what is wrong; empty when the form may be sent. A leading "/" is fine. */
export function validateCanned(form: CannedForm): Partial<Record<keyof CannedForm, string>> {
  const errors: Partial<Record<keyof CannedForm, string>> = {};
  const shortcut = form.shortcut.trim().replace(/^\//, '');
  if (!shortcut) errors.shortcut = 'Choose a shortcut.';
  else if (!SHORTCUT.test(shortcut)) errors.shortcut = 'Use 1–40 of a-z, 0-9, "_" or "-", starting with a letter or digit.';
  if (form.title.trim().length > 120) errors.title = 'At most 120 characters.';
  if (!form.body.trim()) errors.body = 'Write the text of the response.';
  else if (form.body.length > 5000) errors.body = 'At most 5,000 characters.';
  return errors;
}
