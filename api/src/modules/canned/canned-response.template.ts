// Filling a canned response's variables. Known variables are replaced (a missing value becomes
// an empty string, except the contact's name, which falls back to "there": "Hi {{contact.name}}"
// reads "Hi there" for an anonymous visitor); unknown ones stay exactly as written.

export interface TemplateValues {
  contactName: string | null;
  contactEmail: string | null;
  agentName: string | null;
  tenantName: string | null;
}

/** `{{ name.part }}`, spaces inside the braces allowed. */
const VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\}\}/g;

export function renderTemplate(template: string, v: TemplateValues): string {
  const values = new Map<string, string>([
    ['contact.name', v.contactName?.trim() || 'there'],
    ['contact.email', v.contactEmail ?? ''],
    ['agent.name', v.agentName ?? ''],
    ['tenant.name', v.tenantName ?? ''],
  ]);
  return template.replace(VARIABLE, (whole: string, name: string) => values.get(name) ?? whole);
}
