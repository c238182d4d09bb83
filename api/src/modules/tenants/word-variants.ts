// Validation of a tenant's own word variants (`assistant.wordVariants`), read at retrieval as
// knowledge/synonyms.ts reads the shipped ones. Limits keep the index small (it is built once per
// change and cached per tenant) and the reading unambiguous: one variant, one full form.
import { badInput } from '../../errors.js';

/** A tenant's own group of word variants (`assistant.wordVariants`): read by knowledge/synonyms.ts. */
export interface WordVariantGroup {
  fullForm: string;
  variants: string[];
}

export const MAX_WORD_VARIANT_GROUPS = 200;
export const MAX_VARIANTS_PER_GROUP = 20;
const MAX_LENGTH = 60;
const FIELD = 'assistant.wordVariants';

/** Lower case, trimmed, inner spaces collapsed; 1–60 characters with at least one letter (a question's words start with one). */
function form(raw: string, field: string): string {
  const v = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v.length < 1 || v.length > MAX_LENGTH) throw badInput(`${field} must be 1–${MAX_LENGTH} characters`, field);
  if (!/\p{L}/u.test(v)) throw badInput(`${field} must contain a letter`, field);
  return v;
}

/** The groups as saved, or a BAD_USER_INPUT naming the first offending entry (nothing is saved then). */
export function validWordVariants(groups: readonly WordVariantGroup[]): WordVariantGroup[] {
  if (groups.length > MAX_WORD_VARIANT_GROUPS) throw badInput(`${FIELD} may hold at most ${MAX_WORD_VARIANT_GROUPS} groups`, FIELD);
  const cleaned = groups.map((g, i) => {
    const at = `${FIELD}[${i}]`;
    if (g.variants.length < 1 || g.variants.length > MAX_VARIANTS_PER_GROUP) throw badInput(`${at}.variants must hold 1–${MAX_VARIANTS_PER_GROUP} variants`, `${at}.variants`);
    return { fullForm: form(g.fullForm, `${at}.fullForm`), variants: g.variants.map((v, j) => form(v, `${at}.variants[${j}]`)) };
  });
  const fullForms = new Set<string>();
  cleaned.forEach((g, i) => {
    if (fullForms.has(g.fullForm)) throw badInput(`${FIELD}[${i}].fullForm "${g.fullForm}" repeats another group's`, `${FIELD}[${i}].fullForm`);
    fullForms.add(g.fullForm);
  });
  const seen = new Set<string>();
  cleaned.forEach((g, i) =>
    g.variants.forEach((v, j) => {
      const at = `${FIELD}[${i}].variants[${j}]`;
      if (fullForms.has(v)) throw badInput(`${at} "${v}" is a full form (of this or another group)`, at);
      if (seen.has(v)) throw badInput(`${at} "${v}" appears twice`, at);
      seen.add(v);
    }),
  );
  return cleaned;
}
