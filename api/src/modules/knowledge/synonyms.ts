// Short or variant forms of a word that full text and the sentence encoder treat as other words:
// common abbreviations ("fb", "acc", "pwd") and spellings ("e-mail", "git hub", "log in"). A customer
// writes "Deleting FB acc." where the knowledge base says "delete your Facebook account"; no stemmer
// joins them and the encoder barely does. These are word forms, not meanings: "remove" and "delete"
// are left to the encoder, which knows them.
//
// One way only, variant → full form, and only where the tenant's chunks use the full form
// (query-normalization.ts):
//   - full text searches the variant and the full form ("fb facebook");
//   - the encoder sees the full form ("facebook"), as its vector should meet the knowledge base's words.
// Measured on StackFAQ (docs/assistant.md): the other direction ("facebook" also as "fb") and
// "mail" for "email" cost more questions than they won, so neither is here.

import type { WordVariantGroup } from '../tenants/word-variants.js';

/** Shipped: each full form (lower case) with its variants (a variant may be two words). */
export const DEFAULT_WORD_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  email: ['e-mail', 'e mail'],
  facebook: ['fb'],
  account: ['acc', 'acct'],
  password: ['pw', 'pwd', 'passwd'],
  message: ['msg'],
  information: ['info'],
  picture: ['pic'],
  address: ['addr'],
  youtube: ['yt', 'you tube'],
  github: ['git hub'],
  instagram: ['insta'],
  login: ['log-in', 'log in', 'signin', 'sign-in', 'sign in'],
  logout: ['log-out', 'log out', 'signout', 'sign-out', 'sign out'],
  wifi: ['wi-fi', 'wi fi'],
};

export interface SynonymIndex {
  /** one-word variant (lower case) → its full form */
  fullFormOf: Map<string, string>;
  /** variants of two words or with a hyphen ("git hub", "e-mail") → the full form they are read as */
  phrases: { pattern: RegExp; to: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildSynonymIndex(variants: Readonly<Record<string, readonly string[]>>): SynonymIndex {
  const fullFormOf = new Map<string, string>();
  const phrases: SynonymIndex['phrases'] = [];
  for (const [full, forms] of Object.entries(variants)) {
    for (const f of forms) {
      if (/^[\p{L}\p{N}]+$/u.test(f)) fullFormOf.set(f, full);
      // Read as the full form before anything else, keeping a plural ending ("e-mails" → "emails").
      else phrases.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${f.split(/[\s-]+/).map(escape).join('[\\s-]*')}(s?)(?![\\p{L}\\p{N}])`, 'giu'), to: full });
    }
  }
  return { fullFormOf, phrases };
}

export const DEFAULT_SYNONYMS = buildSynonymIndex(DEFAULT_WORD_VARIANTS);

// A tenant's own group (`assistant.wordVariants`) is the tenants module's type (the setting lives there).
export type { WordVariantGroup };

/**
 * The shipped variants with the tenant's on top. The tenant wins on conflict: a variant it reads
 * as another full form leaves the shipped group ("acc" → "accessory" in a shop), a full form of its
 * own is never read as a shipped variant ("info" kept as "info"), and a full form it shares with
 * the shipped list gains the tenant's variants.
 */
export function mergeWordVariants(defaults: Readonly<Record<string, readonly string[]>>, groups: readonly WordVariantGroup[]): Record<string, readonly string[]> {
  if (!groups.length) return { ...defaults };
  const taken = new Set<string>();
  for (const g of groups) {
    taken.add(g.fullForm);
    for (const v of g.variants) taken.add(v);
  }
  const merged: Record<string, string[]> = {};
  for (const [full, forms] of Object.entries(defaults)) {
    const kept = forms.filter((f) => !taken.has(f));
    if (kept.length) merged[full] = kept;
  }
  for (const g of groups) merged[g.fullForm] = [...new Set([...(merged[g.fullForm] ?? []), ...g.variants])];
  return merged;
}

/** The index for a tenant's groups; the shipped one where the tenant has none. */
export function tenantSynonymIndex(groups: readonly WordVariantGroup[] | null | undefined): SynonymIndex {
  return groups?.length ? buildSynonymIndex(mergeWordVariants(DEFAULT_WORD_VARIANTS, groups)) : DEFAULT_SYNONYMS;
}
