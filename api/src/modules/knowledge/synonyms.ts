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
