// Raw codes as words, for every page: enum values (TENANT_ADMIN, CUSTOMER_ASKED, NOT_INDEXED…),
// statuses, roles, reasons, audit actions (`apikey.created`). One place, so a code reads the
// same everywhere; unknown codes still come out readable ("SOME_NEW_CODE" → "Some new code").

/** Words kept in capitals inside a code. */
const ACRONYMS = new Set(['AI', 'API', 'FAQ', 'SLA', 'CSAT', 'FCR', 'URL', 'IP', 'ID', 'OK', 'SMTP', 'KB', 'USD', 'HMAC', 'CSV']);

/** Codes whose words are not simply the code's words. */
const SPECIAL: Record<string, string> = {
  PLATFORM_ADMIN: 'Platform admin',
  TENANT_ADMIN: 'Tenant admin',
  API_KEY: 'API key',
  ApiKey: 'API key',
  BOT: 'Assistant',
  ANTHROPIC: 'Anthropic (Claude)',
  OFFLINE: 'Offline',
  MODEL_ASKED: 'Assistant asked for a human',
  ACCOUNT_LOOKUP: 'Account lookup needed',
  UNHELPFUL: 'Answer was unhelpful',
  LOW_CONFIDENCE: 'Low confidence',
  CUSTOMER_ASKED: 'Customer asked',
  NEGATIVE_SENTIMENT: 'Negative sentiment',
  FAILURE: 'Assistant failed',
  TIMEOUT: 'Timed out',
};

function sentence(words: string[]): string {
  const out = words.filter(Boolean).map((w, i) => {
    const upper = w.toUpperCase();
    if (ACRONYMS.has(upper)) return upper;
    const lower = w.toLowerCase();
    return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return out.join(' ');
}

/**
 * A code as words: `TENANT_ADMIN` → "Tenant admin", `NOT_INDEXED` → "Not indexed",
 * `apikey.created` → "API key created", `ApiKey` → "API key", `KnowledgeDocument` → "Knowledge document".
 * Null and empty stay empty.
 */
export function humanize(code: string | null | undefined): string {
  if (code == null || code === '') return '';
  const special = SPECIAL[code];
  if (special) return special;
  if (/^[A-Z0-9_]+$/.test(code)) return sentence(code.split('_'));
  if (/^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(code)) {
    // An audit action, `<resource>.<verb>`.
    return sentence(code.replace(/^apikey\./, 'api_key.').split(/[._]/));
  }
  if (/^[A-Z][A-Za-z0-9]*$/.test(code)) return sentence(code.split(/(?<=[a-z0-9])(?=[A-Z])/));
  return code;
}

/** The same, lower-case after the first word already; for use inside a sentence ("is now resolved"). */
export function humanizeLower(code: string | null | undefined): string {
  const words = humanize(code);
  return words.split(' ').map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase())).join(' ');
}

/** Select options for a list of codes, labelled in words. */
export function codeOptions(codes: readonly string[]): { value: string; label: string }[] {
  return codes.map((value) => ({ value, label: humanize(value) }));
}

/** A reason that starts with a code, e.g. `LOW_CONFIDENCE: retrieval evidence 0.31` → "Low confidence: retrieval evidence 0.31". */
export function humanizeReason(text: string | null | undefined): string {
  if (!text) return '';
  const m = /^([A-Z][A-Z0-9_]+)(:.*)?$/s.exec(text);
  return m ? `${humanize(m[1])}${m[2] ?? ''}` : text;
}
