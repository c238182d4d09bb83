// Helpers of the team page, kept apart so they can be unit-tested.
import { humanize } from '../labels.js';

/** Roles a tenant admin can give (platform admins are made elsewhere). */
export const ROLE_OPTIONS = [
  { value: 'TENANT_ADMIN', label: 'Tenant admin' },
  { value: 'MANAGER', label: 'Manager' },
  { value: 'AGENT', label: 'Agent' },
  { value: 'VIEWER', label: 'Viewer' },
];

/** Readable role names, platform admins included (they appear in the permission matrix). */
export function roleLabel(role: string): string {
  return humanize(role);
}

/** The link a new user opens to accept an invitation (the token goes in the query string). */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/accept?token=${encodeURIComponent(token)}`;
}

/** A whole number of concurrent chats 0–100 (the API's range), or null when the text is not one. */
export function parseCapacity(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= 100 ? n : null;
}
