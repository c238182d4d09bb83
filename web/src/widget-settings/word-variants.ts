// The "Word variants" editor: one group a line, "fullform: variant, variant" (the API's
// assistant.wordVariants). Checked here with the API's rules so a mistake points at its line.

export interface WordVariantGroup {
  fullForm: string;
  variants: string[];
}

const MAX_GROUPS = 200;
const MAX_VARIANTS = 20;
const MAX_LENGTH = 60;

const clean = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The text of the saved groups. */
export function formatWordVariants(groups: readonly WordVariantGroup[]): string {
  return groups.map((g) => `${g.fullForm}: ${g.variants.join(', ')}`).join('\n');
}

/** The groups of the text, or the first problem (with its line number). Blank lines are skipped. */
export function parseWordVariants(text: string): { groups: WordVariantGroup[]; error: string | null } {
  const groups: WordVariantGroup[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `Line ${i + 1}`;
    const colon = line.indexOf(':');
    if (colon < 0) return { groups, error: `${at}: write "full form: variant, variant".` };
    const fullForm = clean(line.slice(0, colon));
    const variants = line.slice(colon + 1).split(',').map(clean).filter(Boolean);
    if (!fullForm || !/\p{L}/u.test(fullForm)) return { groups, error: `${at}: the full form needs a letter.` };
    if (!variants.length) return { groups, error: `${at}: give at least one variant.` };
    if (variants.length > MAX_VARIANTS) return { groups, error: `${at}: at most ${MAX_VARIANTS} variants.` };
    if ([fullForm, ...variants].some((w) => w.length > MAX_LENGTH)) return { groups, error: `${at}: each word at most ${MAX_LENGTH} characters.` };
    if (variants.some((v) => !/\p{L}/u.test(v))) return { groups, error: `${at}: each variant needs a letter.` };
    groups.push({ fullForm, variants });
  }
  if (groups.length > MAX_GROUPS) return { groups, error: `At most ${MAX_GROUPS} lines.` };
  const fullForms = new Set<string>();
  for (const g of groups) {
    if (fullForms.has(g.fullForm)) return { groups, error: `"${g.fullForm}" has two lines.` };
    fullForms.add(g.fullForm);
  }
  const seen = new Set<string>();
  for (const g of groups) {
    for (const v of g.variants) {
      if (fullForms.has(v)) return { groups, error: `"${v}" is a full form; it cannot also be a variant.` };
      if (seen.has(v)) return { groups, error: `"${v}" is listed twice.` };
      seen.add(v);
    }
  }
  return { groups, error: null };
}
